import { Suspense } from 'react'
import { lazyRetry } from '../lib/lazy-retry.ts'
import { useFilters } from '../lib/url/use-filters.ts'

const Body = lazyRetry(() => import('./asof-notice-body.tsx'))

/**
 * A link's asof, said where the view begins: the figures are those published by the end of
 * that day, and one step leads back to the latest. Its code comes only with such a link (the
 * first view's code is counted to the byte: README, Benchmarks and budgets).
 */
export function AsofNotice({ className = '' }: { className?: string }) {
  const { filters } = useFilters()
  if (filters.asof === null) return null
  return (
    <Suspense fallback={null}>
      <Body className={className} />
    </Suspense>
  )
}
