/**
 * What a release brought, as the department reads it: per period, where the new figures are
 * (全省及3市) and how many; how many were revised, each from its old value to its new one; and
 * the ranks a revision moved, only where both rankings are complete or printed.
 */
import type { Catalog } from '../../../domain/catalog.ts'
import { ObservationTable } from '../../../domain/observation-table.ts'
import { compareIso, type Period } from '../../../domain/period.ts'
import { cityStanding, isCompleteRank } from '../../../domain/rank.ts'
import {
  changesOf,
  vintageFile,
  type ReleaseChanges,
  type Releases,
} from '../../../domain/vintage.ts'
import type { ObservationsFile } from '../../../schemas/observations.ts'

export interface AddedGroup {
  period: Period
  province: boolean
  cities: number
  figures: number
}

export interface RankMove {
  city: string
  indicator: string
  period: Period
  from: number
  to: number
}

export interface ReleaseNews {
  /** The day's releases: a bureau publishes several tables on one day. */
  day: string
  /** The tables or documents the day's releases brought in. */
  tables: string[]
  added: ReleaseChanges['added']
  revised: ReleaseChanges['revised']
  groups: AddedGroup[]
  moves: RankMove[]
}

/** What the releases of one day brought, together. */
export function releaseNews(
  files: readonly ObservationsFile[],
  releases: Releases,
  day: string,
  catalog: Catalog,
): ReleaseNews {
  const all = releases.list
    .filter((r) => r.date === day)
    .flatMap((r) => {
      const found = changesOf(files, releases, r.id)
      return found ? [found] : []
    })
  const changes = {
    added: all.flatMap((c) => c.added),
    revised: all.flatMap((c) => c.revised),
  }
  const byPeriod = new Map<Period, AddedGroup>()
  const cities = new Map<Period, Set<string>>()
  for (const o of changes.added) {
    const group = byPeriod.get(o.period) ?? {
      period: o.period,
      province: false,
      cities: 0,
      figures: 0,
    }
    const type = catalog.region.get(o.region)?.type
    if (type === 'province') group.province = true
    if (type === 'city') cities.set(o.period, (cities.get(o.period) ?? new Set()).add(o.region))
    group.figures += 1
    byPeriod.set(o.period, group)
  }
  const groups = [...byPeriod.values()]
    .map((g) => ({ ...g, cities: cities.get(g.period)?.size ?? 0 }))
    .sort((a, b) => compareIso(a.period, b.period))
  const moves = all.flatMap((c) => rankMoves(files, releases, c, catalog))
  const tables = releases.list.filter((r) => r.date === day).map((r) => r.table)
  return { day, tables, ...changes, groups, moves }
}

function rankMoves(
  files: readonly ObservationsFile[],
  releases: Releases,
  changes: ReleaseChanges,
  catalog: Catalog,
): RankMove[] {
  const at = releases.order.get(changes.release.id)!
  const tableThrough = (through: number) =>
    new ObservationTable(files.map((f) => vintageFile(f, releases, through)))
  const [before, after] = [tableThrough(at - 1), tableThrough(at)]
  const revised = new Set(changes.revised.map((r) => `${r.figure.period}|${r.figure.indicator}`))
  return [...revised].flatMap((key) => {
    const [period, indicator] = key.split('|') as [Period, string]
    return catalog.cities.flatMap((city) => {
      const from = cityStanding(before, catalog, city, period, indicator).province
      const to = cityStanding(after, catalog, city, period, indicator).province
      if (!from || !to || !isCompleteRank(from) || !isCompleteRank(to) || from.rank === to.rank)
        return []
      return [{ city: city.code, indicator, period, from: from.rank, to: to.rank }]
    })
  })
}
