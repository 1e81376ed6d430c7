import { seriesByPeriod, type ChartData } from '../../domain/chart-data.ts'
import type { Catalog } from '../../domain/catalog.ts'
import type { PanelStrings } from '../../lib/i18n/panel-messages.ts'
import { indicatorName, regionName } from '../../lib/format/names.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Period } from '../../domain/period.ts'
import { type Lang } from '../../lib/i18n/lang.ts'
import { formatPeriod, formatPeriodSpan } from '../../lib/format/period.ts'
import { unitLabel } from '../../lib/format/number.ts'

export type YearPanelResult = { kind: 'empty'; reason: string } | { kind: 'ready'; data: ChartData }

/**
 * Several indicators of one region over the periods of the selected year, up to the selected
 * period: the shape of the investment and high-tech panels. Missing periods are gaps.
 */
export function buildYearPanel(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period },
  indicators: string[],
  lang: Lang,
  t: PanelStrings,
  subject: string,
): YearPanelResult {
  const periods = periodsOfYear(periodYear(selection.period)).filter((p) => p <= selection.period)
  const series = indicators.flatMap((id) => {
    const indicator = catalog.indicator.get(id)
    return indicator
      ? [
          {
            key: id,
            label: indicatorName(indicator, lang),
            region: selection.region,
            indicator: id,
            unit: indicator.unit,
          },
        ]
      : []
  })
  const data = seriesByPeriod(table, periods, series, {
    rowHeader: t.periodColumn,
    period: (p) => formatPeriodSpan(p, lang),
    column: (s) => `${s.label}（${unitLabel(catalog.indicator.get(s.indicator)!.unit, lang)}）`,
  })
  if (data.observations.length > 0) return { kind: 'ready', data }
  const region = catalog.region.get(selection.region)
  const name = region ? regionName(region, lang) : selection.region
  return { kind: 'empty', reason: t.notInYear(name, yearSpan(selection.period, lang), subject) }
}

/** "2019年1-2月–1-6月": the span of a year panel. */
export function yearSpan(period: Period, lang: Lang): string {
  const first = periodsOfYear(periodYear(period))[0]!
  return first === period
    ? formatPeriod(period, lang)
    : `${formatPeriod(first, lang)}–${formatPeriodSpan(period, lang)}`
}
