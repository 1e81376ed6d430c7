/**
 * When the next figures are due, from the release calendar (data/release-calendar.csv): the
 * first expected release of a period after the dataset's latest, read against today's date.
 */
import type { CalendarEntry } from '../schemas/releases.ts'
import { compareIso, type Period } from './period.ts'

export type NextRelease =
  | { status: 'due'; entry: CalendarEntry }
  | { status: 'today'; entry: CalendarEntry }
  /** The expected day has passed without the period's figures: said plainly, not an error. */
  | { status: 'overdue'; entry: CalendarEntry }

/** Today's date (YYYY-MM-DD) where the page is read; the clock is injectable for the tests. */
export function localDay(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

/**
 * The next release a dataset expects after its latest period, read on `today`; undefined when
 * the calendar has none (nothing is said).
 */
export function nextRelease(
  entries: readonly CalendarEntry[],
  dataset: string,
  latest: Period | undefined,
  today: string,
): NextRelease | undefined {
  const entry = entries
    .filter((e) => e.dataset === dataset && (latest === undefined || e.period > latest))
    .sort((a, b) => compareIso(a.date, b.date) || compareIso(a.period, b.period))[0]
  if (!entry) return undefined
  const status = entry.date > today ? 'due' : entry.date === today ? 'today' : 'overdue'
  return { status, entry }
}
