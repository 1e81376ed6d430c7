import type { Observation } from '../schemas/observations.ts'
import { describeChange, type Change } from './change.ts'
import type { ObservationTable } from './observation-table.ts'
import { periodYear, periodsOfYear, type Period } from './period.ts'

/**
 * The latest published figure before `period` within the same year: the comparison officials
 * make ("比1-11月提高0.3个百分点"). Periods of another year are never compared: they restart
 * from January.
 */
export function previousPublished(
  table: ObservationTable,
  region: string,
  period: Period,
  indicator: string,
): { period: Period; observation: Observation } | undefined {
  const earlier = periodsOfYear(periodYear(period)).filter((p) => p < period)
  for (const candidate of earlier.reverse()) {
    const observation = table.get(region, candidate, indicator)
    if (observation) return { period: candidate, observation }
  }
  return undefined
}

/**
 * The change in 百分点 against the previous published period of the year, if there is one,
 * worded as the bureau words it (`growth`: the rate is a growth rate, so 降幅收窄 and 由降转增
 * apply).
 */
export function changeSincePrevious(
  table: ObservationTable,
  region: string,
  period: Period,
  indicator: string,
  growth: boolean,
): (Change & { period: Period }) | undefined {
  const current = table.get(region, period, indicator)
  const previous = previousPublished(table, region, period, indicator)
  if (!current || !previous) return undefined
  return { period: previous.period, ...describeChange(current, previous.observation, growth) }
}

/** One indicator over the periods of a year: null where nothing was published (a gap). */
export function yearSeries(
  table: ObservationTable,
  region: string,
  year: number,
  indicator: string,
): { period: Period; value: number | null }[] {
  return periodsOfYear(year).map((period) => ({
    period,
    value: table.get(region, period, indicator)?.value ?? null,
  }))
}
