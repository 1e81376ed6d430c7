import type { QueryKey } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App, preloadPage } from './app/app.tsx'
import { createQueryClient } from './lib/api/query-client.ts'
import { loadSchemas } from './lib/api/queries.ts'
import { askSoon } from './lib/lazy-retry.ts'

/**
 * A prerendered page (index.html, brief.html, present.html: vite.config.ts, prerenderPages) holds
 * its view drawn at build time from the data of that build. At the address it was drawn at, once
 * the files it names are here and are those of that build, the page hydrates it: the figures
 * were on screen before any script. Otherwise (another address, newer data, a file that failed)
 * the app draws afresh.
 */
/** The queries made of several files a page was drawn from, with their results (prerender.tsx). */
type Derived = { key: QueryKey; data: unknown }[]

async function render() {
  // Asked for at once, to download beside the first files: their checks, and the page's code.
  askSoon(loadSchemas)
  preloadPage(window.location.search)
  const container = document.getElementById('root')!
  const client = createQueryClient()
  const { prerendered: built, search, files } = container.dataset
  const here = window.location.pathname === import.meta.env.BASE_URL
  if (built && here && search === window.location.search) {
    const derived = document.getElementById('prerendered-queries')?.textContent
    for (const { key, data } of derived ? (JSON.parse(derived) as Derived) : [])
      client.setQueryData(key, data)
    const manifest = await import('./lib/api/load-files.ts')
      .then(({ loadFiles }) => loadFiles(client, files ? files.split(' ') : []))
      .catch(() => null)
    if (manifest?.generatedAt === built) {
      startTransition(() => {
        hydrateRoot(
          container,
          <StrictMode>
            <App client={client} search={search} />
          </StrictMode>,
          {
            // Same manifest, so the same files: a difference means a file was altered in between
            // (a proxy, a hand edit). React then draws that part afresh from what was read, as it
            // should; that is said, not thrown. (The browser tests fail on the warning.)
            onRecoverableError: (error) => {
              console.warn('The prerendered view differs from the files read; drawn afresh.', error)
            },
          },
        )
      })
      return
    }
  }
  if (built) container.replaceChildren()
  createRoot(container).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  )
}

/**
 * The worker's first install downloads and caches the whole app (≈ 1 MB). Started at the load
 * event, on a slow device it competed with the first view's drawing: at 4× CPU the page's long
 * tasks of its first seconds doubled. So it starts once the page has loaded and has had this
 * long to draw, at its next idle moment.
 */
const SW_DELAY_MS = 3000

/** Called by the entry (boot.ts): the app, then the service worker once the page is drawn. */
export function start(): void {
  void render()
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const register = () =>
      void import('./app/register-sw.ts').then(({ registerServiceWorker }) => {
        registerServiceWorker()
      })
    const later = () =>
      setTimeout(() => {
        if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 })
        else register()
      }, SW_DELAY_MS)
    // The app may start after the load event (boot.ts waits for the first paint).
    if (document.readyState === 'complete') later()
    else window.addEventListener('load', later)
  }
}
