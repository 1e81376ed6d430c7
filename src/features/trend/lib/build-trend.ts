import type { ChartMessages } from '../../../components/chart/messages.ts'
import type { Empty } from '../../../components/chart/panel-state.tsx'
import type { ChartSeries } from '../../../components/chart/chart-series.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { outlierOf, seriesByPeriod, type ChartData } from '../../../domain/chart-data.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Measure, type Period } from '../../../domain/period.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { formatPeriod, formatPeriodShort } from '../../../lib/format/period.ts'
import { withParens } from '../../../lib/format/punctuation.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ChartColors } from '../../../lib/theme.ts'

/** The trend looks back three years: enough for a recovery story, never more than three files. */
export const TREND_YEARS = 3

export function trendYears(period: Period): number[] {
  const last = periodYear(period)
  return Array.from({ length: TREND_YEARS }, (_, i) => last - TREND_YEARS + 1 + i)
}

export function trendIndicator(measure: Measure): string {
  return measure === 'month' ? 'iva_above_scale_month_yoy_pct' : 'iva_above_scale_yoy_pct'
}

export interface Trend {
  data: ChartData
  /** The lines: the region, the compared regions, the province (dashed), as they are drawn. */
  series: ChartSeries[]
  /** "2017年1-2月–2019年1-12月". */
  span: string
  /** A figure that stretches the scale, said under the chart ("广州 20年1-2月 -21.8%"). */
  outlier: string | undefined
}

/**
 * 累计增速 (or 当月增速) by period over the three-year window ending at the selected period,
 * for the region, the compared regions and the province. A period without a figure is null: a
 * gap in the line, never bridged.
 */
export function buildTrend(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; compare: string[]; period: Period; measure: Measure },
  lang: Lang,
  colors: ChartColors,
  t: ChartMessages,
): Trend | Empty {
  const indicator = catalog.indicator.get(trendIndicator(selection.measure))!
  const periods = trendYears(selection.period)
    .flatMap(periodsOfYear)
    .filter((p) => p <= selection.period)
  const span = `${formatPeriod(periods[0]!, lang, selection.measure)}–${formatPeriod(selection.period, lang, selection.measure)}`
  const codes = [selection.region, ...selection.compare]
  if (!codes.includes('guangdong')) codes.push('guangdong')
  const regions = codes.flatMap((code) => {
    const region = catalog.region.get(code)
    return region ? [region] : []
  })
  const series: ChartSeries[] = regions.map((region, i) => {
    const province = region.code === 'guangdong' && region.code !== selection.region
    return {
      key: region.code,
      label: regionName(region, lang, true),
      color: province ? colors.province : (colors.series[i] ?? colors.muted),
      type: 'line',
      dashed: province,
      unit: '%',
    }
  })
  const data = seriesByPeriod(
    table,
    periods,
    regions.map((r) => ({ key: r.code, region: r.code, indicator: indicator.id })),
    {
      rowHeader: t.periodColumn,
      period: (p) => formatPeriodShort(p, lang, selection.measure),
      header: (p) => formatPeriod(p, lang, selection.measure),
      // The unit in each column's header, as in the other panels' tables ("广东（%）").
      column: (s) => {
        const found = series.find((x) => x.key === s.key)!
        return withParens(found.label, found.unit, lang)
      },
    },
  )
  if (data.observations.length === 0) {
    const region = catalog.region.get(selection.region)
    return {
      empty: t.notInYear(
        region ? regionName(region, lang) : selection.region,
        span,
        indicatorName(indicator, lang),
      ),
    }
  }
  const far = outlierOf(data.observations)
  const outlier = far
    ? `${series.find((x) => x.key === far.region)!.label} ${formatPeriodShort(far.period, lang, selection.measure)} ${formatValue(far.value, far.decimals, 'pct', lang).text}`
    : undefined
  return { data, series, span, outlier }
}
