import { useSyncExternalStore } from 'react'

/** Whether a media query matches, following the window as it resizes or rotates. */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const media = window.matchMedia(query)
      media.addEventListener('change', listener)
      return () => {
        media.removeEventListener('change', listener)
      }
    },
    () => window.matchMedia(query).matches,
    () => false,
  )
}
