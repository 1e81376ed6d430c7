import { describe, expect, it } from 'vitest'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import { buildYearChart } from '../../../../src/components/chart/year-series.ts'
import { INVESTMENT_SERIES } from '../../../../src/features/investment/lib/investment-series.ts'
import { chartColors } from '../../../../src/lib/theme.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const zh = CHART_MESSAGES.zh
const colors = chartColors(false, 'red-up')
const official2019 = loadTable('official', [2017, 2018, 2019])
const demo = loadTable('demo', [2018, 2019, 2020])

describe('buildYearChart', () => {
  it('says which region and periods have no investment data', () => {
    const result = buildYearChart(
      official2019,
      catalog,
      { region: 'shenzhen', period: '2019-06' },
      [{ id: 'tech_transformation_investment_100m_yuan', type: 'bar', axis: 'left' }],
      'zh',
      colors,
      zh,
      '技改投资',
    )
    expect(result).toEqual({ empty: '深圳市 2019年1-2月–1-6月 暂无技改投资数据' })
  })

  it('keeps every period of the year up to the selected one, missing as null', () => {
    const result = buildYearChart(
      demo,
      catalog,
      { region: 'shenzhen', period: '2019-06' },
      [{ id: 'industrial_investment_100m_yuan', type: 'bar', axis: 'left' }],
      'zh',
      colors,
      zh,
      '工业投资',
    )
    expect('data' in result && result.data.rows.map((r) => r.label)).toEqual([
      '1-2月',
      '1-3月',
      '1-4月',
      '1-5月',
      '1-6月',
    ])
  })

  it('writes its table’s (and CSV’s) periods in full, with their year: 2019年1-2月, not 1-2月', () => {
    const result = buildYearChart(
      demo,
      catalog,
      { region: 'shenzhen', period: '2019-06' },
      [{ id: 'industrial_investment_100m_yuan', type: 'bar', axis: 'left' }],
      'zh',
      colors,
      zh,
      '工业投资',
    )
    if (!('data' in result)) throw new Error(result.empty)
    expect(result.data.table.rows.map((r) => r.header)).toEqual(
      result.data.rows.map((r) => `2019年${String(r.label)}`),
    )
  })

  it('draws only what is published, each series in its own colour, on an axis that has data', () => {
    // Shenzhen 2019: only 工业投资 and 技改投资 growth (right axis), no levels (left axis).
    const result = buildYearChart(
      official2019,
      catalog,
      { region: 'shenzhen', period: '2019-12' },
      INVESTMENT_SERIES,
      'zh',
      colors,
      zh,
      '工业投资',
    )
    if (!('data' in result)) throw new Error(result.empty)
    expect(result.series.map((s) => [s.key, s.axis, s.color])).toEqual([
      ['industrial_investment_yoy_pct', 'left', colors.series[2]],
      ['tech_transformation_investment_yoy_pct', 'left', colors.series[3]],
      [
        'tech_transformation_investment_share_of_industrial_investment_pct',
        'left',
        colors.series[4],
      ],
    ])
    expect([result.leftUnit, result.rightUnit]).toEqual(['%', undefined])
    expect(result.data.table.columns).toHaveLength(3)
  })

  describe('with compared regions (#29: compare means compare)', () => {
    it('draws each indicator for the region and each compared one, named and coloured by region', () => {
      const result = buildYearChart(
        demo,
        catalog,
        { region: 'guangzhou', compare: ['shenzhen'], period: '2019-06' },
        INVESTMENT_SERIES,
        'zh',
        colors,
        zh,
        '工业投资',
      )
      if (!('data' in result)) throw new Error(result.empty)
      expect(result.series.map((s) => s.label)).toEqual([
        '广州 · 工业投资',
        '广州 · 技术改造投资',
        '广州 · 工业投资累计增速',
        '广州 · 技术改造投资累计增速',
        '广州 · 技改投资占工业投资比重',
        '深圳 · 工业投资',
        '深圳 · 技术改造投资',
        '深圳 · 工业投资累计增速',
        '深圳 · 技术改造投资累计增速',
        '深圳 · 技改投资占工业投资比重',
      ])
      // 广州 in the first colour and 深圳 in the second, as in the trend; the second amount
      // lighter, the second rate dotted, the share dashed.
      const [gz, sz] = [result.series.slice(0, 5), result.series.slice(5)]
      expect(gz.filter((s) => s.type === 'line').map((s) => s.color)).toEqual(
        Array(3).fill(colors.series[0]),
      )
      expect(sz.filter((s) => s.type === 'line').map((s) => s.color)).toEqual(
        Array(3).fill(colors.series[1]),
      )
      expect(gz[1]!.color).not.toBe(gz[0]!.color)
      expect(sz.map((s) => [s.dashed, s.dotted ?? false])).toEqual([
        [false, false],
        [false, false],
        [false, false],
        [false, true],
        [true, false],
      ])
      // One unit per axis: amounts on the left, rates on the right, for both regions.
      expect(new Set(result.series.filter((s) => s.axis === 'left').map((s) => s.unit))).toEqual(
        new Set(['亿元']),
      )
      expect(new Set(result.series.filter((s) => s.axis === 'right').map((s) => s.unit))).toEqual(
        new Set(['%']),
      )
      expect(result.data.table.columns).toContain('深圳 · 工业投资累计增速（%）')
      expect(result.data.table.columns).toContain('深圳 · 工业投资（亿元）')
      // Every figure in the table is 深圳's own as published.
      const column = result.data.table.columns.indexOf('深圳 · 工业投资累计增速（%）')
      const june = result.data.table.rows.find((r) => r.header === '2019年1-6月')!
      const published = demo.get('shenzhen', '2019-06', 'industrial_investment_yoy_pct')!
      expect(june.cells[column]).toEqual({ value: published.value, decimals: published.decimals })
      expect(result.unpublished).toBeUndefined()
    })

    it('shows a period a region did not publish as — in the table and a gap in the chart', () => {
      // 2022 (official): 广州 published 工业投资 for 1-9月, 深圳 for 1-6月 and 1-12月.
      const result = buildYearChart(
        loadTable('official', [2022]),
        catalog,
        { region: 'guangzhou', compare: ['shenzhen'], period: '2022-12' },
        [{ id: 'industrial_investment_yoy_pct', type: 'line', axis: 'right' }],
        'zh',
        colors,
        zh,
        '工业投资',
      )
      if (!('data' in result)) throw new Error(result.empty)
      expect(result.data.table.columns).toEqual([
        '广州 · 工业投资累计增速（%）',
        '深圳 · 工业投资累计增速（%）',
      ])
      expect(result.data.table.rows).toEqual([
        { header: '2022年1-6月', cells: [null, { value: 50.8, decimals: 1 }] },
        { header: '2022年1-9月', cells: [{ value: 13.5, decimals: 1 }, null] },
        { header: '2022年1-12月', cells: [null, { value: 19.2, decimals: 1 }] },
      ])
      const keys = result.series.map((s) => s.key)
      expect(result.data.rows.find((r) => r.period === '2022-12')![keys[0]!]).toBeNull()
    })

    it('leaves out what a region did not publish in the year, and says so', () => {
      // 2019年1-12月 (official): 广州 published the amounts and growth rates, 深圳 the growth
      // rates and 技改's share only.
      const result = buildYearChart(
        official2019,
        catalog,
        { region: 'guangzhou', compare: ['shenzhen'], period: '2019-12' },
        INVESTMENT_SERIES,
        'zh',
        colors,
        zh,
        '工业投资',
      )
      if (!('data' in result)) throw new Error(result.empty)
      expect(result.data.table.columns).toEqual([
        '广州 · 工业投资（亿元）',
        '广州 · 技术改造投资（亿元）',
        '广州 · 工业投资累计增速（%）',
        '广州 · 技术改造投资累计增速（%）',
        '深圳 · 工业投资累计增速（%）',
        '深圳 · 技术改造投资累计增速（%）',
        '深圳 · 技改投资占工业投资比重（%）',
      ])
      expect(result.unpublished).toEqual([
        '广州本年未公布：技改投资占工业投资比重。',
        '深圳本年未公布：工业投资、技术改造投资。',
      ])
      const [row] = result.data.table.rows
      expect(row!.header).toBe('2019年1-12月')
      expect(row!.cells).toEqual([
        { value: 1038, decimals: 0 },
        { value: 368, decimals: 0 },
        { value: 9.1, decimals: 1 },
        { value: 43, decimals: 0 },
        { value: 11.5, decimals: 1 },
        { value: 20.7, decimals: 1 },
        { value: 47.8, decimals: 1 },
      ])
    })

    it('names the compared regions in English too, amounts in billions', () => {
      const result = buildYearChart(
        demo,
        catalog,
        { region: 'guangzhou', compare: ['shenzhen'], period: '2019-06' },
        INVESTMENT_SERIES,
        'en',
        colors,
        CHART_MESSAGES.en,
        'investment',
      )
      if (!('data' in result)) throw new Error(result.empty)
      expect(result.data.table.columns).toContain('Shenzhen · Industrial investment (billion yuan)')
      expect([result.leftUnit, result.rightUnit]).toEqual(['billion yuan', '%'])
    })

    it('is the region’s chart alone without compared regions, as before', () => {
      const alone = buildYearChart(
        demo,
        catalog,
        { region: 'guangzhou', period: '2019-06' },
        INVESTMENT_SERIES,
        'zh',
        colors,
        zh,
        '工业投资',
      )
      const none = buildYearChart(
        demo,
        catalog,
        { region: 'guangzhou', compare: [], period: '2019-06' },
        INVESTMENT_SERIES,
        'zh',
        colors,
        zh,
        '工业投资',
      )
      expect(none).toEqual(alone)
      if (!('data' in alone)) throw new Error(alone.empty)
      expect(alone.series.map((s) => s.label)[0]).toBe('工业投资')
    })
  })
})
