import { describe, expect, it } from 'vitest'
import { buildNotice } from '../../../../src/features/documents/lib/notice.ts'
import { noticeDocx, PAGE } from '../../../../src/features/documents/lib/notice-docx.ts'
import { noticeInput } from '../../../support/documents.ts'
import { chartValues, officeParts, partText } from './docx-helpers.ts'

async function build(dataset: 'official' | 'demo', lang: 'zh' | 'en' = 'zh') {
  const notice = buildNotice(noticeInput(dataset, lang))
  const blob = await noticeDocx(notice)
  const parts = await officeParts(await blob.arrayBuffer())
  return { notice, parts, document: parts.get('word/document.xml')! }
}

describe('the 通报 as .docx (GB/T 9704)', () => {
  it('is A4 with the standard margins, 22 lines a page and East Asian fonts on every run', async () => {
    const { document } = await build('official')
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).toContain(`w:top="${PAGE.top}"`)
    expect(PAGE.top).toBe(2098) // 37 mm
    expect(document).toContain(`w:left="${PAGE.left}"`)
    expect(PAGE.left).toBe(1587) // 28 mm
    // 版心 156 × 225 mm.
    expect(Math.abs(11906 - PAGE.left - PAGE.right - (156 * 1440) / 25.4)).toBeLessThan(1.5)
    expect(Math.abs(16838 - PAGE.top - PAGE.bottom - (225 * 1440) / 25.4)).toBeLessThan(1.5)
    expect(document).toContain('w:line="580" w:lineRule="exact"')
    // The title in 方正小标宋简体 2号 (22 pt), the body in 仿宋_GB2312 3号 (16 pt).
    expect(document).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>(?:<[^>]+>)*?<w:sz w:val="44"\/>/)
    expect(document).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*\/>(?:<[^>]+>)*?<w:sz w:val="32"\/>/)
    expect(document).toContain('w:eastAsia="黑体"')
    expect(document).toContain('w:eastAsia="楷体_GB2312"')
    // Every run names its East Asian font.
    const runs = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].filter(([, r]) =>
      r!.includes('<w:t'),
    )
    expect(runs.length).toBeGreaterThan(20)
    for (const [, r] of runs) expect(r).toContain('w:eastAsia=')
  })

  it('carries the brief’s figures and words: title, 主送, the briefing, tables, sources, 落款, date', async () => {
    const { notice, document, parts } = await build('official')
    const text = partText(document)
    expect(notice.fileName).toMatch(/^\d{4}年1-\d+月全省工业“三稳”监测通报\.docx$/)
    expect(text).toContain(notice.title)
    expect(text).toContain('各地级以上市工业和信息化主管部门：')
    const input = noticeInput('official')
    const { buildBriefContent } =
      await import('../../../../src/features/documents/lib/brief-content.ts')
    const content = buildBriefContent(input)
    for (const sentence of content.briefing.sentences) expect(text).toContain(sentence.text)
    expect(text).toContain('一、总体情况')
    expect(text).toContain('（一）')
    expect(text).toContain('广东省工业和信息化厅')
    expect(text).toContain('2024年9月20日')
    expect(document).toContain('<w:tbl>')
    expect(text).toMatch(/数据来源：/)
    // Page numbers "— 1 —" in 宋体 4号, odd pages right and even pages left.
    const footers = [...parts].filter(([path]) => /word\/footer\d+\.xml/.test(path))
    expect(footers.length).toBe(2)
    for (const [, xml] of footers) {
      expect(xml).toContain('PAGE')
      expect(partText(xml)).toMatch(/— *—/)
      expect(xml).toContain('w:eastAsia="宋体"')
      expect(xml).toContain('<w:sz w:val="28"/>')
    }
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
  })

  it('draws native charts whose cached values are the chart’s data', async () => {
    const { notice, parts, document } = await build('official')
    const charts = notice.blocks.filter((b) => b.kind === 'chart')
    expect(charts.length).toBeGreaterThan(0)
    const chartParts = [...parts].filter(([path]) => /^word\/charts\/chart\d+\.xml$/.test(path))
    expect(chartParts.length).toBe(charts.length)
    charts.forEach((chart, i) => {
      const xml = parts.get(`word/charts/chart${i + 1}.xml`)!
      expect(chartValues(xml)).toEqual(chart.series.map((s) => s.values))
      for (const s of chart.series) expect(xml).toContain(s.name)
    })
    // Alt text on each chart, from its values.
    expect(document).toContain(`descr="${charts[0]!.alt.slice(0, 20)}`)
  })

  it('says a chart or ranking of one figure in a line, and the figures not twice', async () => {
    const { buildBriefContent } =
      await import('../../../../src/features/documents/lib/brief-content.ts')
    const { formatValue } = await import('../../../../src/lib/format/number.ts')
    const { regionName } = await import('../../../../src/lib/format/names.ts')
    const input = noticeInput('official')
    const content = buildBriefContent(input)
    const { notice, document } = await build('official')
    const text = partText(document)
    const said = (o: { indicator: string; value: number; decimals: number }) =>
      formatValue(o.value, o.decimals, input.catalog.indicator.get(o.indicator)!.unit, 'zh').text
    // The official default view has each case: a one-point investment chart, one city, no
    // change or rank to tabulate.
    const investment = 'data' in content.investment ? content.investment.data.observations : []
    expect(investment.length).toBe(1)
    expect(content.ranking?.rows.length).toBe(1)
    // The one-point chart is not drawn: a line says its figure (one chart part, the trend's).
    const charts = notice.blocks.filter((b) => b.kind === 'chart')
    expect(charts.map((c) => c.title)).toEqual([expect.stringContaining('规模以上工业增加值')])
    const notes = notice.blocks.flatMap((b) => (b.kind === 'note' ? [b.text] : []))
    expect(notes.some((n) => n.includes(said(investment[0]!)) && n.includes('见文末'))).toBe(true)
    // The one city is a sentence naming it and its figure, not a table of one row.
    const only = content.ranking!.rows[0]!
    const tables = notice.blocks.flatMap((b) => (b.kind === 'table' ? [b.title] : []))
    expect(tables.some((t) => t.includes('各市'))).toBe(false)
    expect(text).toContain(
      `仅${regionName(only.region, 'zh', true)}已公布（${said(only.observation)}`,
    )
    // No 主要指标 table of figures the text already gives, each of which is in the text.
    expect(notice.blocks.some((b) => b.kind === 'heading' && b.text.endsWith('主要指标'))).toBe(
      false,
    )
    for (const kpi of content.published) expect(text).toContain(said(kpi.observation!))
    // The demo's key figures have their changes: its table stays, and its cities' ranking.
    const demo = (await build('demo')).notice.blocks
    expect(demo.some((b) => b.kind === 'heading' && b.text.endsWith('主要指标'))).toBe(true)
    expect(demo.some((b) => b.kind === 'table' && b.title.includes('各市'))).toBe(true)
  })

  it('marks the demo on every page and in the text', async () => {
    const { parts, document } = await build('demo')
    const headers = [...parts].filter(([path]) => /word\/header\d+\.xml/.test(path))
    expect(headers.length).toBe(2)
    for (const [, xml] of headers)
      expect(partText(xml)).toContain('演示数据（模拟生成，非统计数据）')
    expect(partText(document)).toContain('【演示数据（模拟生成，非统计数据）】')
  })

  it('writes the English notice from the English briefing', async () => {
    const { document } = await build('official', 'en')
    expect(partText(document)).toContain('1. Overview')
  })
})
