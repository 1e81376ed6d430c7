import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { seriesContent } from '../../../components/chart/series-content.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { buildTrend, trendYears } from '../lib/build-trend.ts'
import { TREND_MESSAGES } from '../messages.ts'

const HEIGHT = 320

export function TrendPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const strings = useStrings(TREND_MESSAGES)
  const { period, lang, measure } = filters
  const data = useObservations(filters.dataset, period ? trendYears(period) : [])
  const status = panelStatus(data, period, t.missing, (table, period) =>
    buildTrend(
      table,
      catalog,
      { region: filters.region, compare: filters.compare, period, measure },
      lang,
      colors,
      t,
    ),
  )
  const trend = status.status === 'ready' ? status.value : null

  return (
    <ChartPanel
      meta={{
        title: measure === 'month' ? strings.titleMonth : strings.title,
        unit: '%',
        period: trend?.span ?? '—',
        sources: sourceLines(trend ? sourcesOf(trend.data.observations) : []),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, (trend) =>
        seriesContent(trend, { leftUnit: '%' }, { colors, lang, t, height: HEIGHT }),
      )}
      lang={lang}
      colors={colors}
      height={HEIGHT}
      footnote={t.gapNote}
    />
  )
}
