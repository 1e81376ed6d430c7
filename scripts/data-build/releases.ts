/**
 * Releases (issue 26): every figure knows the release that published its current value, and a
 * revised figure each earlier value with the release that published it (README, "Releases").
 *
 * - An import of a bureau's table is a release: a row of data/releases.csv, written by the
 *   importer. Its figures carry its id in observations.csv (`release_id`), and each value it
 *   replaced is a row of data/revisions.csv naming the release that had published it and this one.
 * - The curated figures (rows without a `release_id`) are published by one release per source
 *   date, derived here and not stored: `c_2024_08_27` for the sources dated 2024-08-27. A source
 *   dated only YYYY-MM or YYYY counts as published on the last day of that month or year, and an
 *   undated one on the day it was collected (UNDATED_SOURCES_COLLECTED_ON): the conservative
 *   vintage, in which a figure is in a view as of a day only when it was surely published by then.
 *
 * A figure is published with its best-graded source (tables.ts), and so by that row's release.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { CODE_PATTERN } from '../../src/schemas/common.ts'
import type { EarlierValue, Release } from '../../src/schemas/releases.ts'
import type { Source } from '../../src/schemas/sources.ts'
import { readCsv, type CsvTable } from './csv.ts'
import type { TableError } from './errors.ts'
import {
  columnsOf,
  decimalsOf,
  locate,
  NumberCellSchema,
  parseRows,
  PeriodCellSchema,
  rejectDuplicates,
} from './rows.ts'

export const RELEASES_FILE = 'releases.csv'
export const REVISIONS_FILE = 'revisions.csv'

/**
 * The day the undated sources were collected into data/: `git log -S<id> -- data/sources.csv`
 * dates them 2026-11-27 (25 sources), 2026-11-29 (21) and 2026-12-07 (10); the last of these
 * days counts for all of them, the conservative choice. A source added undated later must move
 * this day on (or come with its date).
 */
export const UNDATED_SOURCES_COLLECTED_ON = '2026-12-07'

/** The curated releases' ids: c_ and the day. Imports' are r_…, so the two never meet. */
const CURATED_ID = /^c_\d{4}_\d{2}_\d{2}$/

/** Is this a day of the calendar, YYYY-MM-DD (2024-02-30 is not)? */
export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month)
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const GUANGDONG_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day of an instant in Guangdong (UTC+8), where the tables are published. */
export function guangdongDay(instant: Date): string {
  return GUANGDONG_DAY.format(instant)
}

/**
 * The day a curated source counts as published: its date; the last day of its month or year
 * when only that is known; UNDATED_SOURCES_COLLECTED_ON when it has none.
 */
export function curatedReleaseDay(sourceDate: string): string {
  if (sourceDate === '') return UNDATED_SOURCES_COLLECTED_ON
  const [year, month, day] = sourceDate.split('-').map(Number) as [number, number?, number?]
  if (day !== undefined) return sourceDate
  if (month !== undefined) return `${sourceDate}-${String(lastDayOf(year, month)).padStart(2, '0')}`
  return `${sourceDate}-12-31`
}

export const releaseIdOf = (prefix: 'c' | 'r' | 'd', day: string) =>
  `${prefix}_${day.replaceAll('-', '_')}`

export const curatedReleaseId = (sourceDate: string) =>
  releaseIdOf('c', curatedReleaseDay(sourceDate))

/** The id of an import's release on a day: r_YYYY_MM_DD, then _2, _3 … for more that day. */
export function importReleaseId(day: string, taken: ReadonlySet<string>): string {
  const id = releaseIdOf('r', day)
  if (!taken.has(id)) return id
  for (let n = 2; ; n++) if (!taken.has(`${id}_${n}`)) return `${id}_${n}`
}

const DayCellSchema = z.string().refine(isDay, {
  error: (issue) => `"${String(issue.input)}" is not a date YYYY-MM-DD`,
})
const CountCellSchema = z.string().regex(/^\d+$/, {
  error: (issue) => `"${String(issue.input)}" is not a whole number`,
})

const ReleaseRowSchema = z.object({
  id: z.string().regex(CODE_PATTERN, 'is not an id: lower-case letters, digits and _'),
  date: DayCellSchema,
  dataset: z.literal('official', {
    error: 'must be "official": the demo dataset is generated, never imported',
  }),
  source_id: z.string().min(1, 'is empty: the source the release brought in'),
  table: z.string().min(1, 'is empty: the table as a reader names it'),
  added: CountCellSchema,
  revised: CountCellSchema,
  unchanged: CountCellSchema,
})
export const RELEASE_COLUMNS = columnsOf(ReleaseRowSchema)

const RevisionRowSchema = z.object({
  dataset: z.literal('official', { error: 'must be "official"' }),
  region: z.string().min(1, 'is empty'),
  period: PeriodCellSchema,
  indicator: z.string().min(1, 'is empty'),
  old_value: NumberCellSchema,
  old_source_id: z.string().min(1, 'is empty'),
  old_release_id: z
    .string()
    .min(1, 'is empty: a revision without a release (the one that published the replaced value)'),
  new_value: NumberCellSchema,
  new_source_id: z.string().min(1, 'is empty'),
  new_release_id: z
    .string()
    .min(1, 'is empty: a revision without a release (the one that replaced the value)'),
})
export const REVISION_COLUMNS = columnsOf(RevisionRowSchema)

/** A row of observations.csv as releases need it (tables.ts reads and checks the rest). */
export interface ReleasedRow {
  region: string
  period: string
  indicator: string
  value: number
  source: string
  /** The release_id cell: empty for a curated row. */
  releaseId: string
  /** The release that published the row: its release_id, or its source's curated release. */
  release: string
  line: number
}

export interface ReleaseInput {
  dataDir: string
  /** Today, YYYY-MM-DD: no release may be dated after it. */
  today: string
  sourceTable: CsvTable
  sources: readonly Source[]
  observationTable: CsvTable
  /** The published rows, one a figure. */
  published: readonly ReleasedRow[]
  /** The other rows giving a published figure again (another source of it). */
  copies: readonly ReleasedRow[]
  known: { regions: Set<string | undefined>; indicators: Set<string | undefined> }
}

export interface ReleaseData {
  /** Every release, oldest first. */
  releases: Release[]
  /** Every value a release replaced, in the order of revisions.csv. */
  earlier: EarlierValue[]
}

type ReleaseRow = z.infer<typeof ReleaseRowSchema>
type RevisionRow = z.infer<typeof RevisionRowSchema>

const figureKey = (f: { region: string; period: string; indicator: string }) =>
  `${f.region} ${f.period} ${f.indicator}`

/**
 * Reads data/releases.csv and data/revisions.csv (both optional: no import yet) and derives the
 * curated releases; every problem is pushed as file:row:column. The releases are built only
 * from tables without a problem (of any table: a figure may cite a source that failed).
 */
export function readReleases(input: ReleaseInput, errors: TableError[]): ReleaseData {
  const file = (name: string) => path.join(path.basename(input.dataDir), name)
  const open = (name: string, columns: readonly string[]): CsvTable | null => {
    const full = path.join(input.dataDir, name)
    if (!existsSync(full)) return null
    const { table, errors: csvErrors } = readCsv(full, file(name), columns)
    errors.push(...csvErrors)
    return csvErrors.length > 0 ? null : table
  }
  const sourceById = new Map(input.sources.map((s) => [s.id, s]))
  const sourceLine = new Map(input.sourceTable.rows.map((r) => [r.cells.id, r.line]))

  // The imports' releases, in the order they were made.
  const releaseTable = open(RELEASES_FILE, RELEASE_COLUMNS)
  const imports = new Map<string, { row: ReleaseRow; line: number }>()
  if (releaseTable) {
    const rows = parseRows(releaseTable, ReleaseRowSchema, errors)
    rejectDuplicates(
      releaseTable,
      rows.map(({ row, line }) => ({ line, key: row.id })),
      'id',
      errors,
    )
    let previous: { date: string; line: number } | null = null
    for (const { row, line } of rows) {
      const fail = (column: keyof ReleaseRow, message: string) =>
        errors.push(locate(releaseTable, line, column, message))
      if (CURATED_ID.test(row.id))
        fail(
          'id',
          `"${row.id}" is the form of a curated release's id (c_YYYY_MM_DD): an import's starts with r_`,
        )
      if (!sourceById.has(row.source_id))
        fail('source_id', `unknown source "${row.source_id}" (not in sources.csv)`)
      if (row.date > input.today)
        fail('date', `${row.date} is in the future (today is ${input.today})`)
      if (previous && row.date < previous.date)
        fail(
          'date',
          `${row.date} is before ${previous.date}, the date of the release above it (row ${previous.line}): releases are recorded in the order they were made`,
        )
      previous = { date: row.date, line }
      if (!imports.has(row.id)) imports.set(row.id, { row, line })
    }
  }

  // A figure's release is known: an import's, or its source's curated release.
  const observationFile = input.observationTable
  for (const row of [...input.published, ...input.copies]) {
    if (row.releaseId !== '' && !imports.has(row.releaseId))
      errors.push(
        locate(
          observationFile,
          row.line,
          'release_id',
          `unknown release "${row.releaseId}" (not in ${RELEASES_FILE})`,
        ),
      )
  }

  // Each curated release is dated by its sources: a real day, not after today.
  const curatedSources = new Set<string>()
  const checkCurated = (sourceId: string) => {
    if (curatedSources.has(sourceId)) return
    curatedSources.add(sourceId)
    const source = sourceById.get(sourceId)
    const line = sourceLine.get(sourceId)
    if (!source || line === undefined) return
    const day = curatedReleaseDay(source.date)
    const fail = (message: string) => errors.push(locate(input.sourceTable, line, 'date', message))
    if (!isDay(day)) fail(`"${source.date}" is not a date YYYY-MM-DD, YYYY-MM or YYYY`)
    else if (day > input.today)
      fail(
        source.date === ''
          ? `undated: counted as collected on ${day} (UNDATED_SOURCES_COLLECTED_ON, scripts/data-build/releases.ts), which is in the future (today is ${input.today})`
          : `its figures count as published on ${day}, which is in the future (today is ${input.today})`,
      )
  }
  for (const row of [...input.published, ...input.copies])
    if (row.releaseId === '') checkCurated(row.source)

  // The values imports replaced, each with the release that published it and the one after.
  const revisionTable = open(REVISIONS_FILE, REVISION_COLUMNS)
  const revisions: { row: RevisionRow; line: number }[] = []
  if (revisionTable) {
    const publishedByKey = new Map(input.published.map((o) => [figureKey(o), o]))
    const lastOf = new Map<string, { row: RevisionRow; line: number }>()
    const dayOf = (id: string, oldSource: string): string | null => {
      const release = imports.get(id)
      if (release) return release.row.date
      const source = sourceById.get(oldSource)
      return source && curatedReleaseId(source.date) === id ? curatedReleaseDay(source.date) : null
    }
    for (const { row, line } of parseRows(revisionTable, RevisionRowSchema, errors)) {
      const count = errors.length
      const fail = (column: keyof RevisionRow, message: string) =>
        errors.push(locate(revisionTable, line, column, message))
      if (!input.known.regions.has(row.region))
        fail('region', `unknown region "${row.region}" (not in regions.csv)`)
      if (!input.known.indicators.has(row.indicator))
        fail('indicator', `unknown indicator "${row.indicator}" (not in indicators.csv)`)
      for (const column of ['old_source_id', 'new_source_id'] as const)
        if (!sourceById.has(row[column]))
          fail(column, `unknown source "${row[column]}" (not in sources.csv)`)
      const oldDay = dayOf(row.old_release_id, row.old_source_id)
      if (oldDay === null)
        fail(
          'old_release_id',
          `unknown release "${row.old_release_id}": not in ${RELEASES_FILE}, nor the curated release of ${row.old_source_id}`,
        )
      else if (!imports.has(row.old_release_id)) checkCurated(row.old_source_id)
      const newDay = imports.get(row.new_release_id)?.row.date
      if (newDay === undefined)
        fail(
          'new_release_id',
          `unknown release "${row.new_release_id}" (not in ${RELEASES_FILE}): a value is replaced by an import`,
        )
      else if (oldDay !== null && newDay < oldDay)
        fail(
          'new_release_id',
          `${row.new_release_id} (${newDay}) is dated before the release whose value it replaces (${row.old_release_id}, ${oldDay})`,
        )
      // A figure revised twice: the second revision replaces what the first one published.
      const key = figureKey(row)
      const previous = lastOf.get(key)
      if (previous && previous.row.new_release_id !== row.old_release_id)
        fail(
          'old_release_id',
          `"${row.old_release_id}" did not publish the value this replaces: row ${previous.line} records it as published by ${previous.row.new_release_id}`,
        )
      else if (previous && Number(previous.row.new_value) !== Number(row.old_value))
        fail(
          'old_value',
          `${row.old_value} is not the value this replaces: row ${previous.line} records ${previous.row.new_value}`,
        )
      lastOf.set(key, { row, line })
      if (errors.length === count) revisions.push({ row, line })
    }
    // The last revision of a figure gave its current value.
    for (const [key, { row, line }] of lastOf) {
      const fail = (column: keyof RevisionRow, message: string) =>
        errors.push(locate(revisionTable, line, column, message))
      const current = publishedByKey.get(key)
      if (!current) fail('region', `${key} is not a figure of observations.csv`)
      else if (current.release !== row.new_release_id)
        fail(
          'new_release_id',
          `${key} is published by ${current.release} (observations.csv row ${current.line}), not by ${row.new_release_id}`,
        )
      else if (current.value !== Number(row.new_value))
        fail(
          'new_value',
          `${key} is ${current.value} in observations.csv (row ${current.line}), not ${row.new_value}`,
        )
    }
  }
  if (errors.length > 0) return { releases: [], earlier: [] }

  // What each release brought: the figures it published (their current value, or one a later
  // release replaced), of which those it revised; and, for a curated one, the rows that gave
  // again a figure another source publishes.
  interface Tally {
    periods: Set<string>
    published: number
    revised: number
    unchanged: number
    sources: Set<string>
  }
  const tallies = new Map<string, Tally>()
  const tally = (id: string): Tally => {
    const existing = tallies.get(id)
    if (existing) return existing
    const fresh: Tally = {
      periods: new Set(),
      published: 0,
      revised: 0,
      unchanged: 0,
      sources: new Set(),
    }
    tallies.set(id, fresh)
    return fresh
  }
  const publish = (id: string, period: string, source: string) => {
    const t = tally(id)
    t.periods.add(period)
    t.published++
    t.sources.add(source)
  }
  for (const o of input.published) publish(o.release, o.period, o.source)
  for (const { row } of revisions) {
    publish(row.old_release_id, row.period, row.old_source_id)
    tally(row.new_release_id).revised++
  }
  for (const copy of input.copies) {
    if (copy.releaseId !== '') continue
    const t = tally(copy.release)
    t.unchanged++
    t.sources.add(copy.source)
  }

  for (const [id, { row, line }] of imports) {
    const t = tally(id)
    const added = t.published - t.revised
    if (Number(row.added) !== added)
      errors.push(
        locate(
          releaseTable!,
          line,
          'added',
          `${row.added} does not match the data: observations.csv and revisions.csv hold ${added} figures ${id} added`,
        ),
      )
    if (Number(row.revised) !== t.revised)
      errors.push(
        locate(
          releaseTable!,
          line,
          'revised',
          `${row.revised} does not match the data: revisions.csv holds ${t.revised} values ${id} replaced`,
        ),
      )
  }
  if (errors.length > 0) return { releases: [], earlier: [] }

  const periods = (t: Tally) => [...t.periods].sort()
  const curated: Release[] = [...tallies]
    .filter(([id]) => !imports.has(id))
    .map(([id, t]) => ({
      id,
      date: id.slice(2).replaceAll('_', '-'),
      source: t.sources.size === 1 ? [...t.sources][0]! : null,
      table: curatedTitle([...t.sources].map((s) => sourceById.get(s)!)),
      periods: periods(t),
      added: t.published,
      revised: 0,
      unchanged: t.unchanged,
    }))
  const imported: Release[] = [...imports].map(([id, { row }]) => ({
    id,
    date: row.date,
    source: row.source_id,
    table: row.table,
    periods: periods(tally(id)),
    added: Number(row.added),
    revised: Number(row.revised),
    unchanged: Number(row.unchanged),
  }))
  // Oldest first; on one day the curated sources (dated by their publication) before the
  // imports (made that day), each in its order.
  const releases = [
    ...curated.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    ...imported,
  ].sort((a, b) => a.date.localeCompare(b.date))
  const earlier = revisions.map(({ row }) => ({
    region: row.region,
    period: row.period,
    indicator: row.indicator,
    value: Number(row.old_value),
    decimals: decimalsOf(row.old_value),
    source: row.old_source_id,
    release: row.old_release_id,
  }))
  return { releases, earlier }
}

/** A curated release as a reader names it: its document, or how many and the first of them. */
function curatedTitle(sources: Source[]): string {
  const [first] = sources
  if (sources.length === 1) return first!.title
  if (sources.every((s) => s.date === ''))
    return `未注明日期的资料${sources.length}份（以收录日${UNDATED_SOURCES_COLLECTED_ON}计）`
  return `${first!.title}等${sources.length}份资料`
}
