/** The parts of the presentation around the slides: the clock, the progress bar, the control bar. */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { clockTime } from '../../lib/api/freshness.ts'
import { useHydrated } from '../../lib/use-hydrated.ts'
import type { PresentationMessages } from './messages.ts'
import { useCanFullscreen } from './use-fullscreen.ts'
import { timeLeft, type Clock } from './use-slide-clock.ts'

/** How long the control bar stays after the mouse last moved. */
const CONTROLS_MS = 3000

function everyTenSeconds(update: () => void): () => void {
  const id = setInterval(update, 10_000)
  return () => {
    clearInterval(id)
  }
}

/**
 * The current time, to the minute: a frozen screen shows a frozen clock. None in a page drawn at
 * build time (src/prerender.tsx): it comes with the app.
 */
export function CurrentTime() {
  const now = useSyncExternalStore(
    everyTenSeconds,
    () => clockTime(new Date()),
    () => null,
  )
  return now && <time dateTime={now}>{now}</time>
}

/** Time to the next slide, updated each second: no continuous animation. */
export function Progress({
  clock,
  seconds,
  label,
}: {
  clock: Clock
  seconds: number
  label: (n: number) => string
}) {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (clock.paused) return
    const id = setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      clearInterval(id)
    }
  }, [clock.paused, clock.startedAt])
  const left = timeLeft(clock, seconds, now)
  const done = 1 - left / (seconds * 1000)
  return (
    <div className="flex items-center gap-[1rem]">
      <div
        role="progressbar"
        aria-label={label(Math.ceil(left / 1000))}
        aria-valuemin={0}
        aria-valuemax={seconds}
        aria-valuenow={Math.round(seconds - left / 1000)}
        className="h-[0.5rem] flex-1 overflow-hidden rounded-full bg-slate-300 dark:bg-slate-700"
      >
        <div
          className="h-full bg-sky-700 dark:bg-sky-300"
          style={{ width: `${Math.min(100, Math.max(0, done * 100))}%` }}
        />
      </div>
      <span className="text-[1.25rem] tabular-nums">{label(Math.ceil(left / 1000))}</span>
    </div>
  )
}

/** Shown while the pointer moves, hidden a few seconds after: returns the state and the trigger. */
export function useAutoHide(): [boolean, () => void] {
  const [shown, setShown] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const show = useCallback(() => {
    setShown(true)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      setShown(false)
    }, CONTROLS_MS)
  }, [])
  useEffect(
    () => () => {
      clearTimeout(timer.current)
    },
    [],
  )
  return [shown, show]
}

/** The control bar: shown by the mouse, or by the keyboard when one of its buttons has focus. */
export function Controls({
  shown,
  onFocus,
  t,
  paused,
  fullscreen,
  actions,
  canDownload,
}: {
  shown: boolean
  onFocus: () => void
  t: PresentationMessages
  /** null: a meeting deck, no timer to pause. */
  paused: boolean | null
  fullscreen: boolean
  actions: {
    previous: () => void
    togglePause: () => void
    next: () => void
    fullscreen: () => void
    presenter: () => void
    download: () => void
    exit: () => void
  }
  /** 下载PPT waits for the deck's figures: a click before them would make nothing. */
  canDownload: boolean
}) {
  const canFullscreen = useCanFullscreen()
  const hydrated = useHydrated()
  const buttons = [
    { label: t.previous, action: actions.previous },
    ...(paused === null
      ? []
      : [{ label: paused ? t.resume : t.pause, action: actions.togglePause }]),
    { label: t.next, action: actions.next },
    // No button for what the browser cannot do (an iPhone has no full screen for a page).
    ...(canFullscreen
      ? [{ label: fullscreen ? t.exitFullscreen : t.fullscreen, action: actions.fullscreen }]
      : []),
    { label: t.presenterView, action: actions.presenter },
    { label: t.downloadDeck, action: actions.download, disabled: !canDownload },
    { label: t.exitPresentation, action: actions.exit },
  ]
  return (
    <div
      role="toolbar"
      aria-label={t.presentationControls}
      onFocus={onFocus}
      className={`absolute bottom-[6rem] left-1/2 flex -translate-x-1/2 items-center gap-[1rem] rounded-[1rem] bg-slate-900/95 px-[1.5rem] py-[1rem] text-[1.5rem] text-white shadow-lg transition-none max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:translate-x-0 max-sm:flex-wrap max-sm:justify-center max-sm:gap-[0.5rem] max-sm:rounded-none max-sm:px-[0.5rem] dark:bg-slate-800/95 ${shown ? 'opacity-100' : 'pointer-events-none opacity-0 has-[:focus-visible]:pointer-events-auto has-[:focus-visible]:opacity-100'}`}
    >
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          onClick={button.action}
          disabled={!hydrated || ('disabled' in button && button.disabled)}
          className="rounded-[0.5rem] px-[1rem] py-[0.5rem] hover:bg-white/15 disabled:opacity-50"
        >
          {button.label}
        </button>
      ))}
    </div>
  )
}
