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
})
