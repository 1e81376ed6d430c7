import type { Region } from '../schemas/regions.ts'
import type { ObservationTable } from './observations.ts'
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
  const all = valuesOf(table, cities, period, indicator)
  if (all.size === cities.length) result.province = competitionRanks(all).get(city.code)
  const members = cities.filter((c) => c.group === city.group)
  const inGroup = valuesOf(table, members, period, indicator)
  const groupRank =
    inGroup.size === members.length ? competitionRanks(inGroup).get(city.code) : undefined
  if (groupRank && city.group) result.group = { ...groupRank, code: city.group }
  return result
}
