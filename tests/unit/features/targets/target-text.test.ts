import { describe, expect, it } from 'vitest'
import { ObservationTable } from '../../../../src/domain/observation-table.ts'
import { readTarget } from '../../../../src/domain/targets.ts'
import { buildBriefing } from '../../../../src/features/briefing/lib/build-briefing.ts'
import { regionTargets } from '../../../../src/features/targets/lib/region-targets.ts'
import {
  historyTable,
  targetBullets,
  targetsTable,
} from '../../../../src/features/targets/lib/targets-table.ts'
import {
  readingText,
  statusOf,
  targetShort,
} from '../../../../src/features/targets/lib/target-text.ts'
import { TARGET_MESSAGES } from '../../../../src/features/targets/messages.ts'
import { TargetsFileSchema, targetsPath, type Target } from '../../../../src/schemas/targets.ts'
import { loadCatalog, loadTable, readApiFile } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const targets = TargetsFileSchema.parse(readApiFile(targetsPath('official'))).targets
const official = loadTable('official', [2021, 2022, 2023, 2024, 2025])
const zh = TARGET_MESSAGES.zh
const en = TARGET_MESSAGES.en

const first = (region: string, year: number, indicator: string): Target =>
  targets.find((t) => t.region === region && t.year === year && t.indicator === indicator)!

describe('a target in words, its qualifier kept', () => {
  it.each([
    ['guangdong', 2021, 'iva_above_scale_yoy_pct', '增长5%左右', 'growth of about 5%'],
    ['guangdong', 2023, 'iva_above_scale_yoy_pct', '增长5.5%以上', 'growth of at least 5.5%'],
    [
      'guangdong',
      2023,
      'industrial_investment_yoy_pct',
      '力争增长10%以上',
      'growth of at least 10% (aim)',
    ],
    ['guangdong', 2024, 'iva_above_scale_yoy_pct', '增长5%', 'growth of 5%'],
    ['dongguan', 2025, 'industrial_investment_100m_yuan', '完成1320亿元', '132.0 billion yuan'],
    [
      'guangdong',
      2025,
      'fixed_asset_investment_yoy_pct',
      '固定资产投资提质提效',
      '固定资产投资提质提效',
    ],
  ])('%s %i %s: %s', (region, year, indicator, zhText, enText) => {
    const reading = readTarget(first(region, year, indicator), official)
    expect(targetShort(reading, 'zh')).toBe(zhText)
    expect(targetShort(reading, 'en')).toBe(enText)
  })
})

describe('a figure against its target', () => {
  it('全省 2024 规上工业增加值: 4.2% in 1-12月, 0.8 points under 增长5%, 未达', () => {
    const reading = readTarget(first('guangdong', 2024, 'iva_above_scale_yoy_pct'), official)
    expect(readingText(reading, 'zh', zh)).toBe('低于目标0.8个百分点')
    expect(readingText(reading, 'en', en)).toBe('0.8 points below the target')
    expect(statusOf(reading)).toBe('not-met')
    // As of 1-6月: 6.0%, above.
    const midYear = readTarget(
      first('guangdong', 2024, 'iva_above_scale_yoy_pct'),
      official,
      '2024-06',
    )
    expect(readingText(midYear, 'zh', zh)).toBe('高于目标1.0个百分点')
    expect(statusOf(midYear)).toBe('met')
  })

  it('says that words were read as a threshold: 两位数增长 ≥ 10%', () => {
    const reading = readTarget(first('guangdong', 2024, 'industrial_investment_yoy_pct'), official)
    expect(readingText(reading, 'zh', zh)).toBe('两位数增长按≥10%计，低于目标3.3个百分点')
  })

  it('reads an amount against 序时进度 (constructed: no amount with a plan is published)', () => {
    const table = new ObservationTable([
      {
        schemaVersion: 1,
        dataset: 'official',
        year: 2025,
        synthetic: false,
        observations: [
          {
            region: 'dongguan',
            period: '2025-07',
            indicator: 'industrial_investment_100m_yuan',
            value: 843.48,
            decimals: 2,
            source: 'constructed',
            release: 'r',
          },
        ],
      },
    ])
    const reading = readTarget(first('dongguan', 2025, 'industrial_investment_100m_yuan'), table)
    expect(readingText(reading, 'zh', zh)).toBe('完成年度计划63.9%，超序时进度5.6个百分点')
    expect(readingText(reading, 'en', en)).toBe(
      '63.9% of the annual plan done, 5.6 points ahead of schedule',
    )
  })

  it('has nothing to say of a target in words that names no threshold', () => {
    const reading = readTarget(first('guangdong', 2025, 'fixed_asset_investment_yoy_pct'), official)
    expect(readingText(reading, 'zh', zh)).toBeNull()
    expect(statusOf(reading)).toBeNull()
  })
})

describe('the panel’s table', () => {
  it('lists the province’s 2024 targets with the figures of the year', () => {
    const rows = regionTargets(targets, official, 'guangdong', '2024-12')
    const table = targetsTable(rows, catalog, 'zh', zh)
    expect(table.rows.map((r) => r.header)).toEqual([
      '广东 · 规模以上工业增加值累计增速',
      '广东 · 工业投资累计增速',
      '广东 · 固定资产投资累计增速',
      '广东 · 技术改造投资累计增速',
    ])
    expect(table.rows[0]?.cells).toEqual([
      { text: '规模以上工业增加值增长5%' },
      { text: '4.2%（2024年1-12月）' },
      { text: '低于目标0.8个百分点' },
      { text: '不适用' },
      { text: '✘ 未达' },
      { text: '未达到' },
    ])
  })
})

describe('the past years’ table', () => {
  it('reads the province’s 2021–2024 targets at each year’s end, with the outcome the data holds', () => {
    const rows = [2021, 2022, 2023, 2024].flatMap((year) =>
      regionTargets(targets, official, 'guangdong', `${year}-12`),
    )
    const table = historyTable(rows, catalog, 'zh', zh)
    const iva = table.rows.filter((r) => r.header.endsWith('规模以上工业增加值累计增速'))
    expect(iva.map((r) => r.header.slice(0, 4))).toEqual(['2021', '2022', '2023', '2024'])
    expect(iva.at(-1)?.cells).toEqual([
      { text: '规模以上工业增加值增长5%' },
      { text: '4.2%（2024年1-12月）' },
      { text: '低于目标0.8个百分点' },
      { text: '未达到' },
    ])
    // A target in words is listed, not compared, and has no outcome.
    const words = table.rows.find((r) => r.header === '2022 · 开展技术改造的工业企业数')
    expect(words?.cells[2]).toEqual({ text: zh.countOnly })
    expect(words?.cells[3]).toEqual({ text: '不适用' })
  })

  it('says beside each bar the months of its figure, and an outcome only for a 1-12月 figure', () => {
    const rows = [2021, 2022].flatMap((year) =>
      regionTargets(targets, official, 'guangdong', `${year}-12`),
    )
    const bullets = targetBullets(rows, catalog, 'zh', zh, true)
    expect(bullets.map((b) => `${b.label}: ${b.text}`)).toEqual([
      '2021 · 规模以上工业增加值累计增速: 9%（1-12月） · 目标：增长5%左右 ✔ 达到',
      '2021 · 固定资产投资累计增速: 6.3%（1-12月） · 目标：增长8%左右 ✘ 未达到',
      // Only 1-9月 is published for 2022: no outcome is said.
      '2022 · 规模以上工业增加值累计增速: 3.4%（1-9月） · 目标：增长5.5%',
      '2022 · 固定资产投资累计增速: -2.6%（1-12月） · 目标：增长8% ✘ 未达到',
    ])
  })
})

describe('the briefing', () => {
  it('reads the headline figure against the year’s target, as the bureau writes it', () => {
    const text = (lang: 'zh' | 'en') =>
      buildBriefing(
        official,
        catalog,
        { region: 'guangdong', period: '2024-12' },
        lang,
        null,
        targets,
      ).sentences[0]?.text
    expect(text('zh')).toContain('低于全年5%的预期目标0.8个百分点')
    expect(text('en')).toContain('0.8 percentage points below the full-year target of 5%')
    // Without targets, no word of them.
    expect(
      buildBriefing(official, catalog, { region: 'guangdong', period: '2024-12' }, 'zh', null).text,
    ).not.toContain('目标')
  })
})
