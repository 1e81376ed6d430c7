import type { Empty } from '../../components/chart/panel-state.tsx'
import { LineDrawing, LineLegend } from '../../components/chart/line-drawing.tsx'
import type { ChartSeries } from '../../components/chart/chart-series.ts'
import type { ChartRow } from '../../domain/chart-data.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'

/**
 * One of the brief's two charts, in %: half an A4 column on paper, the screen's width on a
 * phone; or why there is none. Plain SVG, drawn in one pass (issue 28).
 */
export function BriefChart({
  id,
  title,
  chart,
  colors,
  lang,
}: {
  id: string
  title: string
  chart: { data: { rows: ChartRow[] }; series: ChartSeries[] } | Empty | null
  colors: ChartColors
  lang: Lang
}) {
  return (
    <figure aria-labelledby={id}>
      <figcaption id={id} className="font-medium">
        {title}
      </figcaption>
      {chart && 'data' in chart ? (
        <>
          <LineDrawing
            rows={chart.data.rows}
            series={chart.series}
            colors={colors}
            lang={lang}
            unit="%"
            labelledBy={id}
          />
          <LineLegend series={chart.series} />
        </>
      ) : (
        <p className="text-slate-600">{chart?.empty}</p>
      )}
    </figure>
  )
}
