import { useSyncExternalStore } from 'react'

/**
 * A phone held upright: narrower than Tailwind's sm (the `max-sm:` of the deck's shell). The deck's
 * narrow canvas and the charts' narrow labels follow it (src/index.css holds the same width).
 */
export const PHONE_QUERY = '(width < 40rem)'

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
