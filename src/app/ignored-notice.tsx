import { useEffect, useState } from 'react'
import { Button } from '../components/ui/button.tsx'
import { useCatalog } from '../lib/catalog.ts'
import type { IgnoredParam } from '../lib/filters.ts'
import { canonicalSearch, useFilters } from '../lib/use-filters.ts'
import { navigate } from '../lib/use-location.ts'
import { useMessages } from '../lib/use-messages.ts'

/**
 * A wrong link falls back to defaults and says which parameters it ignored, in a small
 * dismissible notice; the address bar is corrected so copying it shares the view shown.
 */
export function IgnoredNotice() {
  const t = useMessages()
  const catalog = useCatalog()
  const { ignored } = useFilters()
  // What the opening link got wrong; the notice stays until dismissed, after the URL is fixed.
  const [shown, setShown] = useState<IgnoredParam[]>(ignored)

  useEffect(() => {
    if (ignored.length > 0)
      navigate(canonicalSearch(window.location.search, catalog), { replace: true })
  }, [ignored, catalog])

  if (shown.length === 0) return null
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-lg print:hidden border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div>
        <p className="font-medium">{t.ignoredParams}</p>
        <ul className="mt-1 list-disc pl-5">
          {shown.map((param) => (
            <li key={`${param.key}=${param.value}:${param.reason}`} className="break-all">
              <code>
                {param.key}={param.value}
              </code>
              ：{t.ignoredReason[param.reason]}
            </li>
          ))}
        </ul>
      </div>
      <Button
        variant="ghost"
        onClick={() => {
          setShown([])
        }}
      >
        {t.dismiss}
      </Button>
    </div>
  )
}
