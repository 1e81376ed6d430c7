import type { ChartData } from '../../domain/chart-data.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import type { PanelContent } from './chart-panel.tsx'
import { LazySeriesChart } from './lazy-chart.tsx'
import type { ChartSeries } from './chart-series.ts'
import type { PanelStrings } from './use-panel-context.ts'

/**
 * What a panel of series over periods shows once its data is here (the trend, the year's
 * indicators): the chart, the table behind it, its legend, and a note for a figure that
 * stretches the scale.
 */
export function seriesContent(
  chart: {
    data: ChartData
    series: ChartSeries[]
    outlier: string | undefined
    /** What a compared region did not publish, said under the chart. */
    unpublished?: string[] | undefined
  },
  units: { leftUnit: string; rightUnit?: string | undefined },
  { colors, lang, t, height }: { colors: ChartColors; lang: Lang; t: PanelStrings; height: number },
): PanelContent {
  return {
    table: chart.data.table,
    points: chart.data.observations.length,
    note:
      [...(chart.outlier ? [t.outlier(chart.outlier)] : []), ...(chart.unpublished ?? [])].join(
        ' ',
      ) || undefined,
    legend: chart.series,
    chart: (
      <LazySeriesChart
        rows={chart.data.rows}
        series={chart.series}
        colors={colors}
        lang={lang}
        height={height}
        leftUnit={units.leftUnit}
        {...(units.rightUnit ? { rightUnit: units.rightUnit } : {})}
        missing={t.missing}
      />
    ),
  }
}
