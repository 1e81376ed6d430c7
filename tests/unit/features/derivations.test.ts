import { describe, expect, it } from 'vitest'
import { buildCommended } from '../../../src/features/commended/lib/build-commended.ts'
import { buildKpi } from '../../../src/domain/kpi.ts'
import { keyIndicator } from '../../../src/domain/key-indicators.ts'
import { buildTrend } from '../../../src/features/trend/lib/build-trend.ts'
import { buildCsv } from '../../../src/components/chart/download.ts'
import { zh as core } from '../../../src/lib/i18n/messages.ts'
import { PANEL_MESSAGES } from '../../../src/lib/i18n/panel-messages.ts'
import { buildYearPanel } from '../../../src/components/chart/year-series.ts'
import { loadCatalog, loadTable } from '../../support/api-data.ts'

const catalog = loadCatalog()
const zh = { ...core, ...PANEL_MESSAGES.zh }
const official2019 = loadTable('official', [2017, 2018, 2019])
const demo = loadTable('demo', [2018, 2019, 2020])
const tile = (id: string) => keyIndicator(id)!

describe('buildKpi', () => {
  it('gives Guangzhou 2019年1-12月 规上增加值增速 5.1%, 4.0 points above 1-2月, unranked', () => {
    const kpi = buildKpi(official2019, catalog, tile('iva_above_scale_yoy_pct'), {
      region: 'guangzhou',
      period: '2019-12',
      measure: 'ytd',
    })!
    expect(kpi.observation).toMatchObject({
      value: 5.1,
      decimals: 1,
      source: 'gdii-2020-commendation',
    })
    expect(kpi.change).toEqual({ period: '2019-02', value: 4, decimals: 1 })
    // Only Guangzhou's figure is published for that period: no rank is claimed.
    expect(kpi.rank).toEqual({})
    expect(kpi.source?.publisher).toBe('广东省工业和信息化厅')
  })

  it('leaves a missing figure missing: no value, no change, no rank', () => {
    const kpi = buildKpi(official2019, catalog, tile('iva_above_scale_100m_yuan'), {
      region: 'guangzhou',
      period: '2019-12',
      measure: 'ytd',
    })!
    expect(kpi.observation).toBeUndefined()
    expect(kpi.change).toBeUndefined()
    expect(kpi.rank).toEqual({})
  })

  it('shows no change for levels: their growth is its own published indicator', () => {
    const kpi = buildKpi(demo, catalog, tile('industrial_investment_100m_yuan'), {
      region: 'guangzhou',
      period: '2019-12',
      measure: 'ytd',
    })!
    expect(kpi.observation).toBeDefined()
    expect(kpi.change).toBeUndefined()
  })

  it('switches to the month figure where there is one, and keeps year-to-date where not', () => {
    const selection = { region: 'guangzhou', period: '2017-03', measure: 'month' as const }
    const growth = buildKpi(official2019, catalog, tile('iva_above_scale_yoy_pct'), selection)!
    expect(growth.indicator.id).toBe('iva_above_scale_month_yoy_pct')
    expect(growth.observation?.value).toBe(5.6)
    const investment = buildKpi(
      official2019,
      catalog,
      tile('industrial_investment_yoy_pct'),
      selection,
    )!
    expect(investment.measure).toBe('ytd')
  })

  it('ranks a city when all 21 are published: 珠海 2017年1-3月 first in the province', () => {
    const kpi = buildKpi(official2019, catalog, tile('iva_above_scale_yoy_pct'), {
      region: 'zhuhai',
      period: '2017-03',
      measure: 'ytd',
    })!
    expect(kpi.rank.province?.rank).toBe(1)
    expect(kpi.sparkline.map((p) => p.value)).toEqual([
      null,
      15.1,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('buildTrend', () => {
  it('plots the region, the compared regions and the province, with gaps as null', () => {
    const result = buildTrend(
      official2019,
      catalog,
      { region: 'guangzhou', compare: ['shenzhen'], period: '2019-12', measure: 'ytd' },
      'zh',
      zh,
    )
    expect(result.kind).toBe('ready')
    if (result.kind !== 'ready') return
    expect(result.series.map((s) => [s.key, s.role])).toEqual([
      ['guangzhou', 'region'],
      ['shenzhen', 'compare'],
      ['guangdong', 'province'],
    ])
    const rows = result.data.rows
    expect(rows[0]?.period).toBe('2017-02')
    expect(rows.at(-1)?.period).toBe('2019-12')
    const guangzhou = rows.filter((r) => r.guangzhou !== null).map((r) => [r.period, r.guangzhou])
    expect(guangzhou).toEqual([
      ['2017-03', 5.5],
      ['2019-02', 1.1],
      ['2019-12', 5.1],
    ])
    // The table holds exactly the plotted values.
    const cells = result.data.table.rows.flatMap((r) =>
      r.cells.flatMap((c) => (c && 'value' in c ? [c.value] : [])),
    )
    const plotted = rows.flatMap((r) =>
      ['guangzhou', 'shenzhen', 'guangdong'].flatMap((k) =>
        typeof r[k] === 'number' ? [r[k]] : [],
      ),
    )
    expect(cells).toEqual(plotted)
  })

  it('still shows the province when the region has no figure in the window', () => {
    const result = buildTrend(
      official2019,
      catalog,
      { region: 'shanwei', compare: [], period: '2019-12', measure: 'month' },
      'zh',
      zh,
    )
    expect(
      result.kind === 'ready' && result.data.observations.map((o) => [o.region, o.period]),
    ).toEqual([
      ['shanwei', '2017-03'],
      ['guangdong', '2017-03'],
    ])
  })

  it('says why it is empty', () => {
    const none = buildTrend(
      loadTable('official', [2016]),
      catalog,
      { region: 'shanwei', compare: [], period: '2016-12', measure: 'ytd' },
      'zh',
      zh,
    )
    expect(none).toEqual({
      kind: 'empty',
      reason: '汕尾市 2014年1-2月–2016年1-12月 暂无规模以上工业增加值累计增速数据',
    })
  })
})

describe('buildYearPanel', () => {
  it('says which region and periods have no investment data', () => {
    const result = buildYearPanel(
      official2019,
      catalog,
      { region: 'shenzhen', period: '2019-06' },
      ['tech_transformation_investment_100m_yuan'],
      'zh',
      zh,
      '技改投资',
    )
    expect(result).toEqual({ kind: 'empty', reason: '深圳市 2019年1-2月–1-6月 暂无技改投资数据' })
  })

  it('keeps every period of the year up to the selected one, missing as null', () => {
    const result = buildYearPanel(
      demo,
      catalog,
      { region: 'shenzhen', period: '2019-06' },
      ['industrial_investment_100m_yuan'],
      'zh',
      zh,
      '工业投资',
    )
    expect(result.kind === 'ready' && result.data.rows.map((r) => r.label)).toEqual([
      '1-2月',
      '1-3月',
      '1-4月',
      '1-5月',
      '1-6月',
    ])
  })
})

describe('buildCommended', () => {
  const result = buildCommended(official2019, catalog, 'zh', zh)

  it('puts the founding figures side by side', () => {
    const row = (name: string) =>
      result.table.rows
        .find((r) => r.header === name)
        ?.cells.map((c) => (c && 'value' in c ? c.value : null))
    expect(row('规模以上工业增加值累计增速')).toEqual([5.1, null])
    expect(row('工业投资累计增速')).toEqual([9.1, 11.5])
    expect(row('技术改造投资累计增速')).toEqual([43, 20.7])
    expect(row('技改投资占工业投资比重')).toEqual([null, 47.8])
    expect(row('高技术制造业对规上工业增长的贡献率')).toEqual([57.2, null])
    expect(row('先进制造业增加值占规上工业比重')).toEqual([null, 71.9])
  })

  it('lists levels with their units, as published', () => {
    const level = (id: string) => result.levels.find((l) => l.indicator === id)?.values
    expect(level('industrial_investment_100m_yuan')).toEqual(['1038亿元', null])
    expect(level('tech_transformation_investment_100m_yuan')).toEqual(['368亿元', null])
    expect(level('gross_output_above_scale_100m_yuan')).toEqual([null, '3.68万亿元'])
    expect(level('base_stations_5g')).toEqual([null, '15500个'])
  })

  it('tells the recovery from 1-2月 to 1-12月 only from two published figures', () => {
    expect(result.recoveries).toEqual([
      '广州规模以上工业增加值累计增速由1-2月的1.1%回升至1-12月的5.1%',
      '广州规模以下工业增加值累计增速由1-2月的-0.4%回升至1-12月的3.6%',
    ])
  })
})

describe('buildCsv', () => {
  it('starts with a BOM, puts the metadata first and quotes what needs quoting', () => {
    const csv = buildCsv(
      [
        ['单位', '%'],
        ['资料来源', 'A, B'],
      ],
      ['期间', '广州'],
      [
        ['1-12月', '5.1'],
        ['1-2月', '—'],
      ],
    )
    expect(
      csv.startsWith(
        '\uFEFF单位,%\r\n资料来源,"A, B"\r\n\r\n期间,广州\r\n1-12月,5.1\r\n1-2月,—\r\n',
      ),
    ).toBe(true)
  })

  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    const csv = buildCsv([], ['a', 'b'], [['=HYPERLINK("x")', '-2.7']])
    expect(csv).toContain(`"'=HYPERLINK(""x"")",-2.7`)
  })
})
