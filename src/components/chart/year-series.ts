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
  /** With compared regions: what a region published none of in the year ("深圳未公布：工业投资"). */
  unpublished?: string[]
}

/**
 * Several indicators of one region over the periods of the selected year, up to the selected
 * period: the investment and high-tech charts of the panels, the slides and the brief. Only the
 * indicators with a published figure are drawn, in the table and the legend too; each keeps its
 * colour whatever else is missing, and a right axis whose left one would be empty takes its place.
 *
 * With compared regions (#29: compare means compare) each indicator is drawn for the region and
 * each compared region, named "广州 · 工业投资累计增速": a region keeps its colour in every panel
 * (the trend's: the region first, then the compared ones), and the indicators are told apart by
 * the bar's shade and the line's dashes. A region's indicator with no figure in the year is left
 * out and said in the note (深圳未公布：工业投资); a period it did not publish is a gap and "—".
 */
export function buildYearChart(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period; compare?: readonly string[] },
  specs: readonly YearSeriesSpec[],
  lang: Lang,
  colors: ChartColors,
  t: ChartMessages,
  subject: string,
): YearChart | Empty {
  const periods = periodsOfYear(periodYear(selection.period)).filter((p) => p <= selection.period)
  const compared = (selection.compare ?? []).flatMap((code) => {
    const region = catalog.region.get(code)
    return region && code !== selection.region ? [region] : []
  })
  const regions = [selection.region, ...compared.map((r) => r.code)]
  const hasAny = (region: string, id: string) => periods.some((p) => table.get(region, p, id))
  const published = specs.flatMap((spec, index) => {
    const indicator = catalog.indicator.get(spec.id)
    const any = regions.some((region) => hasAny(region, spec.id))
    return indicator && any ? [{ spec, index, indicator }] : []
  })
  if (published.length === 0) {
    const region = catalog.region.get(selection.region)
    const name = region ? regionName(region, lang) : selection.region
    return { empty: t.notInYear(name, yearSpan(selection.period, lang), subject) }
  }
  const leftEmpty = published.every(({ spec }) => spec.axis === 'right')
  const lines = specs.filter((s) => s.type === 'line' && !s.dashed)
  const bars = specs.filter((s) => s.type === 'bar')
  const regionLabel = (code: string) => {
    const region = catalog.region.get(code)
    return region ? regionName(region, lang, true) : code
  }
  const plotted = regions.flatMap((region, r) =>
    published
      .filter(({ spec }) => compared.length === 0 || hasAny(region, spec.id))
      .map((p) => ({ ...p, region, r })),
  )
  const series: ChartSeries[] = plotted.map(({ spec, index, indicator, region, r }) => {
    const name = indicatorName(indicator, lang)
    const common = {
      type: spec.type,
      axis: leftEmpty ? ('left' as const) : spec.axis,
      dashed: spec.dashed ?? false,
      unit: unitLabel(indicator.unit, lang),
    }
    if (compared.length === 0)
      return { ...common, key: spec.id, label: name, color: colors.series[index] ?? colors.muted }
    const color = colors.series[r] ?? colors.muted
    return {
      ...common,
      key: seriesKey(spec.id, region, selection.region),
      label: `${regionLabel(region)} · ${name}`,
      // The second amount of a panel in a lighter shade of its region's colour, the second
      // rate dotted (the share keeps its dashes).
      color: spec.type === 'bar' && bars.indexOf(spec) > 0 ? mix(color, colors.background) : color,
      dotted: spec.type === 'line' && lines.indexOf(spec) > 0,
    }
  })
  const unitOn = (axis: 'left' | 'right') => series.find((s) => s.axis === axis)?.unit
  const data = seriesByPeriod(
    table,
    periods,
    plotted.map(({ spec, region }) => ({
      key: seriesKey(spec.id, region, selection.region),
      region,
      indicator: spec.id,
    })),
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
  const farLabel =
    far &&
    series.find((x) => x.key === seriesKey(far.indicator, far.region, selection.region))?.label
  const outlier =
    far && farLabel
      ? `${farLabel} ${formatPeriodSpan(far.period, lang)} ${formatValue(far.value, far.decimals, 'pct', lang).text}`
      : undefined
  // What a compared region did not publish in the year, of what the others did.
  const unpublished = compared.length
    ? regions.flatMap((region) => {
        const none = published.filter(({ spec }) => !hasAny(region, spec.id))
        return none.length
          ? [
              t.comparedNone(
                regionLabel(region),
                none.map(({ indicator }) => indicatorName(indicator, lang)),
              ),
            ]
          : []
      })
    : []
  return {
    data,
    series,
    leftUnit: unitOn('left') ?? '',
    rightUnit: unitOn('right'),
    outlier,
    ...(unpublished.length ? { unpublished } : {}),
  }
}

/** A series' key: the indicator for the region itself (as without compare), else with the region. */
function seriesKey(indicator: string, region: string, selected: string): string {
  return region === selected ? indicator : `${indicator}@${region}`
}

/** A colour halfway to the background: "#1d4ed8" on white → "#8ea7ec". */
function mix(color: string, background: string): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const [a, b] = [rgb(color), rgb(background)]
  return `#${a
    .map((v, i) =>
      Math.round((v + b[i]!) / 2)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** "2019年1-2月–1-6月": the span of a year chart. */
export function yearSpan(period: Period, lang: Lang): string {
  const first = periodsOfYear(periodYear(period))[0]!
  return first === period
    ? formatPeriod(period, lang)
    : `${formatPeriod(first, lang)}–${formatPeriodSpan(period, lang)}`
}
