import { useSyncExternalStore } from 'react'

const never = () => () => undefined

/**
 * False while a page drawn at build time (src/prerender.tsx) is drawn and hydrated, true after:
 * for what cannot be in that HTML (a chart library's inline styles, which the page's
 * Content-Security-Policy refuses) and comes with the app.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
