import { useQuery } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import { Button } from '../components/ui/button.tsx'
import { indicatorsQuery, manifestQuery, regionsQuery, sourcesQuery } from '../lib/api.ts'
import { CatalogContext, makeCatalog } from '../lib/catalog.ts'
import { ApiError } from '../lib/fetch-json.ts'
import type { Manifest } from '../schemas/manifest.ts'
import { useMessages } from '../lib/use-messages.ts'

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
  if (!catalog) return <Loading />
  return <CatalogContext value={catalog}>{children}</CatalogContext>
}

function Loading() {
  const t = useMessages()
  return (
    <p role="status" className="p-6 text-slate-700 dark:text-slate-200">
      {t.loading}
    </p>
  )
}

function PageError({
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
            {error instanceof ApiError ? `${error.file}：${error.detail}` : error.message}
          </p>
        ))}
        <Button onClick={retry} className="w-fit">
          {t.retry}
        </Button>
      </div>
    </main>
  )
}
