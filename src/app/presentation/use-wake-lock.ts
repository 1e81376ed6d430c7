import { useEffect } from 'react'

/**
 * Keeps the screen awake while presenting (Screen Wake Lock API), and asks again whenever the
 * page becomes visible: the browser releases the lock when the tab is hidden.
 */
export function useWakeLock(): void {
  useEffect(() => {
    let lock: WakeLockSentinel | null = null
    let active = true
    const acquire = async () => {
      if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return
      try {
        const sentinel = await navigator.wakeLock.request('screen')
        if (active) lock = sentinel
        else void sentinel.release()
      } catch {
        // Refused (battery saver, permissions policy): the slide show runs on regardless.
      }
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void acquire()
    }
    void acquire()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      active = false
      document.removeEventListener('visibilitychange', onVisibility)
      void lock?.release()
    }
  }, [])
}
