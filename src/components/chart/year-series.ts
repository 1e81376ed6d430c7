import { withParens } from '../../lib/format/punctuation.ts'
import type { Catalog } from '../../domain/catalog.ts'
import { outlierOf, seriesByPeriod, type ChartData } from '../../domain/chart-data.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Period } from '../../domain/period.ts'
import { indicatorName, regionName } from '../../lib/format/names.ts'
import { figureIn, formatValue, unitLabel } from '../../lib/format/number.ts'
import { formatPeriod, formatPeriodSpan } from '../../lib/format/period.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import type { ChartMessages } from './messages.ts'
import type { Empty } from './panel-state.tsx'
import type { ChartSeries } from './chart-series.ts'

/** One indicator of a year chart: drawn as a line or bars, on the left or the right axis. */
export interface YearSeriesSpec {
  id: string
  type: 'line' | 'bar'
  axis: 'left' | 'right'
  dashed?: boolean
}

export interface YearChart {
  data: ChartData
  series: ChartSeries[]
  leftUnit: string
  rightUnit: string | undefined
  /** A rate that stretches the scale, said under the chart ("技改投资累计增速 1-2月 109.1%"). */
  outlier: string | undefined
}

/**
 * Several indicators of one region over the periods of the selected year, up to the selected
 * period: the investment and high-tech charts of the panels, the slides and the brief. Only the
 * indicators with a published figure are drawn, in the table and the legend too; each keeps its
 * colour whatever else is missing, and a right axis whose left one would be empty takes its place.
 */
export function buildYearChart(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period },
  specs: readonly YearSeriesSpec[],
  lang: Lang,
  colors: ChartColors,
  t: ChartMessages,
  subject: string,
): YearChart | Empty {
  const periods = periodsOfYear(periodYear(selection.period)).filter((p) => p <= selection.period)
  const published = specs.flatMap((spec, index) => {
    const indicator = catalog.indicator.get(spec.id)
    const any = periods.some((p) => table.get(selection.region, p, spec.id))
    return indicator && any ? [{ spec, index, indicator }] : []
  })
  if (published.length === 0) {
    const region = catalog.region.get(selection.region)
    const name = region ? regionName(region, lang) : selection.region
    return { empty: t.notInYear(name, yearSpan(selection.period, lang), subject) }
  }
  const leftEmpty = published.every(({ spec }) => spec.axis === 'right')
  const series: ChartSeries[] = published.map(({ spec, index, indicator }) => ({
    key: spec.id,
    label: indicatorName(indicator, lang),
    color: colors.series[index] ?? colors.muted,
    type: spec.type,
    axis: leftEmpty ? 'left' : spec.axis,
    dashed: spec.dashed ?? false,
    unit: unitLabel(indicator.unit, lang),
  }))
  const unitOn = (axis: 'left' | 'right') => series.find((s) => s.axis === axis)?.unit
  const data = seriesByPeriod(
    table,
    periods,
    published.map(({ spec }) => ({ key: spec.id, region: selection.region, indicator: spec.id })),
    {
      rowHeader: t.periodColumn,
      period: (p) => formatPeriodSpan(p, lang),
      header: (p) => formatPeriod(p, lang),
      column: (s) => {
        const found = series.find((x) => x.key === s.key)!
        return withParens(found.label, found.unit, lang)
      },
    },
    (s, o) => figureIn(o, catalog.indicator.get(s.indicator)!.unit, lang),
  )
  const far = outlierOf(
    data.observations.filter((o) => catalog.indicator.get(o.indicator)?.unit === 'pct'),
  )
  const outlier = far
    ? `${series.find((x) => x.key === far.indicator)!.label} ${formatPeriodSpan(far.period, lang)} ${formatValue(far.value, far.decimals, 'pct', lang).text}`
    : undefined
  return { data, series, leftUnit: unitOn('left') ?? '', rightUnit: unitOn('right'), outlier }
}

/** "2019年1-2月–1-6月": the span of a year chart. */
export function yearSpan(period: Period, lang: Lang): string {
  const first = periodsOfYear(periodYear(period))[0]!
  return first === period
    ? formatPeriod(period, lang)
    : `${formatPeriod(first, lang)}–${formatPeriodSpan(period, lang)}`
}
