import { describe, expect, it } from 'vitest'
import { panelTargets } from '../../../../src/features/targets/lib/panel-targets.ts'
import { targetBullets, targetsTable } from '../../../../src/features/targets/lib/targets-table.ts'
import { TARGET_MESSAGES } from '../../../../src/features/targets/messages.ts'
import { TargetsFileSchema, targetsPath } from '../../../../src/schemas/targets.ts'
import { loadCatalog, loadTable, readApiFile } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const official = TargetsFileSchema.parse(readApiFile(targetsPath('official'))).targets
const demo = TargetsFileSchema.parse(readApiFile(targetsPath('demo'))).targets
const zh = TARGET_MESSAGES.zh

describe('the targets panel with compared regions (#29: compare means compare)', () => {
  it('puts each compared region’s targets after the region’s, then the other regions’', () => {
    // 2023 (official): 广州 set 工业投资 and 固定资产投资 targets, 深圳 规上工业增加值's.
    const table = loadTable('official', [2023])
    const rows = panelTargets(official, table, 'guangzhou', ['shenzhen'], '2023-12')!
    expect(rows.own.map((r) => [r.region, r.indicator])).toEqual([
      ['guangzhou', 'industrial_investment_100m_yuan'],
      ['guangzhou', 'fixed_asset_investment_yoy_pct'],
    ])
    expect(rows.compared.map((r) => [r.region, r.indicator])).toEqual([
      ['shenzhen', 'iva_above_scale_yoy_pct'],
    ])
    // The others: neither 广州 nor 深圳, and only the indicators either has a target for.
    const indicators = new Set([...rows.own, ...rows.compared].map((r) => r.indicator))
    expect(rows.others.length).toBeGreaterThan(0)
    for (const r of rows.others) {
      expect(['guangzhou', 'shenzhen']).not.toContain(r.region)
      expect(indicators.has(r.indicator)).toBe(true)
    }
    const headers = targetsTable(
      [...rows.own, ...rows.compared, ...rows.others],
      catalog,
      'zh',
      zh,
    ).rows.map((r) => r.header)
    expect(headers.slice(rows.own.length, rows.own.length + 1)).toEqual([
      '深圳 · 规模以上工业增加值累计增速',
    ])
  })

  it('is shown for a compared region’s targets when the region has none', () => {
    // 2022 (official): 深圳 has targets, 广州 none.
    const table = loadTable('official', [2022])
    expect(panelTargets(official, table, 'guangzhou', [], '2022-12')).toBeNull()
    const rows = panelTargets(official, table, 'guangzhou', ['shenzhen'], '2022-12')!
    expect(rows.own).toEqual([])
    expect(rows.compared.map((r) => r.region)).toEqual(['shenzhen', 'shenzhen'])
  })

  it('names each bar’s region and colours it as the region’s series', () => {
    const table = loadTable('demo', [2025])
    const rows = panelTargets(demo, table, 'guangzhou', ['shenzhen'], '2025-12')!
    const bullets = targetBullets([...rows.own, ...rows.compared], catalog, 'zh', zh, false, [
      'guangzhou',
      'shenzhen',
    ])
    const gz = bullets.filter((b) => b.label.startsWith('广州 · '))
    const sz = bullets.filter((b) => b.label.startsWith('深圳 · '))
    expect(gz.length).toBeGreaterThan(0)
    expect(sz.length).toBeGreaterThan(0)
    expect(gz.length + sz.length).toBe(bullets.length)
    expect(gz.every((b) => b.tone === undefined)).toBe(true)
    expect(sz.every((b) => b.tone === 1)).toBe(true)
    // Each bar's figure is its own region's: 深圳's growth bar reads 深圳's published figure.
    const growth = sz.find((b) => b.label === '深圳 · 规模以上工业增加值累计增速')!
    expect(growth.value).toBe(table.get('shenzhen', '2025-12', 'iva_above_scale_yoy_pct')!.value)
    // Without compared regions, a bar is named by its indicator alone, as before.
    expect(targetBullets(rows.own, catalog, 'zh', zh).map((b) => b.label)).toEqual(
      gz.map((b) => b.label.replace('广州 · ', '')),
    )
  })
})
