/**
 * data/release-calendar.csv: the days the monthly tables of the official dataset are expected
 * (README, "Releases"). One row a period (02 to 12: 1-2月 comes together), each with a note saying
 * where its date comes from; validated like every table, every problem as file:row:column. No
 * file: no expected dates, and the header says nothing of the next release.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { makePeriod, periodMonth, periodYear } from '../../src/domain/period.ts'
import type { CalendarEntry } from '../../src/schemas/releases.ts'
import { readCsv } from './csv.ts'
import type { TableError } from './errors.ts'
import { isDay } from './releases.ts'
import { columnsOf, locate, parseRows, PeriodCellSchema } from './rows.ts'

export const RELEASE_CALENDAR_FILE = 'release-calendar.csv'

const CalendarRowSchema = z.object({
  dataset: z.literal('official', {
    error:
      'must be "official": the demo dataset\'s calendar is generated (scripts/data-build/demo.ts)',
  }),
  period: PeriodCellSchema,
  date: z.string().refine(isDay, {
    error: (issue) => `"${String(issue.input)}" is not a date YYYY-MM-DD`,
  }),
  note: z.string().min(1, 'is empty: say where the date comes from (a schedule, or the rule used)'),
})

/** The first day after a period's month: no table of it can be released before. */
export function dayAfterPeriod(period: string): string {
  const year = periodYear(period)
  const month = periodMonth(period)
  const next = month === 12 ? makePeriod(year + 1, 1) : makePeriod(year, month + 1)
  return `${next}-01`
}

export function readReleaseCalendar(dataDir: string): {
  entries: CalendarEntry[]
  errors: TableError[]
} {
  const full = path.join(dataDir, RELEASE_CALENDAR_FILE)
  if (!existsSync(full)) return { entries: [], errors: [] }
  const { table, errors } = readCsv(
    full,
    path.join(path.basename(dataDir), RELEASE_CALENDAR_FILE),
    columnsOf(CalendarRowSchema),
  )
  if (errors.length > 0) return { entries: [], errors }
  const rows = parseRows(table, CalendarRowSchema, errors)
  const seen = new Map<string, number>()
  let previous: { period: string; date: string; line: number } | null = null
  for (const { row, line } of rows) {
    const fail = (column: keyof typeof row, message: string) =>
      errors.push(locate(table, line, column, message))
    const first = seen.get(row.period)
    seen.set(row.period, line)
    if (row.date < dayAfterPeriod(row.period))
      fail(
        'date',
        `${row.date} is before the end of ${row.period}: its table comes after the month`,
      )
    // The next release is the first of the calendar after the latest: the rows go in order.
    if (first !== undefined) fail('period', `${row.period} is already on row ${first}`)
    else if (previous && row.period <= previous.period)
      fail(
        'period',
        `${row.period} comes after ${previous.period} (row ${previous.line}), not before`,
      )
    else if (previous && row.date <= previous.date)
      fail(
        'date',
        `${row.date} is not after ${previous.date}, the date of ${previous.period} (row ${previous.line})`,
      )
    previous = { period: row.period, date: row.date, line }
  }
  if (errors.length > 0) return { entries: [], errors }
  return {
    entries: rows.map(({ row }) => ({ dataset: row.dataset, period: row.period, date: row.date })),
    errors,
  }
}
