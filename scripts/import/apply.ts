/**
 * Compares an imported release table with the source tables, and on --write applies it as a
 * release (README, "Releases"): changed figures replaced in place (the replaced value kept in
 * revisions.csv with the release that published it and this one), new ones appended, every
 * figure it added or revised marked with its release_id, the release recorded in releases.csv
 * and the source in sources.csv — all validated in a scratch copy first, then renamed into
 * place, so a failure writes nothing.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Release } from '../../src/schemas/releases.ts'
import { formatTableError } from '../data-build/errors.ts'
import {
  importReleaseId,
  RELEASE_COLUMNS,
  RELEASES_FILE,
  REVISION_COLUMNS,
  REVISIONS_FILE,
} from '../data-build/releases.ts'
import { revisionSize, type RevisionThreshold } from '../data-build/revision-thresholds.ts'
import { readTables, TABLE_FILES, type Tables } from '../data-build/tables.ts'
import type { IndicatorKind } from '../../src/schemas/indicators.ts'
import type { ReleaseTable } from './release-table.ts'

export interface SourceInfo {
  id: string
  publisher?: string | undefined
  title?: string | undefined
  date?: string | undefined
  url?: string | undefined
}

export interface Change {
  region: string
  period: string
  indicator: string
  old: string
  new: string
  /** The source and the release of the value replaced. */
  oldSource: string
  oldRelease: string
  /** Beyond the plausible (data/revision-thresholds.csv): listed first, to check. */
  large: { amount: number; threshold: RevisionThreshold } | null
}

export interface ImportPlan {
  added: { region: string; indicator: string; value: string }[]
  changed: Change[]
  unchanged: number
  /** The source row to add to sources.csv, when the id is new. */
  newSource: Record<string, string> | null
  /**
   * The data hold a later period than this table's: an archive brought in late, written only
   * with --late. `period` is the latest, `release` the last release that brought it. Null when
   * the table is not older, or brings nothing.
   */
  late: { release: Release; period: string } | null
}

type Row = Record<string, string>

function readRows(file: string): { columns: string[]; rows: Row[] } {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  const rows = parse<Row>(text, { columns: true, skip_empty_lines: true })
  const columns = parse(text.split(/\r?\n/, 1)[0] ?? '')[0] ?? []
  return { columns, rows }
}

const same = (a: string, b: string, exact: boolean) => (exact ? a === b : Number(a) === Number(b))

const figureKey = (dataset: string, region: string, period: string, indicator: string) =>
  `${dataset}|${region}|${period}|${indicator}`

export function planImport(
  dataDir: string,
  dataset: string,
  table: ReleaseTable,
  source: SourceInfo,
  context: {
    /** The tables as read (readTables), releases included. */
    tables: Tables
    /** data/revision-thresholds.csv; null when the file is absent (sizes not judged). */
    thresholds: ReadonlyMap<IndicatorKind, RevisionThreshold> | null
  },
): ImportPlan {
  const { rows: sources } = readRows(path.join(dataDir, TABLE_FILES.sources))
  const existingSource = sources.find((s) => s.id === source.id)
  let newSource: Row | null = null
  if (existingSource) {
    for (const field of ['publisher', 'title', 'date', 'url'] as const) {
      const given = source[field]
      if (given !== undefined && given !== existingSource[field]) {
        throw new Error(
          `source ${source.id} already exists with ${field} “${existingSource[field] ?? ''}”, not “${given}”: use another --source-id, or leave --${field} out`,
        )
      }
    }
  } else {
    if (!source.publisher || !source.title) {
      throw new Error(`source ${source.id} is new: --publisher and --title are required`)
    }
    newSource = {
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      date: source.date ?? '',
      url: source.url ?? '',
      via: '',
      grade: 'A',
      remark: '',
    }
  }

  // The figure as printed (the text, for its decimals) and as published (its source, release).
  const { rows: observations } = readRows(path.join(dataDir, TABLE_FILES.observations))
  const existing = new Map(
    observations.map((o) => [figureKey(o.dataset!, o.region!, o.period!, o.indicator!), o]),
  )
  const published = new Map(
    context.tables.observations.map((o) => [
      figureKey(o.dataset, o.region, o.period, o.indicator),
      o,
    ]),
  )
  const kinds = new Map(context.tables.indicators.map((i) => [i.id, i.kind]))
  const plan: ImportPlan = { added: [], changed: [], unchanged: 0, newSource, late: null }
  for (const value of table.values) {
    const key = figureKey(dataset, value.region, table.period, value.indicator)
    const before = existing.get(key)
    const figure = published.get(key)
    if (!before || !figure)
      plan.added.push({ region: value.region, indicator: value.indicator, value: value.text })
    else if (same(before.value ?? '', value.text, value.exact)) plan.unchanged++
    else {
      const threshold = context.thresholds?.get(kinds.get(value.indicator)!)
      const size = threshold && revisionSize(threshold, figure.value, Number(value.text))
      plan.changed.push({
        region: value.region,
        period: table.period,
        indicator: value.indicator,
        old: before.value ?? '',
        new: value.text,
        oldSource: figure.source,
        oldRelease: figure.release,
        large: threshold && size?.large ? { amount: size.amount, threshold } : null,
      })
    }
  }

  // Late: a release (the last of them that did, oldest first) brought a later period than this
  // table's — an archive imported after the tables that followed it.
  const latestPeriod = context.tables.releases
    .flatMap((r) => r.periods)
    .reduce<string | null>((max, p) => (max === null || p > max ? p : max), null)
  const latest = context.tables.releases.findLast((r) => r.periods.includes(latestPeriod ?? ''))
  if (
    latest &&
    latestPeriod &&
    table.period < latestPeriod &&
    (plan.added.length > 0 || plan.changed.length > 0)
  )
    plan.late = { release: latest, period: latestPeriod }
  return plan
}

export function applyImport(
  dataDir: string,
  dataset: string,
  table: ReleaseTable,
  source: SourceInfo,
  plan: ImportPlan,
  options: {
    /** The release's day, YYYY-MM-DD: today, or --release-date. */
    releaseDate: string
    /** Today, for the check of the staged tables (no release after it). */
    today: string
  },
): { release: string | null } {
  if (plan.added.length === 0 && plan.changed.length === 0 && !plan.newSource)
    return { release: null }
  const note = `${table.title}（发布表导入）`

  // A release only when the table brings figures: a new source alone is not one.
  const releasesFile = path.join(dataDir, RELEASES_FILE)
  const releaseRows = existsSync(releasesFile) ? readRows(releasesFile).rows : []
  const brings = plan.added.length > 0 || plan.changed.length > 0
  const release = brings
    ? importReleaseId(options.releaseDate, new Set(releaseRows.map((r) => r.id!)))
    : null

  const observationsFile = path.join(dataDir, TABLE_FILES.observations)
  const { columns: read, rows } = readRows(observationsFile)
  const columns = read.includes('release_id') ? read : [...read, 'release_id']
  const changed = new Map(
    plan.changed.map((c) => [figureKey(dataset, c.region, c.period, c.indicator), c]),
  )
  // One row per figure revised: a figure given by two sources (a better copy) keeps one row,
  // the import's, since the sources gave the value it replaces.
  const replaced = new Set<string>()
  const updated: Row[] = []
  for (const row of rows) {
    const key = figureKey(row.dataset!, row.region!, row.period!, row.indicator!)
    const change = changed.get(key)
    if (!change) updated.push({ ...row, release_id: row.release_id ?? '' })
    else if (!replaced.has(key)) {
      replaced.add(key)
      updated.push({
        ...row,
        value: change.new,
        source_id: source.id,
        note,
        release_id: release!,
      })
    }
  }
  for (const added of plan.added) {
    updated.push({
      dataset,
      region: added.region,
      period: table.period,
      indicator: added.indicator,
      value: added.value,
      source_id: source.id,
      note,
      release_id: release!,
    })
  }
  const revisions: Row[] = plan.changed.map((change) => ({
    dataset,
    region: change.region,
    period: change.period,
    indicator: change.indicator,
    old_value: change.old,
    old_source_id: change.oldSource,
    old_release_id: change.oldRelease,
    new_value: change.new,
    new_source_id: source.id,
    new_release_id: release!,
  }))

  // Write every table into a scratch copy, check it as the generator would, then swap in.
  // Beside the data folder, so the final renames stay within one file system (atomic).
  const scratch = mkdtempSync(path.join(path.dirname(path.resolve(dataDir)), '.import-'))
  const staged = path.join(scratch, path.basename(dataDir))
  try {
    cpSync(dataDir, staged, { recursive: true })
    writeFileSync(
      path.join(staged, TABLE_FILES.observations),
      stringify(updated, { header: true, columns }),
    )
    if (plan.newSource) {
      const sourcesFile = path.join(staged, TABLE_FILES.sources)
      const { columns: sourceColumns, rows: sourceRows } = readRows(sourcesFile)
      writeFileSync(
        sourcesFile,
        stringify([...sourceRows, plan.newSource], { header: true, columns: sourceColumns }),
      )
    }
    if (release) {
      writeFileSync(
        path.join(staged, RELEASES_FILE),
        stringify(
          [
            ...releaseRows,
            {
              id: release,
              date: options.releaseDate,
              dataset,
              source_id: source.id,
              table: table.title,
              added: String(plan.added.length),
              revised: String(plan.changed.length),
              unchanged: String(plan.unchanged),
            },
          ],
          { header: true, columns: RELEASE_COLUMNS },
        ),
      )
    }
    if (revisions.length > 0) {
      const revisionsFile = path.join(staged, REVISIONS_FILE)
      const previous = existsSync(revisionsFile) ? readRows(revisionsFile).rows : []
      writeFileSync(
        revisionsFile,
        stringify([...previous, ...revisions], { header: true, columns: REVISION_COLUMNS }),
      )
    }
    const { errors } = readTables(staged, { today: options.today })
    if (errors.length > 0) {
      throw new Error(
        `the imported tables would not be valid:\n${errors.map(formatTableError).join('\n')}`,
      )
    }
    for (const file of [
      REVISIONS_FILE,
      RELEASES_FILE,
      TABLE_FILES.sources,
      TABLE_FILES.observations,
    ]) {
      const from = path.join(staged, file)
      if (existsSync(from)) renameSync(from, path.join(dataDir, file))
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return { release }
}
