import { useEffectEvent, useLayoutEffect } from 'react'

export interface PresenterActions {
  next: () => void
  previous: () => void
  togglePause: () => void
  /** Slide n, counted from 1; false when there is no such slide (the key is then left alone). */
  jump: (n: number) => boolean
  fullscreen: () => void
  /** Opens the presenter's window. */
  presenter: () => void
  exit: () => void
}

/**
 * The keys presentation clickers send: → PageDown Space next, ← PageUp previous, P pause, 1–9
 * and 0 jump, F full screen, S the presenter's window, Esc leave. One listener, attached before the first paint, reads
 * the actions of the slide on screen when a key is pressed: replaced after each slide, it lost
 * a key pressed as soon as the new slide showed (its predecessor still held the previous deck).
 */
export function usePresenterKeys(actions: PresenterActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const onButton = event.target instanceof HTMLButtonElement
    if (onButton && (event.key === ' ' || event.key === 'Enter')) return
    const key = event.key
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') actions.next()
    else if (key === 'ArrowLeft' || key === 'PageUp') actions.previous()
    else if (key === 'p' || key === 'P') actions.togglePause()
    else if (key === 'f' || key === 'F') actions.fullscreen()
    else if (key === 's' || key === 'S') actions.presenter()
    else if (key === 'Escape') actions.exit()
    else if (/^[0-9]$/.test(key)) {
      if (!actions.jump(key === '0' ? 10 : Number(key))) return
    } else return
    event.preventDefault()
  })
  useLayoutEffect(() => {
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [])
}
