import type { Region } from '../schemas/regions.ts'
import type { ObservationTable } from './observation-table.ts'
import type { Period } from './period.ts'

export interface Rank {
  rank: number
  of: number
}

/**
 * Competition ranking, highest first: ties share a rank and the next rank skips (1, 2, 2, 4).
 * Every indicator ranked here (growth, share, level, contribution) reads "higher is better".
 */
export function competitionRanks(values: ReadonlyMap<string, number>): Map<string, Rank> {
  const sorted = [...values.values()].sort((a, b) => b - a)
  const ranks = new Map<string, Rank>()
  for (const [code, value] of values) {
    ranks.set(code, { rank: sorted.indexOf(value) + 1, of: values.size })
  }
  return ranks
}

export interface CityRank {
  /** Among the 21 cities; only when all 21 are published for the period. */
  province?: Rank
  /** Within the city's region group; only when every city of the group is published. */
  group?: Rank & { code: string }
}

function valuesOf(table: ObservationTable, cities: Region[], period: Period, indicator: string) {
  const values = new Map<string, number>()
  for (const city of cities) {
    const observation = table.get(city.code, period, indicator)
    if (observation) values.set(city.code, observation.value)
  }
  return values
}

// The ranks of all cities of a scope for a period and indicator do not depend on which city asks:
// computed once per table (a region change re-reads them for every tile).
const cache = new WeakMap<ObservationTable, Map<string, Map<string, Rank> | null>>()

/** Ranks within `cities`, or null when not every one of them is published. */
function ranksAmong(
  table: ObservationTable,
  scope: string,
  cities: Region[],
  period: Period,
  indicator: string,
): Map<string, Rank> | null {
  let ranks = cache.get(table)
  if (!ranks) {
    ranks = new Map()
    cache.set(table, ranks)
  }
  const key = `${scope}:${cities.length}:${period}:${indicator}`
  let result = ranks.get(key)
  if (result === undefined) {
    const values = valuesOf(table, cities, period, indicator)
    result = values.size === cities.length ? competitionRanks(values) : null
    ranks.set(key, result)
  }
  return result
}

/** Where a city stands for one indicator and period, as officials read it (全省第N位、珠三角第M位). */
export function rankCity(
  table: ObservationTable,
  cities: Region[],
  city: Region,
  period: Period,
  indicator: string,
): CityRank {
  if (city.type !== 'city') return {}
  const result: CityRank = {}
  const province = ranksAmong(table, 'province', cities, period, indicator)?.get(city.code)
  if (province) result.province = province
  if (city.group) {
    const members = cities.filter((c) => c.group === city.group)
    const groupRank = ranksAmong(table, city.group, members, period, indicator)?.get(city.code)
    if (groupRank) result.group = { ...groupRank, code: city.group }
  }
  return result
}
