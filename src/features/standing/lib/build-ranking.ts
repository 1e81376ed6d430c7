import type { Catalog } from '../../../domain/catalog.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Period } from '../../../domain/period.ts'
import { competitionRanks } from '../../../domain/rank.ts'
import type { Indicator } from '../../../schemas/indicators.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { Region } from '../../../schemas/regions.ts'

export interface RankingRow {
  region: Region
  observation: Observation | undefined
  /** Among the cities published for the period; none for a city without a figure. */
  rank: number | undefined
  /** Among the published cities of its region group. */
  groupRank: number | undefined
  /**
   * Places gained since the previous published period (2: ↑2, -1: ↓1, 0: –); null when the
   * city was not ranked then; undefined when there is no previous period to compare with.
   */
  change: number | null | undefined
}

export interface Ranking {
  indicator: Indicator
  period: Period
  /** Published cities best first (ties in the regions' order), then the missing ones. */
  rows: RankingRow[]
  province: Observation | undefined
  published: number
  previousPeriod: Period | undefined
}

function cityValues(table: ObservationTable, cities: Region[], period: Period, indicator: string) {
  const values = new Map<string, number>()
  for (const city of cities) {
    const o = table.get(city.code, period, indicator)
    if (o) values.set(city.code, o.value)
  }
  return values
}

/**
 * All 21 cities for one indicator and period, as officials read a ranking: rank in the
 * province and in the group, and the change since the previous published period of the year.
 * Ties share a rank; a city without a figure is listed last and never ranked.
 */
export function buildRanking(
  table: ObservationTable,
  catalog: Catalog,
  indicator: Indicator,
  period: Period,
): Ranking {
  const { cities } = catalog
  const values = cityValues(table, cities, period, indicator.id)
  const ranks = competitionRanks(values)
  const groupRanks = new Map<string, number>()
  for (const group of catalog.groups) {
    const members = cities.filter((c) => c.group === group.code && values.has(c.code))
    const inGroup = competitionRanks(new Map(members.map((c) => [c.code, values.get(c.code)!])))
    for (const [code, rank] of inGroup) groupRanks.set(code, rank.rank)
  }

  const previousPeriod = periodsOfYear(periodYear(period))
    .filter((p) => p < period)
    .reverse()
    .find((p) => cityValues(table, cities, p, indicator.id).size > 0)
  const previousRanks = previousPeriod
    ? competitionRanks(cityValues(table, cities, previousPeriod, indicator.id))
    : undefined

  const order = new Map(cities.map((c, i) => [c.code, i]))
  const rows = cities
    .map((region): RankingRow => {
      const rank = ranks.get(region.code)?.rank
      const before = previousRanks?.get(region.code)?.rank
      return {
        region,
        observation: table.get(region.code, period, indicator.id),
        rank,
        groupRank: groupRanks.get(region.code),
        change:
          previousRanks === undefined || rank === undefined
            ? undefined
            : before === undefined
              ? null
              : before - rank,
      }
    })
    .sort((a, b) => {
      if (a.rank !== undefined && b.rank !== undefined) {
        return a.rank - b.rank || order.get(a.region.code)! - order.get(b.region.code)!
      }
      if (a.rank !== undefined) return -1
      if (b.rank !== undefined) return 1
      return order.get(a.region.code)! - order.get(b.region.code)!
    })

  return {
    indicator,
    period,
    rows,
    province: table.get('guangdong', period, indicator.id),
    published: values.size,
    previousPeriod,
  }
}
