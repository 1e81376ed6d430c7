import type { Catalog } from './catalog.ts'
import type { ObservationTable } from './observation-table.ts'
import { periodYear, type Measure, type Period } from './period.ts'
import { cityStanding, type CityStanding } from './rank.ts'
import type { Change } from './change.ts'
import { changeSincePrevious, yearSeries } from './series.ts'
import type { Indicator } from '../schemas/indicators.ts'
import { effectiveIndicator, type KeyIndicator } from './key-indicators.ts'
import type { Observation } from '../schemas/observations.ts'
import type { Source } from '../schemas/sources.ts'

export interface Kpi {
  indicator: Indicator
  /** The measure of this tile's figure: month only where a month figure exists. */
  measure: Measure
  period: Period
  observation: Observation | undefined
  source: Source | undefined
  /** For rates: the change in 百分点 since the previous published period of the year. */
  change: (Change & { period: Period }) | undefined
  /** For a city with a figure: its place in the province and its group (see domain/rank.ts). */
  standing: CityStanding
  sparkline: { period: Period; value: number | null }[]
}

const RATE_KINDS = new Set(['growth', 'share', 'contribution'])

export function buildKpi(
  table: ObservationTable,
  catalog: Catalog,
  key: KeyIndicator,
  selection: { region: string; period: Period; measure: Measure },
): Kpi | undefined {
  const { id, measure } = effectiveIndicator(key, selection.measure)
  const indicator = catalog.indicator.get(id)
  const region = catalog.region.get(selection.region)
  if (!indicator || !region) return undefined
  const { period } = selection
  const observation = table.get(region.code, period, indicator.id)
  return {
    indicator,
    measure,
    period,
    observation,
    source: observation ? catalog.source.get(observation.source) : undefined,
    change: RATE_KINDS.has(indicator.kind)
      ? changeSincePrevious(table, region.code, period, indicator.id, indicator.kind === 'growth')
      : undefined,
    standing: observation ? cityStanding(table, catalog, region, period, indicator.id) : {},
    sparkline: yearSeries(table, region.code, periodYear(period), indicator.id),
  }
}
