import type { Catalog } from '../../../domain/catalog.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Period } from '../../../domain/period.ts'
import {
  isCompleteRank,
  publishedStanding,
  rankChange,
  scopeStandings,
  type CityStanding,
  type Standing,
} from '../../../domain/rank.ts'
import type { Indicator } from '../../../schemas/indicators.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { Region } from '../../../schemas/regions.ts'

export interface RankingRow {
  region: Region
  observation: Observation
  /** Among the cities published: a rank of the province only when all 21 are. */
  position: Standing
  /** Within the city's group, only when every city of the group is published. */
  group: Standing | undefined
  /** Ranks a source printed for this figure (据公布), shown beside the computed position. */
  published: CityStanding
  /** Places gained since `previousPeriod` (2: ↑2); only between two complete rankings. */
  change: number | undefined
}

export interface Ranking {
  indicator: Indicator
  period: Period
  /** The published cities, best first (ties in the regions' order). */
  rows: RankingRow[]
  /** The cities without a figure for the period, in the regions' order. */
  missing: Region[]
  province: Observation | undefined
  /** Cities ranked, of the province's total: a rank of the province only when they are equal. */
  published: number
  total: number
  /** The previous period of the year with all cities published, when this one has them all too. */
  previousPeriod: Period | undefined
}

export const isCompleteRanking = (ranking: Ranking) => ranking.published === ranking.total

/**
 * The cities for one indicator and period, as far as they are published: their order by value
 * (a rank of the province only when every city is published), their rank in the group when the
 * whole group is, the ranks sources printed, and the change of rank since the previous period
 * of the year in which every city was published too. Ties share a rank.
 */
export function buildRanking(
  table: ObservationTable,
  catalog: Catalog,
  indicator: Indicator,
  period: Period,
): Ranking {
  const { cities } = catalog
  const positions = scopeStandings(table, catalog, 'province', null, period, indicator.id)
  const complete = positions.size === cities.length
  const previousPeriod = complete
    ? periodsOfYear(periodYear(period))
        .filter((p) => p < period)
        .reverse()
        .find(
          (p) =>
            scopeStandings(table, catalog, 'province', null, p, indicator.id).size ===
            cities.length,
        )
    : undefined
  const before = previousPeriod
    ? scopeStandings(table, catalog, 'province', null, previousPeriod, indicator.id)
    : undefined

  const order = new Map(cities.map((c, i) => [c.code, i]))
  const rows = cities
    .flatMap((region): RankingRow[] => {
      const observation = table.get(region.code, period, indicator.id)
      const position = positions.get(region.code)
      if (!observation || !position) return []
      const group = region.group
        ? scopeStandings(table, catalog, 'group', region.group, period, indicator.id).get(
            region.code,
          )
        : undefined
      const published: CityStanding = {}
      const province = publishedStanding(table, catalog, region, 'province', period, indicator.id)
      const inGroup = publishedStanding(table, catalog, region, 'group', period, indicator.id)
      if (province) published.province = province
      if (inGroup) published.group = inGroup
      return [
        {
          region,
          observation,
          position,
          group: group && isCompleteRank(group) ? group : undefined,
          published,
          change: rankChange(position, before?.get(region.code)),
        },
      ]
    })
    .sort(
      (a, b) =>
        a.position.rank - b.position.rank || order.get(a.region.code)! - order.get(b.region.code)!,
    )

  return {
    indicator,
    period,
    rows,
    missing: cities.filter((c) => !positions.has(c.code)),
    province: table.get('guangdong', period, indicator.id),
    published: positions.size,
    total: cities.length,
    previousPeriod,
  }
}
