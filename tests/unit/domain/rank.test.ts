import { describe, expect, it } from 'vitest'
import {
  cityStanding,
  competitionRanks,
  isCompleteRank,
  rankChange,
  type Standing,
} from '../../../src/domain/rank.ts'
import { ObservationTable } from '../../../src/domain/observation-table.ts'
import { rankText, standingNote, standingText } from '../../../src/lib/format/rank.ts'
import type { Observation } from '../../../src/schemas/observations.ts'
import { loadCatalog, loadTable } from '../../support/api-data.ts'

const catalog = loadCatalog()
const city = (code: string) => catalog.region.get(code)!
const groupOf = (code: string) => catalog.region.get(code)
const IVA = 'iva_above_scale_yoy_pct'
const official = loadTable('official', [2017, 2019, 2020, 2021, 2022, 2023])

function table(year: number, rows: [region: string, period: string, value: number][]) {
  const observations: Observation[] = rows.map(([region, period, value]) => ({
    region,
    period,
    indicator: IVA,
    value,
    decimals: 1,
    source: 's',
    release: 'r',
  }))
  return new ObservationTable([
    { schemaVersion: 1, dataset: 'official', year, synthetic: false, observations },
  ])
}

describe('competitionRanks', () => {
  it('ranks highest first; ties share a rank, are marked tied, and the next rank skips', () => {
    const ranks = competitionRanks(
      new Map([
        ['a', 5],
        ['b', 7.2],
        ['c', 5],
        ['d', 1],
      ]),
    )
    expect(Object.fromEntries(ranks)).toEqual({
      b: { rank: 1, tied: false },
      a: { rank: 2, tied: true },
      c: { rank: 2, tied: true },
      d: { rank: 4, tied: false },
    })
  })
})

/** Real cases from the data: the rule says a rank of the province only with all 21 published. */
describe.each([
  // The one complete month: a rank of the province and of the group.
  [
    'guangzhou',
    '2017-03',
    IVA,
    '全省第16位、珠三角第8位',
    '16th of 21 cities, 8th of 9 in the Pearl River Delta',
  ],
  [
    'zhuhai',
    '2017-03',
    IVA,
    '全省第1位、珠三角第1位',
    '1st of 21 cities, 1st of 9 in the Pearl River Delta',
  ],
  [
    'shaoguan',
    '2017-03',
    IVA,
    '全省并列第20位、山区并列第4位',
    'joint 20th of 21 cities, joint 4th of 5 in the Mountain area',
  ],
  // 5 of 21 published: a position among them, never 全省第1位; no group position either.
  ['jieyang', '2023-06', IVA, '已公布5市中第1位', '1st of 5 cities published'],
  // 5 of 21 (惠州 2022年1-12月, whose GDP growth a source put first in the province; 珠海's
  // value-added growth, 6.9%, is above its 6.3%).
  ['huizhou', '2022-12', IVA, '已公布5市中第2位', '2nd of 5 cities published'],
  // A city alone: nothing true to say about its place.
  ['guangzhou', '2020-02', IVA, null, null],
  // Ranks its source printed: stated, and said to be as published.
  [
    'huizhou',
    '2021-02',
    'industrial_investment_yoy_pct',
    '全省第16位、珠三角第7位（据公布）',
    '16th of 21 cities, 7th of 9 in the Pearl River Delta (as published)',
  ],
  [
    'huizhou',
    '2021-02',
    IVA,
    '全省第11位、珠三角第7位（据公布）',
    '11th of 21 cities, 7th of 9 in the Pearl River Delta (as published)',
  ],
  ['yunfu', '2019-03', IVA, '全省第3位（据公布）', '3rd of 21 cities (as published)'],
  [
    'yunfu',
    '2019-03',
    'industrial_investment_yoy_pct',
    '全省第2位（据公布）',
    '2nd of 21 cities (as published)',
  ],
  ['shaoguan', '2020-04', IVA, '全省第3位（据公布）', '3rd of 21 cities (as published)'],
  [
    'qingyuan',
    '2021-08',
    'tech_transformation_investment_yoy_pct',
    '全省第12位（据公布）',
    '12th of 21 cities (as published)',
  ],
  ['zhuhai', '2022-06', IVA, '全省第2位（据公布）', '2nd of 21 cities (as published)'],
  ['huizhou', '2022-11', IVA, '全省第2位（据公布）', '2nd of 21 cities (as published)'],
  // 清远 2021年1-9月: its source's "全省第12位" does not say of which figure: not recorded, and
  // the two cities published are only in order, not ranked.
  [
    'qingyuan',
    '2021-09',
    'industrial_investment_yoy_pct',
    '已公布2市中第2位',
    '2nd of 2 cities published',
  ],
])('%s %s %s', (code, period, indicator, zh, en) => {
  const standing = cityStanding(official, catalog, city(code), period, indicator)
  it(`reads “${zh ?? 'nothing'}”`, () => {
    expect(standingText(standing, 'zh', groupOf)).toBe(zh)
    expect(standingText(standing, 'en', groupOf)).toBe(en)
  })
  it('is a rank of the province only when every city is published', () => {
    const published = standing.province?.publishedIn !== undefined
    expect(standing.province !== undefined && isCompleteRank(standing.province)).toBe(
      period === '2017-03' || published,
    )
  })
})

describe('standingNote', () => {
  const standing = (s: Partial<Standing>): Standing => ({
    scope: 'province',
    group: null,
    rank: 1,
    tied: false,
    of: 1,
    size: 21,
    ...s,
  })
  it('says a city alone is the only one published, not 已公布1市中第1位 / 1st of 1', () => {
    const alone = { province: standing({}) }
    expect(standingText(alone, 'zh', groupOf)).toBeNull()
    expect(standingNote(alone, 'zh', groupOf)).toBe('全省仅本市已公布')
    expect(standingNote(alone, 'en', groupOf)).toBe('the only city published')
  })
  it('is the standing itself wherever there is one to say', () => {
    for (const s of [
      { province: standing({ of: 2 }) },
      { province: standing({ rank: 3, of: 21 }) },
      { province: standing({ rank: 16, of: 21, publishedIn: 'sa901c138' }) },
    ]) {
      for (const lang of ['zh', 'en'] as const)
        expect(standingNote(s, lang, groupOf)).toBe(standingText(s, lang, groupOf))
    }
    expect(standingNote({ province: standing({ of: 2 }) }, 'en', groupOf)).toBe(
      '1st of 2 cities published',
    )
    expect(standingNote({}, 'zh', groupOf)).toBeNull()
  })
})

describe('rankText', () => {
  const standing = (s: Partial<Standing>): Standing => ({
    scope: 'province',
    group: null,
    rank: 3,
    tied: false,
    of: 21,
    size: 21,
    ...s,
  })
  it('says 并列 for ties and keeps a partial group position apart from the province', () => {
    expect(rankText(standing({ tied: true }), 'zh', undefined)).toBe('全省并列第3位')
    expect(
      rankText(standing({ scope: 'group', group: 'prd9', of: 3, size: 9 }), 'zh', groupOf('prd9')),
    ).toBe('珠三角已公布3市中第3位')
    expect(rankText(standing({ of: 1 }), 'zh', undefined)).toBeNull()
  })
  it('says 据公布 for a rank a source printed', () => {
    expect(
      standingText(
        {
          province: standing({ rank: 16, publishedIn: 'sa901c138' }),
          group: standing({
            scope: 'group',
            group: 'prd9',
            rank: 7,
            size: 9,
            of: 9,
            publishedIn: 'sa901c138',
          }),
        },
        'zh',
        groupOf,
      ),
    ).toBe('全省第16位、珠三角第7位（据公布）')
  })
})

describe('rankChange', () => {
  const complete = (rank: number): Standing => ({
    scope: 'province',
    group: null,
    rank,
    tied: false,
    of: 21,
    size: 21,
  })
  it('is computed only between two ranks of the same complete scope', () => {
    expect(rankChange(complete(3), complete(5))).toBe(2)
    expect(rankChange(complete(5), complete(3))).toBe(-2)
    // 惠州: 1st of 1 → 1st of 3 is not "unchanged": there is no rank to compare.
    expect(rankChange({ ...complete(1), of: 3 }, { ...complete(1), of: 1 })).toBeUndefined()
    expect(rankChange(complete(1), { ...complete(1), of: 20 })).toBeUndefined()
  })

  it('uses the cache per table, so two tables never share a rank', () => {
    const a = table(2019, [
      ['guangzhou', '2019-06', 5],
      ['shenzhen', '2019-06', 7],
    ])
    const b = table(2019, [
      ['guangzhou', '2019-06', 9],
      ['shenzhen', '2019-06', 7],
    ])
    expect(cityStanding(a, catalog, city('guangzhou'), '2019-06', IVA).province?.rank).toBe(2)
    expect(cityStanding(b, catalog, city('guangzhou'), '2019-06', IVA).province?.rank).toBe(1)
  })
})
