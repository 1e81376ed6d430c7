import { describe, expect, it } from 'vitest'
import { buildRanking } from '../../../src/features/standing/lib/build-ranking.ts'
import {
  buildScorecard,
  sortRows,
  statusAgainst,
} from '../../../src/features/standing/lib/build-scorecard.ts'
import {
  buildTileMap,
  classOf,
  mapClasses,
  TILE_POSITIONS,
} from '../../../src/features/standing/lib/tile-map.ts'
import { ObservationTable } from '../../../src/domain/observation-table.ts'
import type { Observation } from '../../../src/schemas/observations.ts'
import { loadCatalog, loadTable } from '../../support/api-data.ts'

const catalog = loadCatalog()
const iva = catalog.indicator.get('iva_above_scale_yoy_pct')!
const official2017 = loadTable('official', [2017])

function table(rows: [string, string, number][], indicator = iva.id): ObservationTable {
  const observations: Observation[] = rows.map(([region, period, value]) => ({
    region,
    period,
    indicator,
    value,
    decimals: 1,
    source: 's',
  }))
  return new ObservationTable([
    { schemaVersion: 1, dataset: 'official', year: 2019, synthetic: false, observations },
  ])
}

describe('buildRanking', () => {
  it('orders the real 2017年1-3月 table: 珠海 15.1% first, 韶关 and 云浮 tied last at 3.0%', () => {
    const ranking = buildRanking(official2017, catalog, iva, '2017-03')
    expect(ranking.published).toBe(21)
    expect(ranking.province?.value).toBe(7.1)
    const first = ranking.rows[0]!
    expect([first.region.code, first.rank, first.groupRank, first.observation?.value]).toEqual([
      'zhuhai',
      1,
      1,
      15.1,
    ])
    expect(ranking.rows.slice(-2).map((r) => [r.region.code, r.rank])).toEqual([
      ['shaoguan', 20],
      ['yunfu', 20],
    ])
    // Values never increase down the list.
    const values = ranking.rows.map((r) => r.observation!.value)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    // No earlier period of 2017 to compare with.
    expect(ranking.previousPeriod).toBeUndefined()
    expect(ranking.rows.every((r) => r.change === undefined)).toBe(true)
  })

  it('lists a city without a figure last, unranked, and ranks within groups among the published', () => {
    const ranking = buildRanking(
      table([
        ['guangzhou', '2019-06', 5],
        ['shenzhen', '2019-06', 7],
        ['shantou', '2019-06', 5],
      ]),
      catalog,
      iva,
      '2019-06',
    )
    expect(ranking.published).toBe(3)
    expect(ranking.rows.slice(0, 3).map((r) => [r.region.code, r.rank, r.groupRank])).toEqual([
      ['shenzhen', 1, 1],
      ['guangzhou', 2, 2],
      ['shantou', 2, 1],
    ])
    expect(
      ranking.rows.slice(3).every((r) => r.rank === undefined && r.observation === undefined),
    ).toBe(true)
    expect(ranking.rows).toHaveLength(21)
  })

  it('gives the change of rank since the previous published period of the year', () => {
    const ranking = buildRanking(
      table([
        ['guangzhou', '2019-03', 5],
        ['shenzhen', '2019-03', 6],
        ['zhuhai', '2019-03', 7],
        ['guangzhou', '2019-06', 8],
        ['shenzhen', '2019-06', 6],
        ['zhuhai', '2019-06', 6],
        ['foshan', '2019-06', 1],
      ]),
      catalog,
      iva,
      '2019-06',
    )
    expect(ranking.previousPeriod).toBe('2019-03')
    const change = Object.fromEntries(ranking.rows.map((r) => [r.region.code, r.change]))
    expect(change.guangzhou).toBe(2) // 3rd → 1st: ↑2
    expect(change.zhuhai).toBe(-1) // 1st → 2nd (tied): ↓1
    expect(change.shenzhen).toBe(0) // 2nd → 2nd (tied): –
    expect(change.foshan).toBeNull() // not ranked before
    expect(change.huizhou).toBeUndefined() // not ranked now
  })
})

describe('the schematic map', () => {
  it('places the 21 cities on distinct tiles', () => {
    const cells = Object.values(TILE_POSITIONS).map(([c, r]) => `${c},${r}`)
    expect(cells).toHaveLength(21)
    expect(new Set(cells).size).toBe(21)
    expect(Object.keys(TILE_POSITIONS).sort()).toEqual(catalog.cities.map((c) => c.code).sort())
  })

  it('classes values in five equal intervals from the lowest to the highest', () => {
    const classes = mapClasses([3, 15.1, 7.1])
    expect(classes).toHaveLength(5)
    expect(classes[0]!.from).toBe(3)
    expect(classes[4]!.to).toBe(15.1)
    expect(classOf(3, classes)).toBe(0)
    expect(classOf(15.1, classes)).toBe(4)
    expect(mapClasses([5, 5])).toEqual([{ from: 5, to: 5 }])
    expect(mapClasses([])).toEqual([])
  })

  it('leaves a city without a figure unclassed, to be hatched', () => {
    const map = buildTileMap(
      buildRanking(table([['guangzhou', '2019-06', 5]]), catalog, iva, '2019-06'),
    )
    expect(map.tiles).toHaveLength(21)
    expect(map.tiles.find((t) => t.code === 'guangzhou')?.classIndex).toBe(0)
    expect(map.tiles.find((t) => t.code === 'shenzhen')?.classIndex).toBeUndefined()
  })
})

describe('the scorecard', () => {
  const province = {
    region: 'guangdong',
    period: '2019-06',
    indicator: iva.id,
    value: 7.1,
    decimals: 1,
    source: 's',
  }
  const at = (value: number, decimals = 1) => ({ ...province, region: 'x', value, decimals })

  it('compares each figure with the province in 百分点: more than 1 above, within 1, more than 1 below', () => {
    expect(statusAgainst(at(8.2), province)).toBe('above')
    expect(statusAgainst(at(8.1), province)).toBe('within') // exactly 1.0 point: in line
    expect(statusAgainst(at(7.1), province)).toBe('within')
    expect(statusAgainst(at(6.1), province)).toBe('within')
    expect(statusAgainst(at(6), province)).toBe('below')
    expect(statusAgainst(at(9, 0), province)).toBe('above')
    expect(statusAgainst(at(9), undefined)).toBeUndefined()
  })

  it('scores the real 2017年1-3月 table against 全省 7.1%', () => {
    const card = buildScorecard(official2017, catalog, '2017-03', 'ytd', null)
    const status = (code: string) =>
      card.rows.find((r) => r.region.code === code)?.cells.growth.status
    expect(card.province.growth?.value).toBe(7.1)
    expect(status('zhuhai')).toBe('above') // 15.1
    expect(status('guangzhou')).toBe('below') // 5.5
    expect(status('huizhou')).toBe('within') // 7.0
    // No investment figures were published for that period: no status, never a zero.
    expect(
      card.rows.every(
        (r) =>
          r.cells.investment.observation === undefined && r.cells.investment.status === undefined,
      ),
    ).toBe(true)
  })

  it('sorts by any column, cities without a figure last', () => {
    const card = buildScorecard(official2017, catalog, '2017-03', 'ytd', {
      column: 'growth',
      direction: 'desc',
    })
    expect(card.rows.slice(0, 2).map((r) => r.region.code)).toEqual(['zhuhai', 'shanwei'])
    const ascending = sortRows(card.rows, { column: 'growth', direction: 'asc' }, catalog)
    expect(ascending.slice(0, 2).map((r) => r.region.code)).toEqual(['shaoguan', 'yunfu'])
    const byRegion = sortRows(card.rows, { column: 'region', direction: 'desc' }, catalog)
    expect(byRegion[0]?.region.code).toBe('yunfu')
    const sparse = buildScorecard(loadTable('official', [2019]), catalog, '2019-12', 'ytd', {
      column: 'investment',
      direction: 'asc',
    })
    expect(sparse.rows.slice(0, 2).map((r) => r.region.code)).toEqual(['guangzhou', 'shenzhen'])
  })
})
