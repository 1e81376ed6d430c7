import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useEffect, useLayoutEffect, useState } from 'react'
import { ErrorBoundary } from '../components/ui/error-boundary.tsx'
import { askSoon, lazyRetry } from '../lib/lazy-retry.ts'
import { parseFilters } from '../lib/url/filters.ts'
import { parseModes } from '../lib/url/modes.ts'
import { createQueryClient } from '../lib/api/query-client.ts'
import { useIsDark } from '../lib/theme.ts'
import { LocationProvider, useLocationSearch } from '../lib/url/use-location.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'
import { CatalogGate, PageError } from './catalog-gate.tsx'
import { DashboardPage } from './dashboard-page.tsx'

/** The code of the pages loaded on demand (the dashboard's is the app's own). */
const PAGE_CODE = {
  presentation: () => import('./presentation/presentation-page.tsx'),
  presenter: () => import('./presentation/presenter-page.tsx'),
  brief: () => import('./brief/brief-page.tsx'),
}
const PAGES = {
  presentation: lazyRetry(PAGE_CODE.presentation),
  presenter: lazyRetry(PAGE_CODE.presenter),
  brief: lazyRetry(PAGE_CODE.brief),
  dashboard: DashboardPage,
}

/** The page an address shows. */
function pageOf(search: string): keyof typeof PAGES {
  const { view, present } = parseModes(search).modes
  // The presenter's window (S in presentation mode): its parameter is the presentation's own.
  if (present)
    return new URLSearchParams(search).get('presenter') === '1' ? 'presenter' : 'presentation'
  return view === 'brief' ? 'brief' : 'dashboard'
}

/**
 * Asks for the code of the page `search` shows, when it is not the dashboard, as the app
 * starts: it then downloads while the catalog is read, not after (on a slow phone the brief's
 * chunk was asked for 1.1 s after the app's had arrived).
 */
export function preloadPage(search: string): void {
  const page = pageOf(search)
  if (page !== 'dashboard') askSoon(PAGE_CODE[page])
}

/** Language, theme and colour convention come from the URL and apply to the whole document. */
function useDocumentSettings() {
  const search = useLocationSearch()
  const { filters } = parseFilters(search)
  // Meeting rooms get the high-contrast dark theme unless the link asks for light.
  const presenting = parseModes(search).modes.present
  const dark = useIsDark(presenting && filters.theme === 'system' ? 'dark' : filters.theme)
  const title = useMessages().appTitle
  // Before paint, so a dark theme never flashes light.
  useLayoutEffect(() => {
    const root = document.documentElement
    root.lang = filters.lang === 'zh' ? 'zh-CN' : 'en'
    root.classList.toggle('dark', dark)
    // A light page on a dark system says so: the stylesheet otherwise follows the system.
    root.classList.toggle('light', !dark)
    root.classList.toggle('green-up', filters.colors === 'green-up')
    // Only a dark page needs to say so; leaving light alone spares a style pass on load.
    root.style.colorScheme = dark ? 'dark' : ''
    document.title = title
  }, [filters.lang, filters.colors, dark, title])
}

function Shell() {
  useDocumentSettings()
  const t = useMessages()
  const page = pageOf(useLocationSearch())
  const Page = PAGES[page]
  return (
    <CatalogGate>
      {/* A page whose code did not arrive, or that failed as a whole, says so: never a blank
          screen. Within the dashboard each panel has a boundary of its own. */}
      <ErrorBoundary
        key={page}
        fallback={(error, reset) => (
          <PageError title={t.pageCodeError} errors={[error]} retry={reset} />
        )}
      >
        <Page />
      </ErrorBoundary>
    </CatalogGate>
  )
}

/**
 * The app; `client` holds the files already loaded (the prerendered view's, see main.tsx), and
 * `search` is the address a prerendered page was drawn at (src/prerender.tsx).
 */
export function App({ client, search }: { client?: QueryClient; search?: string }) {
  const [queryClient] = useState(() => client ?? createQueryClient())
  // Said on the page once the app runs it (a prerendered page is on screen before): for the
  // browser tests and the benchmarks, which must not press keys the page cannot hear yet.
  useEffect(() => {
    document.documentElement.dataset.app = 'running'
  }, [])
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        {/* Only while the English strings load (lang=en), which is why this text is bilingual. */}
        <Suspense fallback={<p className="p-6">加载中… Loading…</p>}>
          <LocationProvider prerendered={search}>
            <Shell />
          </LocationProvider>
        </Suspense>
      </div>
    </QueryClientProvider>
  )
}
