import { ALL_KEY_INDICATORS } from './key-indicators.ts'
import type { Period } from './period.ts'

/** The figure a view is chosen by: 规模以上工业增加值累计增速, the headline of 稳增长. */
export const HEADLINE_INDICATOR = 'iva_above_scale_yoy_pct'

export const KEY_IDS: ReadonlySet<string> = new Set(
  ALL_KEY_INDICATORS.flatMap((k) => (k.month ? [k.ytd, k.month] : [k.ytd])),
)

/**
 * The default period of each region, the rule every view follows (dashboard, brief,
 * presentation): the latest period in which the region has its headline figure; for a region
 * that never has it, the latest period with any of the key figures (the tiles'); nothing for a
 * region with none (the view then opens on the dataset's latest period). Computed by the
 * generator into the manifest, so the first view knows its period before loading any figure.
 */
export function defaultPeriods(
  observations: readonly { region: string; period: Period; indicator: string }[],
): Record<string, Period> {
  return defaultPeriodsOf(latestKeyPeriods(observations))
}

/** The default periods from the latest period of each key figure (a vintage's, say). */
export function defaultPeriodsOf(
  latest: Record<string, Record<string, Period>>,
): Record<string, Period> {
  return Object.fromEntries(
    Object.entries(latest).map(([region, periods]) => [
      region,
      periods[HEADLINE_INDICATOR] ?? Object.values(periods).reduce((a, b) => (b > a ? b : a)),
    ]),
  )
}

/**
 * The latest period of each key figure of each region: where a view that lacks a figure sends
 * the reader to find it (region → indicator → period).
 */
export function latestKeyPeriods(
  observations: readonly { region: string; period: Period; indicator: string }[],
): Record<string, Record<string, Period>> {
  const latest: Record<string, Record<string, Period>> = {}
  for (const { region, period, indicator } of observations) {
    if (!KEY_IDS.has(indicator)) continue
    const byIndicator = (latest[region] ??= {})
    const current = byIndicator[indicator]
    if (current === undefined || period > current) byIndicator[indicator] = period
  }
  return latest
}
