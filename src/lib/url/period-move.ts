import { useSyncExternalStore } from 'react'
import type { Period } from '../../domain/period.ts'

/** A period the reader chose that the new region has no figure for: the view moves, and says so. */
export interface PeriodMove {
  region: string
  from: Period
  to: Period | null
}

let current: PeriodMove | null = null
const listeners = new Set<() => void>()

/** Records the last move of a chosen period (or null: the last change moved nothing). */
export function announcePeriodMove(move: PeriodMove | null): void {
  if (move === current) return
  current = move
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The period the last filter change moved away from, until the next change or a dismissal. */
export function usePeriodMove(): PeriodMove | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
}
