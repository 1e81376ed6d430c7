import { createContext, createElement, use, useSyncExternalStore, type ReactNode } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const SearchContext = createContext<string | null>(null)

/**
 * The query string a panel is drawn with, when it is not the page's: a panel off the screen
 * keeps the one it was last shown with (components/on-screen-panel.tsx), so that a filter change
 * redraws only what can be seen. A context of its own: what reads it does not depend on the
 * page's query string at all, so React does not even call those components on a change.
 */
export const PanelSearchContext = createContext<string | null>(null)

/**
 * The page's query string for everything below, re-rendering on every navigation. `prerendered`
 * is the address a page was prerendered at (src/prerender.tsx): what the build draws, and what
 * the page hydrates before it reads its own.
 */
export function LocationProvider({
  children,
  prerendered = '',
}: {
  children: ReactNode
  prerendered?: string
}) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => prerendered,
  )
  return createElement(SearchContext, { value: search }, children)
}

/** The query string this part of the page is drawn with (including back/forward). */
export function useLocationSearch(): string {
  // use() may be called conditionally: inside a panel, only the panel's context is read.
  const shown = use(PanelSearchContext)
  if (shown !== null) return shown
  const search = use(SearchContext)
  if (search === null) throw new Error('useLocationSearch needs a LocationProvider above it')
  return search
}

/**
 * The page's own address without its query (https://host/path/): on the server, where a page is
 * prerendered and its host is not known, the path alone.
 */
export function usePageAddress(): string {
  return useSyncExternalStore(
    () => () => undefined,
    () => `${window.location.origin}${window.location.pathname}`,
    () => import.meta.env.BASE_URL,
  )
}

/** A new history entry by default, so back and forward step through the views. */
export function navigate(search: string, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (options.replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  for (const listener of listeners) listener()
}
