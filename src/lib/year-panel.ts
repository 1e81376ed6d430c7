import { seriesByPeriod, type ChartData } from './chart-data.ts'
import type { Catalog } from './catalog.ts'
import type { PanelStrings } from './i18n-panels.ts'
import { indicatorName, regionName } from './names.ts'
import type { ObservationTable } from './observations.ts'
import {
  formatPeriod,
  formatPeriodSpan,
  periodYear,
  periodsOfYear,
  type Lang,
  type Period,
} from './period.ts'
import { unitLabel } from './format.ts'

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
