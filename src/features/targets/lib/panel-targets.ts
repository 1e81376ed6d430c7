import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, type Period } from '../../../domain/period.ts'
import { groupTargets } from '../../../domain/targets.ts'
import type { Target } from '../../../schemas/targets.ts'
import { regionTargets, type RegionTarget } from './region-targets.ts'

/** The targets panel's rows: the region's, the compared regions', then the other regions'. */
export interface PanelTargets {
  own: RegionTarget[]
  /** Every target of each compared region, in the order of `compare` (#29: compare means compare). */
  compared: RegionTarget[]
  /** The other regions' targets of the indicators the region (or a compared one) has. */
  others: RegionTarget[]
}

/**
 * What the targets panel reads: the region's targets for the year of the period, each compared
 * region's, and beside them the same indicators' targets of every other region. Empty (null)
 * when neither the region nor a compared one has a target for the year.
 */
export function panelTargets(
  targets: readonly Target[],
  table: ObservationTable,
  region: string,
  compare: readonly string[],
  period: Period,
): PanelTargets | null {
  const own = regionTargets(targets, table, region, period)
  const codes = compare.filter((code) => code !== region)
  const compared = codes.flatMap((code) => regionTargets(targets, table, code, period))
  if (own.length === 0 && compared.length === 0) return null
  const shown = new Set([region, ...codes])
  const indicators = new Set([...own, ...compared].map((r) => r.indicator))
  const others = groupTargets(targets, { year: periodYear(period) })
    .filter((g) => !shown.has(g.region) && indicators.has(g.indicator))
    .flatMap((g) => regionTargets(targets, table, g.region, period, g.indicator))
  return { own, compared, others }
}
