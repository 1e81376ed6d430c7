import { Suspense, useEffect, useState } from 'react'
import { lazyRetry } from '../lib/lazy-retry.ts'
import { useCatalog } from '../lib/api/catalog-context.ts'
import type { IgnoredParam } from '../lib/url/filters.ts'
import { canonicalSearch, useFilters } from '../lib/url/use-filters.ts'
import { navigate } from '../lib/url/use-location.ts'

const IgnoredNoticeBody = lazyRetry(() => import('./ignored-notice-body.tsx'))

/**
 * A wrong link falls back to defaults and says which parameters it ignored, in a small
 * dismissible notice; the address bar is corrected so copying it shares the view shown.
 */
export function IgnoredNotice() {
  const catalog = useCatalog()
  const { filters, ignored } = useFilters()
  // What the opening link got wrong; the notice stays until dismissed, after the URL is fixed.
  const [shown, setShown] = useState<IgnoredParam[]>(ignored)

  useEffect(() => {
    if (ignored.length > 0)
      navigate(canonicalSearch(window.location.search, catalog), { replace: true })
  }, [ignored, catalog])

  if (shown.length === 0) return null
  return (
    <Suspense fallback={null}>
      <IgnoredNoticeBody
        params={shown}
        lang={filters.lang}
        onDismiss={() => {
          setShown([])
        }}
      />
    </Suspense>
  )
}
