import { useSyncExternalStore } from 'react'

const unchanging = () => () => {}

/**
 * False while React hydrates a prerendered page, true once it has (and from the start on a page
 * the client draws). A prerendered button is on screen before the script that answers it runs:
 * it says so by being disabled until then, rather than taking a press and doing nothing.
 */
export function useHydrated() {
  return useSyncExternalStore(
    unchanging,
    () => true,
    () => false,
  )
}
