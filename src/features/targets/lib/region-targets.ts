import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, type Period } from '../../../domain/period.ts'
import { groupTargets, readTarget, type TargetReading } from '../../../domain/targets.ts'
import type { Target } from '../../../schemas/targets.ts'

/** One target of a region and year, read as of a period, with every document that states it. */
export interface RegionTarget {
  region: string
  indicator: string
  reading: TargetReading
  /** The first row of the group is the target (a 政府工作报告); the others corroborate it. */
  sources: string[]
}

/**
 * The targets of a region for the year of `period` (of one indicator only, if given), each read
 * against the published figures up to that period (domain/targets.ts): what the tiles, the
 * panel, the briefing and the slide show. Empty when the region has none.
 */
export function regionTargets(
  targets: readonly Target[],
  table: ObservationTable,
  region: string,
  period: Period,
  indicator?: string,
): RegionTarget[] {
  return groupTargets(targets, { region, year: periodYear(period), indicator }).map((group) => ({
    region: group.region,
    indicator: group.indicator,
    reading: readTarget(group.targets[0]!, table, period),
    sources: [...new Set(group.targets.map((t) => t.source))],
  }))
}
