import type { CityStanding } from '../../../domain/rank.ts'
import { standingSources } from '../../../lib/format/rank.ts'
import type { RankingRow } from './build-ranking.ts'

/** What is said of a city's place: a rank a source printed, else the computed one. */
export function rowStanding(row: RankingRow): CityStanding {
  const standing: CityStanding = { province: row.published.province ?? row.position }
  const group = row.published.group ?? row.group
  if (group) standing.group = group
  return standing
}

/** The sources of the ranks printed for the rows, besides those of their figures. */
export function standingSourcesOf(rows: RankingRow[]): string[] {
  return rows.flatMap((row) => standingSources(row.published))
}
