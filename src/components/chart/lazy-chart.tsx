import { Suspense, type ComponentType } from 'react'
import { lazyRetry } from '../../lib/lazy-retry.ts'
import { PanelErrors } from '../panel-errors.tsx'
import { ErrorBoundary } from '../ui/error-boundary.tsx'

/**
 * A chart module loaded on demand, with a placeholder of the chart's height holding its place
 * meanwhile: the tiles paint first, and nothing moves when the chart arrives. Should its code
 * not arrive, the chart's place says so, with a retry; the rest of the panel or sheet stays.
 */
export function lazyChart<P extends { height: number }>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  const Chart = lazyRetry(load)
  return function LazyChart(props: P) {
    return (
      <ErrorBoundary
        fallback={(error, reset) => (
          <div style={{ height: props.height }}>
            <PanelErrors errors={[error]} retry={reset} />
          </div>
        )}
      >
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
      </ErrorBoundary>
    )
  }
}

export const loadSeriesChart = () => import('./series-chart.tsx')
export const LazySeriesChart = lazyChart(loadSeriesChart)
