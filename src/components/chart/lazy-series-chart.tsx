import { lazy, Suspense } from 'react'
import type { SeriesChartProps } from './series-chart.tsx'

const SeriesChart = lazy(() => import('./series-chart.tsx'))

/** The chart, code-split: a placeholder of the same height holds its place while it loads. */
export function LazySeriesChart(props: SeriesChartProps) {
  return (
    <Suspense
      fallback={
        <div
          style={{ height: props.height }}
          className="rounded-md bg-slate-100 dark:bg-slate-800"
        />
      }
    >
      <SeriesChart {...props} />
    </Suspense>
  )
}
