import { useSyncExternalStore } from 'react'
import { CACHED_AT, SERVED_FROM_CACHE } from './cache-headers.ts'

/**
 * Whether the manifest on screen is the last good copy rather than a fresh one, and when that
 * copy was fetched: set from the service worker's headers, read by the data-as-of line.
 */
export interface Freshness {
  /** The network or the server failed; this is the cached manifest. */
  stale: boolean
  /** When the shown manifest was fetched (ms since epoch). */
  fetchedAt: number | null
}

const UNKNOWN: Freshness = { stale: false, fetchedAt: null }
let current = UNKNOWN
const listeners = new Set<() => void>()

export function recordManifestResponse(response: Response): void {
  const stale = response.headers.get(SERVED_FROM_CACHE) === '1'
  const cachedAt = Number(response.headers.get(CACHED_AT))
  current = { stale, fetchedAt: stale && cachedAt > 0 ? cachedAt : Date.now() }
  for (const listener of listeners) listener()
}

// Subscriptions at module level: an inline one would be a new function at every render, and
// React would unsubscribe and subscribe again each time.
function subscribeFreshness(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useFreshness(): Freshness {
  // Before the first response, and in the prerendered page (which the client hydrates first).
  return useSyncExternalStore(
    subscribeFreshness,
    () => current,
    () => UNKNOWN,
  )
}

/** "14:05": when the data on screen was last fetched (local time; no Intl, see formatNumber). */
export function clockTime(time: number | Date): string {
  const date = new Date(time)
  const twoDigits = (n: number) => String(n).padStart(2, '0')
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
}

/** Whether the browser says it is online, kept current. */
function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  )
}
