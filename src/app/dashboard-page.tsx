import { Suspense } from 'react'
import { lazyRetry } from '../lib/lazy-retry.ts'
import { datasetEntry } from '../domain/catalog.ts'
import { useCatalog } from '../lib/api/catalog-context.ts'
import { useFilters } from '../lib/url/use-filters.ts'
import type { Lang } from '../lib/i18n/lang.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'
import { FilterBar } from '../features/filters/index.ts'
import { BriefingPanel, Headline } from '../features/briefing/index.ts'
import { KpiSection, kpiHeight } from '../features/kpi/index.ts'
import { AttentionPanel } from '../features/attention/index.ts'
import { COMMENDED_PERIOD } from '../features/commended/index.ts'
import { PeriodDocuments } from '../features/documents/index.ts'
import { ReleaseBar, releaseBarHeight } from '../features/releases/index.ts'
import { Header } from './header.tsx'
import { IgnoredNotice } from './ignored-notice.tsx'
import { AsofNotice } from './asof-notice.tsx'
import { PeriodMoveNotice } from './period-move-notice.tsx'
import { DeferUntilVisible } from '../components/defer-until-visible.tsx'
import { PanelBoundary } from '../components/panel-boundary.tsx'

const Panels = lazyRetry(() => import('./panels.tsx'))

/** Holds the panels' place while their code loads, so nothing below jumps. */
function PanelsFallback() {
  return (
    <>
      {[0, 1, 2].map((i) => (
        <div
          key={i}
          data-pending="panels"
          className="h-[30rem] rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
        />
      ))}
    </>
  )
}

/**
 * The tiles' place while their code loads (it is asked for at once: see features/kpi): the
 * region's heading line and the tiles' height below it, so that nothing below moves.
 */
function KpiFallback({ label, lang }: { label: string; lang: Lang }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-3">
      <div className="h-7" />
      <div
        className={`${kpiHeight(lang)} animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none dark:bg-slate-800`}
      />
    </div>
  )
}

export function DashboardPage() {
  const t = useMessages()
  const catalog = useCatalog()
  const { filters } = useFilters()
  const synthetic = datasetEntry(catalog, filters.dataset)?.synthetic ?? false

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-slate-900"
      >
        {t.skipToContent}
      </a>
      {synthetic && (
        // Always in view while scrolling: demo figures must never be mistaken for statistics.
        <aside
          aria-label={t.syntheticLabel}
          className="sticky top-0 z-20 border-b border-amber-600 bg-amber-100 px-4 py-1 text-center text-sm font-semibold text-amber-950 dark:border-amber-400 dark:bg-amber-900 dark:text-amber-50"
        >
          {t.syntheticLabel}
        </aside>
      )}
      <Header />
      <PanelBoundary>
        {/* The bar's own height, held while its code and data load. */}
        <Suspense
          fallback={
            <div
              className={`border-b border-slate-200 dark:border-slate-700 ${releaseBarHeight(filters.lang)}`}
            />
          }
        >
          <ReleaseBar />
        </Suspense>
      </PanelBoundary>
      <main
        id="main"
        className="mx-auto flex max-w-[2400px] flex-col gap-4 px-4 py-4 max-sm:pb-20 lg:px-6"
      >
        <IgnoredNotice />
        <AsofNotice />
        <PeriodMoveNotice />
        <FilterBar />
        <PanelBoundary>
          <Suspense fallback={<KpiFallback label={t.loading} lang={filters.lang} />}>
            <KpiSection
              filters={filters}
              headline={
                <Suspense fallback={null}>
                  <Headline filters={filters} />
                </Suspense>
              }
            />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary>
          <Suspense fallback={null}>
            <AttentionPanel />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary>
          {/* With the tiles, not among the deferred panels: on a desk screen it is in view at
              once, so it is prerendered with them and its text paints with the HTML. */}
          <div data-panel="briefing">
            <Suspense fallback={null}>
              <BriefingPanel actions={<PeriodDocuments lang={filters.lang} />} />
            </Suspense>
          </div>
        </PanelBoundary>
        <div className="grid gap-4 xl:grid-cols-2 [&>*]:min-w-0">
          <DeferUntilVisible name="panels" minHeight="min-h-[30rem]">
            <PanelBoundary>
              <Suspense fallback={<PanelsFallback />}>
                <Panels
                  lang={filters.lang}
                  official={filters.dataset === 'official'}
                  commended={filters.period === COMMENDED_PERIOD}
                />
              </Suspense>
            </PanelBoundary>
          </DeferUntilVisible>
        </div>
      </main>
    </>
  )
}
