import { describe, expect, it } from 'vitest'
import { changeSincePrevious, previousPublished, yearSeries } from '../../../src/domain/series.ts'
import { loadTable } from '../../support/api-data.ts'

const official = loadTable('official', [2019, 2020])

describe('previousPublished', () => {
  it('finds the latest earlier published period of the same year, skipping gaps', () => {
    expect(
      previousPublished(official, 'guangzhou', '2019-12', 'iva_above_scale_yoy_pct')?.period,
    ).toBe('2019-02')
  })

  it('never reaches into the year before: periods restart in January', () => {
    expect(
      previousPublished(official, 'guangzhou', '2020-02', 'iva_above_scale_yoy_pct'),
    ).toBeUndefined()
  })
})

describe('changeSincePrevious', () => {
  it('gives Guangzhou 2019: 5.1% against 1.1% in 1-2月, 4.0 points up', () => {
    expect(
      changeSincePrevious(official, 'guangzhou', '2019-12', 'iva_above_scale_yoy_pct', true),
    ).toEqual({
      period: '2019-02',
      value: 4,
      decimals: 1,
      kind: 'up',
    })
  })

  it('gives nothing when the current figure is missing', () => {
    expect(
      changeSincePrevious(official, 'guangzhou', '2019-11', 'iva_above_scale_yoy_pct', true),
    ).toBeUndefined()
  })
})

describe('yearSeries', () => {
  it('has the 11 periods of the year with null gaps, never zeros', () => {
    const series = yearSeries(official, 'guangzhou', 2019, 'iva_above_scale_yoy_pct')
    expect(series).toHaveLength(11)
    expect(series.filter((p) => p.value !== null)).toEqual([
      { period: '2019-02', value: 1.1 },
      { period: '2019-12', value: 5.1 },
    ])
    expect(series.filter((p) => p.value === 0)).toEqual([])
  })
})
