import type { Empty } from '../../components/chart/panel-state.tsx'
import { LazySeriesChart } from '../../components/chart/lazy-chart.tsx'
import type { ChartSeries } from '../../components/chart/chart-series.ts'
import type { ChartRow } from '../../domain/chart-data.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import { useHydrated } from '../../lib/use-hydrated.ts'

const CHART_HEIGHT = 190

/** One of the brief's two charts, in %, at the size of half an A4 column; or why there is none. */
export function BriefChart({
  id,
  title,
  chart,
  colors,
  lang,
  missing,
}: {
  id: string
  title: string
  chart: { data: { rows: ChartRow[] }; series: ChartSeries[] } | Empty | null
  colors: ChartColors
  lang: Lang
  missing: string
}) {
  // Not in the page drawn at build time: the chart library sets inline styles.
  const hydrated = useHydrated()
  return (
    <figure aria-labelledby={id}>
      <figcaption id={id} className="font-medium">
        {title}
      </figcaption>
      {chart && 'data' in chart ? (
        !hydrated ? (
          <div className="h-[190px]" />
        ) : (
          <LazySeriesChart
            rows={chart.data.rows}
            series={chart.series}
            colors={colors}
            lang={lang}
            height={CHART_HEIGHT}
            leftUnit="%"
            missing={missing}
            fontSize={9}
          />
        )
      ) : (
        <p className="text-slate-600">{chart?.empty}</p>
      )}
    </figure>
  )
}
