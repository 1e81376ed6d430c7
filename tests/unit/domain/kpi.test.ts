import { describe, expect, it } from 'vitest'
import { keyIndicator } from '../../../src/domain/key-indicators.ts'
import { buildKpi } from '../../../src/domain/kpi.ts'
import { loadCatalog, loadTable } from '../../support/api-data.ts'

const catalog = loadCatalog()
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
    expect(kpi.change).toEqual({ period: '2019-02', value: 4, decimals: 1, kind: 'up' })
    // Only Guangzhou's and Foshan's figures are published: a position among two, not a rank.
    expect(kpi.standing.province).toMatchObject({ rank: 2, of: 2, size: 21 })
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
    expect(kpi.standing).toEqual({})
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
    expect(kpi.standing.province).toMatchObject({ rank: 1, of: 21, size: 21, tied: false })
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
