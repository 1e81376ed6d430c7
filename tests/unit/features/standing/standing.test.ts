import { describe, expect, it } from 'vitest'
import {
  buildRanking,
  isCompleteRanking,
} from '../../../../src/features/standing/lib/build-ranking.ts'
import {
  buildScorecard,
  compareWithProvince,
  sortRows,
} from '../../../../src/features/standing/lib/build-scorecard.ts'
import { rankingNote, rankingTable } from '../../../../src/features/standing/lib/ranking-table.ts'
import {
  comparisonText,
  legendOf,
  statusText,
} from '../../../../src/features/standing/lib/scorecard-text.ts'
import { tileLabel } from '../../../../src/features/standing/lib/tile-label.ts'
import { STANDING_MESSAGES } from '../../../../src/features/standing/messages.ts'
import {
  buildTileMap,
  classOf,
  legendLabels,
  mapClasses,
  TILE_POSITIONS,
} from '../../../../src/features/standing/lib/tile-map.ts'
import { ObservationTable } from '../../../../src/domain/observation-table.ts'
import type { Observation } from '../../../../src/schemas/observations.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const s = STANDING_MESSAGES.zh
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
    release: 'r',
  }))
  return new ObservationTable([
    { schemaVersion: 1, dataset: 'official', year: 2019, synthetic: false, observations },
  ])
}

describe('buildRanking', () => {
  it('orders the real 2017年1-3月 table (all 21 published): 珠海 15.1% first, 韶关 and 云浮 tied last at 3.0%', () => {
    const ranking = buildRanking(official2017, catalog, iva, '2017-03')
    expect([ranking.published, ranking.total, isCompleteRanking(ranking)]).toEqual([21, 21, true])
    expect(ranking.province?.value).toBe(7.1)
    const first = ranking.rows[0]!
    expect([
      first.region.code,
      first.position.rank,
      first.group?.rank,
      first.observation.value,
    ]).toEqual(['zhuhai', 1, 1, 15.1])
    expect(
      ranking.rows.slice(-2).map((r) => [r.region.code, r.position.rank, r.position.tied]),
    ).toEqual([
      ['shaoguan', 20, true],
      ['yunfu', 20, true],
    ])
    const guangzhou = ranking.rows.find((r) => r.region.code === 'guangzhou')!
    expect([guangzhou.position.rank, guangzhou.group?.rank]).toEqual([16, 8])
    // Values never increase down the list.
    const values = ranking.rows.map((r) => r.observation.value)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    // No earlier period of 2017 to compare with.
    expect(ranking.previousPeriod).toBeUndefined()
    expect(ranking.rows.every((r) => r.change === undefined)).toBe(true)
  })

  it('lists only the cities published, in order, never as ranks of the province or the group', () => {
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
    expect([ranking.published, isCompleteRanking(ranking)]).toEqual([3, false])
    expect(
      ranking.rows.map((r) => [r.region.code, r.position.rank, r.position.of, r.group]),
    ).toEqual([
      ['shenzhen', 1, 3, undefined],
      ['guangzhou', 2, 3, undefined],
      ['shantou', 2, 3, undefined],
    ])
    expect(ranking.missing).toHaveLength(18)
    expect(rankingTable(ranking, catalog, 'zh', { ...s, regionColumn: '地区' }).columns).toEqual([
      '已公布3市中位次',
      '规模以上工业增加值累计增速（%）',
    ])
  })

  it('changes of rank only between two complete rankings of the year', () => {
    const all = (period: string, value: (i: number) => number) =>
      catalog.cities.map((c, i): [string, string, number] => [c.code, period, value(i)])
    const complete = buildRanking(
      table([...all('2019-03', (i) => i), ...all('2019-06', (i) => (i === 0 ? 100 : i))]),
      catalog,
      iva,
      '2019-06',
    )
    expect(complete.previousPeriod).toBe('2019-03')
    const change = Object.fromEntries(complete.rows.map((r) => [r.region.code, r.change]))
    expect(change.guangzhou).toBe(20) // 21st → 1st: ↑20
    expect(change.shenzhen).toBe(-1) // 20th → 21st... pushed down one by Guangzhou
    const cells = rankingTable(complete, catalog, 'zh', { ...s, regionColumn: '地区' })
    expect(cells.columns).toContain('位次变化')
    expect(cells.rows[0]?.cells.at(-1)).toEqual({ text: '↑20' })

    // 1-6月 complete, 1-3月 with 3 cities: no change is computed across two sets of cities.
    const partialBefore = buildRanking(
      table([
        ['guangzhou', '2019-03', 5],
        ['shenzhen', '2019-03', 6],
        ['zhuhai', '2019-03', 7],
        ...all('2019-06', (i) => i),
      ]),
      catalog,
      iva,
      '2019-06',
    )
    expect(partialBefore.previousPeriod).toBeUndefined()
    expect(partialBefore.rows.every((r) => r.change === undefined)).toBe(true)
    expect(rankingNote(partialBefore, catalog, 'zh', s)).toBe(
      '21/21 市已发布；位次及其变化仅在21市均已公布时计算。',
    )
  })
})

describe('a single published city', () => {
  const ranking = buildRanking(table([['zhuhai', '2019-06', 2.2]]), catalog, iva, '2019-06')
  const others = catalog.cities.filter((c) => c.code !== 'zhuhai')

  it('has no position column: a position among one says nothing', () => {
    const zh = rankingTable(ranking, catalog, 'zh', { ...s, regionColumn: '地区' })
    expect(zh.columns).toEqual(['规模以上工业增加值累计增速（%）'])
    expect(zh.rows).toEqual([{ header: '珠海', cells: [{ value: 2.2, decimals: 1 }] }])
    const en = rankingTable(ranking, catalog, 'en', {
      ...STANDING_MESSAGES.en,
      regionColumn: 'Region',
    })
    expect(en.columns.join(' ')).not.toMatch(/Position|among/)
  })

  it('is said to be the only one published, by name, under the ranking', () => {
    expect(rankingNote(ranking, catalog, 'zh', s)).toBe(
      `1/21 市已发布；仅珠海已公布，无从排序，不是全省位次；另有20市未公布：${others.map((c) => c.shortZh).join('、')}。`,
    )
    const en = rankingNote(ranking, catalog, 'en', STANDING_MESSAGES.en)
    expect(en).toContain(
      'only Zhuhai is published: there is no order to show, nor a rank in the province',
    )
    expect(en).toContain('20 more cities not published')
    expect(en).not.toMatch(/\b1 cities\b|cities are published/)
    // Without the name (a caller that only counts), still one city, and no order.
    expect(s.partialRanking(1)).toBe('仅1市已公布，无从排序，不是全省位次')
    expect(STANDING_MESSAGES.en.partialRanking(1)).toMatch(/^only one city is published: /)
  })

  it('is named on the map as the only city published, never as 1st of 1', () => {
    const tile = buildTileMap(ranking).tiles.find((t) => t.code === 'zhuhai')!
    expect(tileLabel(tile, 'pct', catalog, 'zh', s, '暂无数据').accessible).toBe(
      '珠海 2.2%，全省仅本市已公布',
    )
    expect(tileLabel(tile, 'pct', catalog, 'en', STANDING_MESSAGES.en, 'No data').accessible).toBe(
      'Zhuhai 2.2%, the only city published',
    )
  })
})

describe('the ranks sources printed', () => {
  // 2024年1-12月: 8 of 21 published; 清远's 政府工作报告 printed 全省第1, 惠州's 珠三角第一.
  const ranking = buildRanking(loadTable('official', [2024]), catalog, iva, '2024-12')

  it('are said under a partial ranking, city by city, with what it is not', () => {
    expect(isCompleteRanking(ranking)).toBe(false)
    expect(rankingNote(ranking, catalog, 'zh', s)).toBe(
      '8/21 市已发布；仅8市已公布，列出的是已公布城市之间的先后，不是全省位次；' +
        '清远全省第1位（据公布），惠州珠三角第1位（据公布）；' +
        '另有13市未公布：广州、佛山、江门、肇庆、汕头、汕尾、潮州、揭阳、茂名、韶关、河源、梅州、云浮。',
    )
    expect(rankingNote(ranking, catalog, 'en', STANDING_MESSAGES.en)).toContain(
      'Qingyuan 1st of 21 cities (as published), Huizhou 1st of 9 in the Pearl River Delta (as published)',
    )
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

  it('labels each class of the legend with its unit, read apart from the panel', () => {
    const ranking = buildRanking(official2017, catalog, iva, '2017-03')
    const { classes } = buildTileMap(ranking)
    const zh = legendLabels(ranking, classes, 'zh')
    expect(zh).toHaveLength(5)
    expect(zh[0]).toBe(`${classes[0]!.from.toFixed(1)}–${classes[0]!.to.toFixed(1)}%`)
    const one = buildRanking(table([['guangzhou', '2019-06', 4]]), catalog, iva, '2019-06')
    expect(legendLabels(one, buildTileMap(one).classes, 'en')).toEqual(['4.0%'])
    const amount = catalog.indicator.get('industrial_investment_100m_yuan')!
    const invested = buildRanking(
      table([['guangzhou', '2019-06', 1038]], amount.id),
      catalog,
      amount,
      '2019-06',
    )
    const { classes: amounts } = buildTileMap(invested)
    expect(legendLabels(invested, amounts, 'zh')).toEqual(['1038.0亿元'])
    expect(legendLabels(invested, amounts, 'en')).toEqual(['103.80 billion yuan'])
  })

  it('leaves a city without a figure unclassed, to be hatched', () => {
    const map = buildTileMap(
      buildRanking(table([['guangzhou', '2019-06', 5]]), catalog, iva, '2019-06'),
    )
    expect(map.tiles).toHaveLength(21)
    expect(map.tiles.find((t) => t.code === 'guangzhou')?.classIndex).toBe(0)
    expect(map.tiles.find((t) => t.code === 'shenzhen')?.classIndex).toBeUndefined()
  })

  it('names a tile with its standing as far as true: a position among those published', () => {
    const ranking = buildRanking(
      table([
        ['guangzhou', '2019-06', 5],
        ['shenzhen', '2019-06', 7],
      ]),
      catalog,
      iva,
      '2019-06',
    )
    const tiles = buildTileMap(ranking).tiles
    const label = (code: string) =>
      tileLabel(
        tiles.find((t) => t.code === code)!,
        'pct',
        catalog,
        'zh',
        s,
        '暂无数据',
      ).accessible
    expect(label('guangzhou')).toBe('广州 5.0%，已公布2市中第2位')
    expect(label('zhuhai')).toBe('珠海 暂无数据')
    const complete = buildTileMap(buildRanking(official2017, catalog, iva, '2017-03')).tiles
    expect(
      tileLabel(
        complete.find((t) => t.code === 'guangzhou')!,
        'pct',
        catalog,
        'zh',
        s,
        '—',
      ).accessible,
    ).toBe('广州 5.5%，全省第16位、珠三角第8位')
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
    release: 'r',
  }
  const at = (value: number, decimals = 1) => ({ ...province, region: 'x', value, decimals })

  it('compares each figure with the province in 百分点: 持平 only when equal at the published precision', () => {
    const status = (value: number, decimals = 1) =>
      compareWithProvince(at(value, decimals), province)?.status
    expect(status(8.2)).toBe('above')
    expect(status(8.1)).toBe('near') // exactly 1.0 point: within the band
    expect(status(7.1)).toBe('equal')
    expect(status(6.1)).toBe('near')
    expect(status(6)).toBe('below')
    expect(status(9, 0)).toBe('above')
    expect(compareWithProvince(at(9), undefined)).toBeUndefined()
    // Within the band, the gap alone beside the band's symbol (●), whose name is 与全省基本持平:
    // never "高于全省1.0个百分点（与全省相差1个百分点以内）", which reads as a contradiction (#29).
    expect(comparisonText(compareWithProvince(at(7.5), province)!, 'zh', s)).toBe(
      '高于全省0.4个百分点',
    )
    expect(comparisonText(compareWithProvince(at(8.1), province)!, 'zh', s)).toBe(
      '高于全省1.0个百分点',
    )
    expect(statusText('near', s)).toBe('与全省基本持平')
    expect(statusText('near', STANDING_MESSAGES.en)).toBe('Roughly level with the province')
    for (const lang of ['zh', 'en'] as const) {
      const words = STANDING_MESSAGES[lang]
      expect(words.scorecardRule(1)).toContain(
        lang === 'zh' ? '为“与全省基本持平”' : 'is “roughly level”',
      )
      expect(words.scorecardRule(1)).not.toMatch(/以内”|within 1 point”/)
    }
    expect(comparisonText(compareWithProvince(at(7.1), province)!, 'zh', s)).toBe('与全省持平')
    expect(comparisonText(compareWithProvince(at(5.5), province)!, 'zh', s)).toBe(
      '低于全省1.6个百分点',
    )
  })

  it('scores the real 2017年1-3月 table against 全省 7.1%, leaving out the columns nobody published', () => {
    const card = buildScorecard(official2017, catalog, '2017-03', 'ytd', null)
    const comparison = (code: string) =>
      card.rows.find((r) => r.region.code === code)?.cells.growth.comparison
    expect(card.province.growth?.value).toBe(7.1)
    expect(comparison('zhuhai')).toEqual({ status: 'above', gap: { value: 8, decimals: 1 } })
    expect(comparison('guangzhou')?.status).toBe('below') // 5.5
    expect(comparison('huizhou')?.status).toBe('near') // 7.0
    // No investment, high-tech or 技改 figure of a city for that period: those columns are left out.
    expect(card.columns.map((c) => c.stability)).toEqual(['growth'])
    expect(card.rows).toHaveLength(21)
    expect(card.missing).toEqual([])
  })

  it('explains in its legend what its cells show: 全省暂无数据 only where the province has no figure', () => {
    // 全省 published its figure: every city's figure has its comparison, in each band.
    const real = legendOf(buildScorecard(official2017, catalog, '2017-03', 'ytd', null))
    expect(real).toEqual({ statuses: ['above', 'near', 'below'], none: false })
    const cities = table([
      ['guangzhou', '2019-06', 7.5],
      ['shenzhen', '2019-06', 5.2],
    ])
    expect(legendOf(buildScorecard(cities, catalog, '2019-06', 'ytd', null))).toEqual({
      statuses: [],
      none: true,
    })
    const withProvince = table([
      ['guangdong', '2019-06', 6.3],
      ['guangzhou', '2019-06', 6.3],
    ])
    expect(legendOf(buildScorecard(withProvince, catalog, '2019-06', 'ytd', null))).toEqual({
      statuses: ['equal'],
      none: false,
    })
  })

  it('folds the cities with no figure at all', () => {
    const card = buildScorecard(loadTable('official', [2019]), catalog, '2019-12', 'ytd', null)
    expect(card.rows.map((r) => r.region.code)).toEqual(
      expect.arrayContaining(['guangzhou', 'shenzhen']),
    )
    expect(card.rows.length + card.missing.length).toBe(21)
    expect(card.rows.every((r) => card.columns.some((c) => r.cells[c.stability].observation))).toBe(
      true,
    )
  })

  it('sorts by any column, cities without a figure last; a column left out sorts by region', () => {
    const card = buildScorecard(official2017, catalog, '2017-03', 'ytd', {
      column: 'growth',
      direction: 'desc',
    })
    expect(card.rows.slice(0, 2).map((r) => r.region.code)).toEqual(['zhuhai', 'shanwei'])
    const ascending = sortRows(card.rows, { column: 'growth', direction: 'asc' }, catalog)
    expect(ascending.slice(0, 2).map((r) => r.region.code)).toEqual(['shaoguan', 'yunfu'])
    const byRegion = sortRows(card.rows, { column: 'region', direction: 'desc' }, catalog)
    expect(byRegion[0]?.region.code).toBe('yunfu')
    const absent = buildScorecard(official2017, catalog, '2017-03', 'ytd', {
      column: 'investment',
      direction: 'asc',
    })
    expect(absent.rows[0]?.region.code).toBe('guangzhou')
  })
})
