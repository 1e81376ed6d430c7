import { describe, expect, it } from 'vitest'
import { competitionRanks, rankCity } from '../../../src/domain/rank.ts'
import { ObservationTable } from '../../../src/domain/observation-table.ts'
import type { Observation } from '../../../src/schemas/observations.ts'
import { loadCatalog, loadTable } from '../../support/api-data.ts'

const catalog = loadCatalog()
const city = (code: string) => catalog.region.get(code)!

describe('competitionRanks', () => {
  it('ranks highest first, ties share a rank and the next one skips', () => {
    const ranks = competitionRanks(
      new Map([
        ['a', 5],
        ['b', 7.2],
        ['c', 5],
        ['d', 1],
      ]),
    )
    expect(Object.fromEntries([...ranks].map(([k, r]) => [k, r.rank]))).toEqual({
      b: 1,
      a: 2,
      c: 2,
      d: 4,
    })
    expect(ranks.get('a')?.of).toBe(4)
  })
})

describe('rankCity on the real 2017年1-3月 table (all 21 cities published)', () => {
  const table = loadTable('official', [2017])

  it('gives 珠海 first in the province for 累计增速 (15.1%)', () => {
    const rank = rankCity(
      table,
      catalog.cities,
      city('zhuhai'),
      '2017-03',
      'iva_above_scale_yoy_pct',
    )
    expect(rank.province).toEqual({ rank: 1, of: 21 })
    expect(rank.group).toEqual({ rank: 1, of: 9, code: 'prd9' })
  })

  it('shares a rank between tied cities: 韶关 and 云浮 both grew 3.0%', () => {
    const shaoguan = rankCity(
      table,
      catalog.cities,
      city('shaoguan'),
      '2017-03',
      'iva_above_scale_yoy_pct',
    )
    const yunfu = rankCity(
      table,
      catalog.cities,
      city('yunfu'),
      '2017-03',
      'iva_above_scale_yoy_pct',
    )
    expect(shaoguan.province?.rank).toBe(yunfu.province?.rank)
    expect(shaoguan.province?.rank).toBe(20)
    expect(shaoguan.group).toEqual({ rank: 4, of: 5, code: 'mountain5' })
  })

  it('does not rank the province or a region group', () => {
    expect(
      rankCity(table, catalog.cities, city('guangdong'), '2017-03', 'iva_above_scale_yoy_pct'),
    ).toEqual({})
    expect(
      rankCity(table, catalog.cities, city('prd9'), '2017-03', 'iva_above_scale_yoy_pct'),
    ).toEqual({})
  })
})

describe('rankCity with missing cities', () => {
  const observation = (region: string, value: number): Observation => ({
    region,
    period: '2019-12',
    indicator: 'x',
    value,
    decimals: 1,
    source: 's',
  })
  // Every city but Shenzhen published; every city of 东翼 published.
  const table = new ObservationTable([
    {
      schemaVersion: 1,
      dataset: 'official',
      year: 2019,
      synthetic: false,
      observations: catalog.cities
        .filter((c) => c.code !== 'shenzhen')
        .map((c, i) => observation(c.code, i)),
    },
  ])

  it('gives no province rank unless all 21 cities are published', () => {
    expect(
      rankCity(table, catalog.cities, city('guangzhou'), '2019-12', 'x').province,
    ).toBeUndefined()
  })

  it('still ranks within a group whose cities are all published, and not within one that is not', () => {
    expect(rankCity(table, catalog.cities, city('shantou'), '2019-12', 'x').group?.code).toBe(
      'east4',
    )
    expect(rankCity(table, catalog.cities, city('guangzhou'), '2019-12', 'x').group).toBeUndefined()
  })
})
