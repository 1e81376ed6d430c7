import { useSyncExternalStore } from 'react'

function subscribe(listener: () => void) {
  document.addEventListener('fullscreenchange', listener)
  return () => {
    document.removeEventListener('fullscreenchange', listener)
  }
}

/**
 * Full screen where the browser has it: an iPhone's Safari and some in-app browsers have no
 * Fullscreen API at all (calling it would throw, not reject).
 */
export function requestFullscreen(): void {
  if (document.fullscreenEnabled)
    void document.documentElement.requestFullscreen().catch(() => undefined)
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen()
  else requestFullscreen()
}

/** Whether the page is full screen, following the browser (F, Esc, the browser's own controls). */
export function useFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  )
}

const never = () => () => undefined

/** Whether the browser can show a page full screen (the prerender assumes so: the meeting room). */
export function useCanFullscreen(): boolean {
  return useSyncExternalStore(
    never,
    () => document.fullscreenEnabled,
    () => true,
  )
}
