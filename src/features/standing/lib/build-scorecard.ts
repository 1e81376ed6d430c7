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
 * The scorecard's band, in 百分点 against the province's own figure for the same indicator and
 * period: more than this above is "above", more than this below is "below", anything within
 * (inclusive) is "within the band" — and only a difference of zero at the published precision
 * is "level with the province" (与全省持平). Without a provincial figure there is no status.
 */
export const SCORECARD_THRESHOLD_POINTS = 1

export type Status = 'above' | 'near' | 'equal' | 'below'

export interface Comparison {
  status: Status
  /** The figure minus the province's, in 百分点, exact to the published decimals. */
  gap: { value: number; decimals: number }
}

export function compareWithProvince(
  value: Observation,
  province: Observation | undefined,
): Comparison | undefined {
  if (!province) return undefined
  const gap = changeInPoints(value, province)
  const status: Status =
    gap.value > SCORECARD_THRESHOLD_POINTS
      ? 'above'
      : gap.value < -SCORECARD_THRESHOLD_POINTS
        ? 'below'
        : gap.value === 0
          ? 'equal'
          : 'near'
  return { status, gap }
}

export type ScorecardColumn = Exclude<Stability, 'context'>

export interface ScorecardCell {
  observation: Observation | undefined
  comparison: Comparison | undefined
}

export interface ScorecardRow {
  region: Region
  cells: Record<ScorecardColumn, ScorecardCell>
}

export interface Scorecard {
  /** The headline indicators some city has a figure for; the others are left out. */
  columns: { stability: ScorecardColumn; indicator: Indicator; measure: Measure }[]
  province: Record<ScorecardColumn, Observation | undefined>
  /** The cities with at least one figure. */
  rows: ScorecardRow[]
  /** The cities with none, folded into one line. */
  missing: Region[]
}

export function buildScorecard(
  table: ObservationTable,
  catalog: Catalog,
  period: Period,
  measure: Measure,
  sort: Sort | null,
  /** Only this region group's cities (a slide of the deck's, a page of the 计分卡); the columns stay the province's. */
  group?: string,
): Scorecard {
  const columns = STABILITY_HEADLINES.flatMap(({ stability, indicator }) => {
    const effective = effectiveIndicator(indicator, measure)
    const found = catalog.indicator.get(effective.id)
    const any = catalog.cities.some((c) => table.get(c.code, period, effective.id))
    return found && any ? [{ stability, indicator: found, measure: effective.measure }] : []
  })
  const province = Object.fromEntries(
    columns.map((c) => [c.stability, table.get('guangdong', period, c.indicator.id)]),
  ) as Record<ScorecardColumn, Observation | undefined>
  const cities = group ? catalog.cities.filter((c) => c.group === group) : catalog.cities
  const rows = cities.map((region) => ({
    region,
    cells: Object.fromEntries(
      columns.map((c) => {
        const observation = table.get(region.code, period, c.indicator.id)
        return [
          c.stability,
          {
            observation,
            comparison: observation
              ? compareWithProvince(observation, province[c.stability])
              : undefined,
          },
        ]
      }),
    ) as Record<ScorecardColumn, ScorecardCell>,
  }))
  const published = (row: ScorecardRow) => columns.some((c) => row.cells[c.stability].observation)
  return {
    columns,
    province,
    // A sort by a column left out (nothing published for it) is the regions' own order.
    rows: sortRows(
      rows.filter(published),
      sort && (sort.column === 'region' || columns.some((c) => c.stability === sort.column))
        ? sort
        : null,
      catalog,
    ),
    missing: rows.filter((row) => !published(row)).map((row) => row.region),
  }
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
