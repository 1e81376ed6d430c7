import { useQuery } from '@tanstack/react-query'
import { Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import { Button } from '../components/ui/button.tsx'
import { indicatorsQuery, manifestQuery, regionsQuery, sourcesQuery } from '../lib/api/queries.ts'
import { makeCatalog, type Catalog } from '../domain/catalog.ts'
import { parseFilters } from '../lib/url/filters.ts'
import { useLocationSearch } from '../lib/url/use-location.ts'
import { CatalogContext } from '../lib/api/catalog-context.ts'
import { ApiError } from '../lib/api/fetch-json.ts'
import { errorText, lazyRetry } from '../lib/lazy-retry.ts'
import type { Manifest } from '../schemas/manifest.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'

/**
 * Loads the manifest, then regions, indicators and sources in parallel; renders the app only
 * once all four are here. A failure of these few small files is a page-level message with a
 * retry: without them no panel could label anything.
 */
export function CatalogGate({ children }: { children: ReactNode }) {
  const t = useMessages()
  const manifest = useQuery(manifestQuery())
  // A failed re-check keeps the manifest we have: only a first load that fails is an error.
  if (manifest.error && !manifest.data) {
    return (
      <PageError
        title={t.pageError}
        errors={[manifest.error]}
        retry={() => void manifest.refetch()}
      />
    )
  }
  if (!manifest.data) return <Loading />
  return <CatalogFiles manifest={manifest.data}>{children}</CatalogFiles>
}

function CatalogFiles({ manifest, children }: { manifest: Manifest; children: ReactNode }) {
  const t = useMessages()
  // Three plain queries, fetched in parallel: useQueries would cost the first view's bundle.
  const regions = useQuery(regionsQuery(manifest))
  const indicators = useQuery(indicatorsQuery(manifest))
  const sources = useQuery(sourcesQuery(manifest))
  const queries = [regions, indicators, sources]
  const catalog = useMemo(
    () =>
      regions.data && indicators.data && sources.data
        ? makeCatalog(
            manifest,
            regions.data.regions,
            indicators.data.indicators,
            sources.data.sources,
          )
        : null,
    [manifest, regions.data, indicators.data, sources.data],
  )
  // The dashboard's first render is large: as a deferred value it is rendered in slices that
  // yield to input, rather than in one long task.
  const ready = useDeferredValue(catalog)
  const failed = queries.filter((q) => q.error && !q.data)
  if (failed.length > 0) {
    return (
      <PageError
        title={t.catalogError}
        errors={failed.flatMap((q) => (q.error ? [q.error] : []))}
        retry={() => {
          for (const q of failed) void q.refetch()
        }}
      />
    )
  }
  if (!ready) return <Loading />
  // Files that parse but hold nothing to show: say so rather than wait for ever.
  const empty = [
    ready.regions.length === 0 && new ApiError('schema', 'regions.json', t.noRegions),
    ready.indicator.size === 0 && new ApiError('schema', 'indicators.json', t.noIndicators),
  ].filter((e): e is ApiError => e !== false)
  if (empty.length > 0) {
    return (
      <PageError
        title={t.catalogError}
        errors={empty}
        retry={() => {
          void regions.refetch()
          void indicators.refetch()
        }}
      />
    )
  }
  return <AsofGate catalog={ready}>{children}</AsofGate>
}

const AsofCatalog = lazyRetry(() => import('./asof-catalog.tsx'))

/**
 * A link with `asof` shows the figures of that day: its own code and files, only for such links.
 * Once a page has had one, the same tree stays (with or without a day), so leaving the day (查看最新,
 * or a refused day dropped from the address) keeps the page and its notices mounted.
 */
function AsofGate({ catalog, children }: { catalog: Catalog; children: ReactNode }) {
  const { filters } = parseFilters(useLocationSearch())
  const [entered, setEntered] = useState(false)
  if (filters.asof !== null && !entered) setEntered(true)
  if (filters.asof === null && !entered)
    return <CatalogContext value={catalog}>{children}</CatalogContext>
  return (
    <Suspense fallback={<Loading />}>
      <AsofCatalog
        catalog={catalog}
        dataset={filters.dataset}
        day={filters.asof}
        loading={<Loading />}
      >
        {children}
      </AsofCatalog>
    </Suspense>
  )
}

/** The header as it stands before the data arrives (index.html paints the same markup). */
function Loading() {
  const t = useMessages()
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <div className="mx-auto flex max-w-[2400px] flex-wrap items-end justify-between gap-4 px-4 py-3 lg:px-6">
        <div>
          <h1 className="text-xl font-bold text-slate-900 dark:text-slate-50">{t.appTitle}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">{t.appSubtitle}</p>
          <p role="status" className="mt-1 text-sm font-medium text-slate-800 dark:text-slate-100">
            {t.loading}
          </p>
        </div>
      </div>
    </header>
  )
}

/** A page-level failure: what failed, with a retry. */
export function PageError({
  title,
  errors,
  retry,
}: {
  title: string
  errors: Error[]
  retry: () => void
}) {
  const t = useMessages()
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 p-8">
      <h1 className="text-2xl font-semibold text-slate-900 dark:text-slate-50">{t.appTitle}</h1>
      <div
        role="alert"
        className="flex flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">{title}</p>
        {errors.map((error) => (
          <p key={error.message} className="text-sm">
            {error instanceof ApiError ? `${error.file}：${error.detail}` : errorText(error, t)}
          </p>
        ))}
        <Button onClick={retry} className="w-fit">
          {t.retry}
        </Button>
      </div>
    </main>
  )
}
