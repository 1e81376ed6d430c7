import { ChartPanel, type PanelState } from '../../../components/chart/chart-panel.tsx'
import { LazySeriesChart } from '../../../components/chart/lazy-chart.tsx'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { buildTrend, trendYears } from '../lib/build-trend.ts'

const HEIGHT = 320

export function TrendPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const { period, lang, measure } = filters
  const years = period ? trendYears(period) : []
  const data = useObservations(filters.dataset, years)
  const result =
    data.table && period
      ? buildTrend(
          data.table,
          catalog,
          { region: filters.region, compare: filters.compare, period, measure },
          lang,
          t,
        )
      : null

  let state: PanelState
  if (!period) state = { status: 'empty', reason: t.missing }
  else if (data.errors.length > 0)
    state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!result) state = { status: 'loading' }
  else if (result.kind === 'empty') state = { status: 'empty', reason: result.reason }
  else {
    const series = result.series.map((s, i) => ({
      key: s.key,
      label: s.label,
      color: s.role === 'province' ? colors.province : (colors.series[i] ?? colors.muted),
      type: 'line' as const,
      dashed: s.role === 'province',
      unit: '%',
    }))
    state = {
      status: 'ready',
      table: result.data.table,
      legend: series,
      chart: (
        <LazySeriesChart
          rows={result.data.rows}
          series={series}
          colors={colors}
          lang={lang}
          height={HEIGHT}
          leftUnit="%"
          missing={t.missing}
        />
      ),
    }
  }

  const first = years[0]
  return (
    <ChartPanel
      meta={{
        title: measure === 'month' ? t.trendTitleMonth : t.trendTitle,
        unit: '%',
        period:
          period && first !== undefined
            ? `${formatPeriod(`${first}-02`, lang, measure)}–${formatPeriod(period, lang, measure)}`
            : '—',
        sources: sourceLines(result?.kind === 'ready' ? sourcesOf(result.data.observations) : []),
        dataset: datasetLabel,
        synthetic,
      }}
      state={state}
      lang={lang}
      colors={colors}
      height={HEIGHT}
      footnote={t.gapNote}
    />
  )
}
