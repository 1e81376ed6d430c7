import { lazy, Suspense, type ComponentType } from 'react'

/**
 * A chart module loaded on demand, with a placeholder of the chart's height holding its place
 * meanwhile: the tiles paint first, and nothing moves when the chart arrives.
 */
export function lazyChart<P extends { height: number }>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  const Chart = lazy(load)
  return function LazyChart(props: P) {
    return (
      <Suspense
        fallback={
          <div
            data-pending="chart"
            style={{ height: props.height }}
            className="rounded-md bg-slate-100 dark:bg-slate-800"
          />
        }
      >
        <Chart {...props} />
      </Suspense>
    )
  }
}

export const loadSeriesChart = () => import('./series-chart.tsx')
export const LazySeriesChart = lazyChart(loadSeriesChart)
