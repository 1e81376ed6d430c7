import type { ReactNode } from 'react'
import type { ObservationTable } from '../../domain/observation-table.ts'
import type { Period } from '../../domain/period.ts'
import type { ObservationsState } from '../../lib/api/use-observations.ts'
import { PanelErrors } from '../panel-errors.tsx'

/** What a panel shows: its data, or why not (still loading, a file failed, nothing published). */
export type PanelStatus<T> =
  | { status: 'loading' }
  | { status: 'error'; errors: Error[]; retry: () => void }
  | { status: 'empty'; reason: string }
  | { status: 'ready'; value: T }

/** An empty result of a derivation, with the reason a reader is told. */
export interface Empty {
  empty: string
}

/**
 * The chain every panel goes through, written once: no period (the dataset has no data), a file
 * that failed, files still loading, then the panel's own derivation — which may say it has
 * nothing to show, and why.
 */
export function panelStatus<T extends object>(
  data: ObservationsState,
  period: Period | null,
  missing: string,
  derive: (table: ObservationTable, period: Period) => T | Empty,
): PanelStatus<T> {
  if (period === null) return { status: 'empty', reason: missing }
  if (data.errors.length > 0) return { status: 'error', errors: data.errors, retry: data.retry }
  if (!data.table) return { status: 'loading' }
  const value = derive(data.table, period)
  return 'empty' in value ? { status: 'empty', reason: value.empty } : { status: 'ready', value }
}

/** The same status with the ready value turned into what the panel draws. */
export function mapStatus<T, U>(status: PanelStatus<T>, draw: (value: T) => U): PanelStatus<U> {
  return status.status === 'ready' ? { status: 'ready', value: draw(status.value) } : status
}

const SIZES = {
  desk: { text: 'text-sm', box: 'rounded-md p-4' },
  slide: { text: 'text-[2rem]', box: 'rounded-[1rem] p-[2rem]' },
}

/**
 * The loading, error and empty states of a panel, filling the box the data will take: a pulse
 * while loading, which file failed and a retry, or the reason there is nothing to show.
 */
export function PanelStatusView({
  status,
  loading,
  size = 'desk',
}: {
  status: Exclude<PanelStatus<unknown>, { status: 'ready' }>
  /** The accessible name of the loading placeholder. */
  loading: string
  size?: keyof typeof SIZES
}): ReactNode {
  const { text, box } = SIZES[size]
  switch (status.status) {
    case 'loading':
      return (
        <div
          className={`h-full animate-pulse bg-slate-100 motion-reduce:animate-none dark:bg-slate-800 ${box}`}
          aria-label={loading}
          role="status"
        />
      )
    case 'error':
      return <PanelErrors errors={status.errors} retry={status.retry} />
    case 'empty':
      return (
        <div
          className={`flex h-full items-center justify-center border border-dashed border-slate-300 text-center text-slate-600 dark:border-slate-600 dark:text-slate-300 ${text} ${box}`}
        >
          {status.reason}
        </div>
      )
  }
}
