import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** The query string of the page, re-rendering on every navigation (including back/forward). */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search)
}

/** A new history entry by default, so back and forward step through the views. */
export function navigate(search: string, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (options.replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  for (const listener of listeners) listener()
}
