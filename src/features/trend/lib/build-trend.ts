import { seriesByPeriod, type ChartData, type SeriesSpec } from '../../../domain/chart-data.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import type { PanelStrings } from '../../../lib/i18n/panel-messages.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Measure, type Period } from '../../../domain/period.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriod, formatPeriodShort } from '../../../lib/format/period.ts'

/** The trend looks back three years: enough for a recovery story, never more than three files. */
export const TREND_YEARS = 3

export function trendYears(period: Period): number[] {
  const last = periodYear(period)
  return Array.from({ length: TREND_YEARS }, (_, i) => last - TREND_YEARS + 1 + i)
}

export function trendIndicator(measure: Measure): string {
  return measure === 'month' ? 'iva_above_scale_month_yoy_pct' : 'iva_above_scale_yoy_pct'
}

export type TrendResult =
  | { kind: 'empty'; reason: string }
  | {
      kind: 'ready'
      data: ChartData
      series: (SeriesSpec & { role: 'region' | 'compare' | 'province' })[]
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
  t: PanelStrings,
): TrendResult {
  const indicator = catalog.indicator.get(trendIndicator(selection.measure))!
  const periods = trendYears(selection.period)
    .flatMap(periodsOfYear)
    .filter((p) => p <= selection.period)
  const codes = [selection.region, ...selection.compare]
  if (!codes.includes('guangdong')) codes.push('guangdong')
  const series = codes.flatMap((code) => {
    const region = catalog.region.get(code)
    if (!region) return []
    const role =
      code === selection.region ? 'region' : code === 'guangdong' ? 'province' : 'compare'
    return [
      {
        key: code,
        label: regionName(region, lang, true),
        region: code,
        indicator: indicator.id,
        role,
      } as const,
    ]
  })
  const data = seriesByPeriod(table, periods, series, {
    rowHeader: t.periodColumn,
    period: (p) => formatPeriodShort(p, lang, selection.measure),
    column: (s) => s.label,
  })
  if (data.observations.length === 0) {
    const region = catalog.region.get(selection.region)
    const span = `${formatPeriod(periods[0]!, lang, selection.measure)}–${formatPeriod(selection.period, lang, selection.measure)}`
    return {
      kind: 'empty',
      reason: t.notInYear(
        region ? regionName(region, lang) : selection.region,
        span,
        indicatorName(indicator, lang),
      ),
    }
  }
  return { kind: 'ready', data, series }
}
