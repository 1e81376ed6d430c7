import { useCallback, useEffect, useReducer } from 'react'

export interface Clock {
  index: number
  paused: boolean
  /** When the current slide started (ms since epoch), adjusted for pauses. */
  startedAt: number
  /** How long the slide had been shown when it was paused. */
  elapsedAtPause: number
}

type Action = { type: 'go'; index: number } | { type: 'pause' } | { type: 'resume' }

function reduce(state: Clock, action: Action): Clock {
  const now = Date.now()
  switch (action.type) {
    case 'go':
      return { ...state, index: action.index, startedAt: now, elapsedAtPause: 0 }
    case 'pause':
      return state.paused
        ? state
        : { ...state, paused: true, elapsedAtPause: now - state.startedAt }
    case 'resume':
      return state.paused
        ? { ...state, paused: false, startedAt: now - state.elapsedAtPause }
        : state
  }
}

/** Milliseconds left on the current slide: its duration comes from the deck, which may load late. */
export function timeLeft(clock: Clock, seconds: number, now: number): number {
  const elapsed = clock.paused ? clock.elapsedAtPause : now - clock.startedAt
  return Math.max(0, Math.min(seconds * 1000, seconds * 1000 - elapsed))
}

/**
 * Which slide is on screen and for how long: one timeout for the current slide, cleared on
 * every change (none for a slide without seconds: a meeting deck's); going past either end wraps
 * around; pausing keeps the time already shown.
 */
export function useSlideClock(durations: readonly (number | undefined)[]) {
  const [clock, dispatch] = useReducer(reduce, undefined, () => ({
    index: 0,
    paused: false,
    startedAt: Date.now(),
    elapsedAtPause: 0,
  }))
  const count = durations.length
  const index = count > 0 ? clock.index % count : 0
  const go = useCallback(
    (to: number) => {
      if (count === 0) return
      dispatch({ type: 'go', index: ((to % count) + count) % count })
    },
    [count],
  )
  const seconds = durations[index]
  useEffect(() => {
    if (clock.paused || seconds === undefined) return
    const id = setTimeout(
      () => {
        go(index + 1)
      },
      timeLeft(clock, seconds, Date.now()),
    )
    return () => {
      clearTimeout(id)
    }
  }, [clock, seconds, index, go])
  const togglePause = useCallback(() => {
    dispatch({ type: clock.paused ? 'resume' : 'pause' })
  }, [clock.paused])
  return { clock, index, seconds, go, togglePause }
}
