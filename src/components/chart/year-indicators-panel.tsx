import { periodYear } from '../../domain/period.ts'
import { unitList } from '../../lib/format/punctuation.ts'
import { sourcesOf } from '../../domain/chart-data.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { ChartPanel } from './chart-panel.tsx'
import { mapStatus, panelStatus } from './panel-state.tsx'
import { seriesContent } from './series-content.tsx'
import { usePanelContext } from './use-panel-context.ts'
import { buildYearChart, yearSpan, type YearSeriesSpec } from './year-series.ts'

const HEIGHT = 320

/**
 * A panel of several indicators of the selected region over the selected year (investment,
 * high-tech): configuration in, the shared panel frame out.
 */
export function YearIndicatorsPanel({
  title,
  subject,
  series: specs,
}: {
  title: string
  /** What the panel is about, for its empty state: "工业投资与技改投资". */
  subject: string
  series: readonly YearSeriesSpec[]
}) {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const { period, lang } = filters
  const data = useObservations(filters.dataset, period ? [periodYear(period)] : [])
  const status = panelStatus(data, period, t.missing, (table, period) =>
    buildYearChart(
      table,
      catalog,
      { region: filters.region, compare: filters.compare, period },
      specs,
      lang,
      colors,
      t,
      subject,
    ),
  )
  const chart = status.status === 'ready' ? status.value : null
  // Compared regions double the legend (an English name takes a line of its own): the plot
  // keeps its height under it.
  const height =
    chart && filters.compare.length > 0
      ? HEIGHT + chart.series.length * (lang === 'zh' ? 8 : 20)
      : HEIGHT

  return (
    <ChartPanel
      meta={{
        title,
        unit: chart ? unitList([chart.leftUnit, chart.rightUnit], lang) : '—',
        period: period ? yearSpan(period, lang) : '—',
        sources: sourceLines(chart ? sourcesOf(chart.data.observations) : []),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, (chart) => seriesContent(chart, chart, { colors, lang, t, height }))}
      lang={lang}
      colors={colors}
      height={height}
      footnote={t.gapNote}
    />
  )
}
