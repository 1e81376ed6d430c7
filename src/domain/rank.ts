/**
 * Where a city stands, as officials read it — and no more than the data can say. 全省第N位 is
 * a claim about all 21 cities: it is made only when every city of the scope has a published
 * figure for the indicator and period, or when a source printed the rank itself (a published
 * rank is data, and is stated in preference to a computed one). With fewer cities published, a
 * position is only what it is: the N-th of the cities published.
 */
import type { Region } from '../schemas/regions.ts'
import type { Catalog } from './catalog.ts'

/** What ranking needs of the catalog: the cities, and where published ranks are kept. */
export type RankContext = Pick<Catalog, 'cities' | 'rankIndicator'>
import type { ObservationTable } from './observation-table.ts'
import type { Period } from './period.ts'

/** The province's 21 cities, or the cities of one region group (珠三角九市 …). */
export type RankScope = 'province' | 'group'

export interface Standing {
  scope: RankScope
  /** The region group's code for a group standing; null for the province. */
  group: string | null
  rank: number
  /** Shares its rank with another city: 并列第N位. */
  tied: boolean
  /** How many cities of the scope were ranked: those with a published figure. */
  of: number
  /** How many cities the scope has: when `of` is less, the position is not a rank of the scope. */
  size: number
  /** The source id of a rank printed by a source (据公布); absent for a computed one. */
  publishedIn?: string
}

/** A rank of the whole scope: every city published, or the rank printed by a source. */
export function isCompleteRank(standing: Standing): boolean {
  return standing.of === standing.size
}

export interface CityStanding {
  province?: Standing
  group?: Standing
}

/**
 * Competition ranking, highest first: ties share a rank and the next rank skips (1, 2, 2, 4).
 * Every indicator ranked here (growth, share, level, contribution) reads "higher is better".
 */
export function competitionRanks(
  values: ReadonlyMap<string, number>,
): Map<string, { rank: number; tied: boolean }> {
  const sorted = [...values.values()].sort((a, b) => b - a)
  const ranks = new Map<string, { rank: number; tied: boolean }>()
  for (const [code, value] of values) {
    const first = sorted.indexOf(value)
    ranks.set(code, { rank: first + 1, tied: sorted.lastIndexOf(value) !== first })
  }
  return ranks
}

function scopeCities(catalog: RankContext, scope: RankScope, group: string | null): Region[] {
  return scope === 'province' ? catalog.cities : catalog.cities.filter((c) => c.group === group)
}

// The ranks of a scope for a period and indicator do not depend on which city asks: computed
// once per table (a region change re-reads them for every tile and every map tile).
const cache = new WeakMap<ObservationTable, Map<string, Map<string, Standing>>>()

/** The computed standings of every published city of a scope (a partial set when `of < size`). */
export function scopeStandings(
  table: ObservationTable,
  catalog: RankContext,
  scope: RankScope,
  group: string | null,
  period: Period,
  indicator: string,
): Map<string, Standing> {
  let byKey = cache.get(table)
  if (!byKey) {
    byKey = new Map()
    cache.set(table, byKey)
  }
  const key = `${group ?? scope}|${period}|${indicator}`
  const cached = byKey.get(key)
  if (cached) return cached
  const cities = scopeCities(catalog, scope, group)
  const values = new Map<string, number>()
  for (const city of cities) {
    const observation = table.get(city.code, period, indicator)
    if (observation) values.set(city.code, observation.value)
  }
  const standings = new Map<string, Standing>()
  for (const [code, { rank, tied }] of competitionRanks(values)) {
    standings.set(code, { scope, group, rank, tied, of: values.size, size: cities.length })
  }
  byKey.set(key, standings)
  return standings
}

/** The rank a source printed for a city's figure, if one did. */
export function publishedStanding(
  table: ObservationTable,
  catalog: RankContext,
  city: Region,
  scope: RankScope,
  period: Period,
  indicator: string,
): Standing | undefined {
  const rankIndicator = catalog.rankIndicator.get(`${indicator}|${scope}`)
  const observation = rankIndicator ? table.get(city.code, period, rankIndicator) : undefined
  if (!observation) return undefined
  const group = scope === 'group' ? city.group : null
  const size = scopeCities(catalog, scope, group).length
  return {
    scope,
    group,
    rank: observation.value,
    tied: false,
    of: size,
    size,
    publishedIn: observation.source,
  }
}

/**
 * A city's standing for one indicator and period, in the province and in its region group: the
 * published rank where a source printed one, else the position among the cities published.
 */
export function cityStanding(
  table: ObservationTable,
  catalog: RankContext,
  city: Region,
  period: Period,
  indicator: string,
): CityStanding {
  if (city.type !== 'city') return {}
  const result: CityStanding = {}
  const province =
    publishedStanding(table, catalog, city, 'province', period, indicator) ??
    scopeStandings(table, catalog, 'province', null, period, indicator).get(city.code)
  if (province) result.province = province
  if (city.group) {
    const group =
      publishedStanding(table, catalog, city, 'group', period, indicator) ??
      scopeStandings(table, catalog, 'group', city.group, period, indicator).get(city.code)
    if (group) result.group = group
  }
  return result
}

/**
 * A computed rank that contradicts the rank a source printed for the same figure is a bug in
 * the data: the generator refuses it (see scripts/data-build). Returns the computed complete-scope
 * rank when it differs from the published one.
 */
export function contradictedRank(
  table: ObservationTable,
  catalog: RankContext,
  city: Region,
  scope: RankScope,
  period: Period,
  indicator: string,
): { published: number; computed: number } | undefined {
  const published = publishedStanding(table, catalog, city, scope, period, indicator)
  if (!published) return undefined
  const group = scope === 'group' ? city.group : null
  const computed = scopeStandings(table, catalog, scope, group, period, indicator).get(city.code)
  if (!computed || !isCompleteRank(computed) || computed.rank === published.rank) return undefined
  return { published: published.rank, computed: computed.rank }
}

/**
 * Places gained since an earlier standing (2: up two places), only between two ranks of the
 * same complete scope; undefined when either is partial, so that no change is ever computed
 * between two different sets of cities.
 */
export function rankChange(
  current: Standing | undefined,
  previous: Standing | undefined,
): number | undefined {
  if (!current || !previous) return undefined
  if (!isCompleteRank(current) || !isCompleteRank(previous)) return undefined
  if (current.scope !== previous.scope || current.group !== previous.group) return undefined
  return previous.rank - current.rank
}
