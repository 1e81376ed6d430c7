import type { Catalog } from '../../../domain/catalog.ts'
import type { Sort } from '../../../lib/url/filters.ts'
import { changeInPoints } from '../../../domain/change.ts'
import { effectiveIndicator, STABILITY_HEADLINES } from '../../../domain/key-indicators.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Measure, Period } from '../../../domain/period.ts'
import type { Indicator, Stability } from '../../../schemas/indicators.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { Region } from '../../../schemas/regions.ts'

/**
 * The scorecard's thresholds, in 百分点 against the province's own figure for the same
 * indicator and period: more than this above is "above", more than this below is "below",
 * anything within (inclusive) is "in line". Without a provincial figure there is no status.
 */
export const SCORECARD_THRESHOLD_POINTS = 1

export type Status = 'above' | 'within' | 'below'

export function statusAgainst(
  value: Observation,
  province: Observation | undefined,
): Status | undefined {
  if (!province) return undefined
  const difference = changeInPoints(value, province).value
  if (difference > SCORECARD_THRESHOLD_POINTS) return 'above'
  if (difference < -SCORECARD_THRESHOLD_POINTS) return 'below'
  return 'within'
}

export type ScorecardColumn = Exclude<Stability, 'context'>

export interface ScorecardCell {
  observation: Observation | undefined
  status: Status | undefined
}

export interface ScorecardRow {
  region: Region
  cells: Record<ScorecardColumn, ScorecardCell>
}

export interface Scorecard {
  columns: { stability: ScorecardColumn; indicator: Indicator; measure: Measure }[]
  province: Record<ScorecardColumn, Observation | undefined>
  rows: ScorecardRow[]
}

export function buildScorecard(
  table: ObservationTable,
  catalog: Catalog,
  period: Period,
  measure: Measure,
  sort: Sort | null,
): Scorecard {
  const columns = STABILITY_HEADLINES.flatMap(({ stability, indicator }) => {
    const effective = effectiveIndicator(indicator, measure)
    const found = catalog.indicator.get(effective.id)
    return found ? [{ stability, indicator: found, measure: effective.measure }] : []
  })
  const province = Object.fromEntries(
    columns.map((c) => [c.stability, table.get('guangdong', period, c.indicator.id)]),
  ) as Record<ScorecardColumn, Observation | undefined>
  const rows = catalog.cities.map((region) => ({
    region,
    cells: Object.fromEntries(
      columns.map((c) => {
        const observation = table.get(region.code, period, c.indicator.id)
        return [
          c.stability,
          {
            observation,
            status: observation ? statusAgainst(observation, province[c.stability]) : undefined,
          },
        ]
      }),
    ) as Record<ScorecardColumn, ScorecardCell>,
  }))
  return { columns, province, rows: sortRows(rows, sort, catalog) }
}

/** Sorted by a column; cities without a figure always come last, in the regions' order. */
export function sortRows(
  rows: ScorecardRow[],
  sort: Sort | null,
  catalog: Catalog,
): ScorecardRow[] {
  const order = new Map(catalog.cities.map((c, i) => [c.code, i]))
  const byRegion = (a: ScorecardRow, b: ScorecardRow) =>
    order.get(a.region.code)! - order.get(b.region.code)!
  if (!sort) return [...rows].sort(byRegion)
  const sign = sort.direction === 'asc' ? 1 : -1
  if (sort.column === 'region') return [...rows].sort((a, b) => sign * byRegion(a, b))
  const column = sort.column
  return [...rows].sort((a, b) => {
    const x = a.cells[column].observation?.value
    const y = b.cells[column].observation?.value
    if (x === undefined || y === undefined)
      return x === y ? byRegion(a, b) : x === undefined ? 1 : -1
    return sign * (x - y) || byRegion(a, b)
  })
}
