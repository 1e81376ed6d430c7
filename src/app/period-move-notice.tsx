import { Suspense } from 'react'
import { lazyRetry } from '../lib/lazy-retry.ts'
import { usePeriodMove } from '../lib/url/period-move.ts'

const Body = lazyRetry(() => import('./period-move-notice-body.tsx'))

/**
 * When a region change moves the period the reader chose (the new region has no figure for
 * it), the view says so: which period, and where it went. Its code comes only then (the first
 * view's code is counted to the byte: README, Benchmarks and budgets).
 */
export function PeriodMoveNotice() {
  if (!usePeriodMove()) return null
  return (
    <Suspense fallback={null}>
      <Body />
    </Suspense>
  )
}
