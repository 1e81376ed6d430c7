import { sourcesOf } from '../../domain/chart-data.ts'
import { unitLabel } from '../../lib/format/number.ts'
import { periodYear } from '../../domain/period.ts'
import { usePanelContext } from './use-panel-context.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { buildYearPanel, yearSpan } from './year-series.ts'
import { ChartPanel, type PanelState } from './chart-panel.tsx'
import { LazySeriesChart } from './lazy-chart.tsx'

export interface YearSeriesSpec {
  id: string
  type: 'line' | 'bar'
  axis: 'left' | 'right'
  dashed?: boolean
}

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
  const result =
    data.table && period
      ? buildYearPanel(
          data.table,
          catalog,
          { region: filters.region, period },
          specs.map((s) => s.id),
          lang,
          t,
          subject,
        )
      : null
  const unitOf = (axis: 'left' | 'right') => {
    const spec = specs.find((s) => s.axis === axis)
    const indicator = spec ? catalog.indicator.get(spec.id) : undefined
    return indicator ? unitLabel(indicator.unit, lang) : undefined
  }
  const leftUnit = unitOf('left') ?? ''
  const rightUnit = unitOf('right')

  let state: PanelState
  if (!period) state = { status: 'empty', reason: t.missing }
  else if (data.errors.length > 0)
    state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!result) state = { status: 'loading' }
  else if (result.kind === 'empty') state = { status: 'empty', reason: result.reason }
  else {
    const series = specs.map((spec, i) => {
      const indicator = catalog.indicator.get(spec.id)!
      return {
        key: spec.id,
        label: lang === 'zh' ? indicator.nameZh : indicator.nameEn,
        color: colors.series[i] ?? colors.muted,
        type: spec.type,
        axis: spec.axis,
        dashed: spec.dashed ?? false,
        unit: unitLabel(indicator.unit, lang),
      }
    })
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
          leftUnit={leftUnit}
          {...(rightUnit ? { rightUnit } : {})}
          missing={t.missing}
        />
      ),
    }
  }

  return (
    <ChartPanel
      meta={{
        title,
        unit: [leftUnit, rightUnit].filter(Boolean).join('，'),
        period: period ? yearSpan(period, lang) : '—',
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
