/**
 * Compares an imported release table with the source tables, and on --write applies it:
 * changed figures replaced in place (the replaced value kept in revisions.csv), new ones
 * appended, the source recorded — all validated in a scratch copy first, then renamed into
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
import { formatTableError } from '../data-build/errors.ts'
import { readTables, TABLE_FILES } from '../data-build/tables.ts'
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
}

export interface ImportPlan {
  added: { region: string; indicator: string; value: string }[]
  changed: Change[]
  unchanged: number
  /** The source row to add to sources.csv, when the id is new. */
  newSource: Record<string, string> | null
}

type Row = Record<string, string>

const REVISIONS = 'revisions.csv'
const REVISION_COLUMNS = [
  'dataset',
  'region',
  'period',
  'indicator',
  'old_value',
  'old_source_id',
  'new_value',
  'new_source_id',
  'revised_on',
]

function readRows(file: string): { columns: string[]; rows: Row[] } {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  const rows = parse<Row>(text, { columns: true, skip_empty_lines: true })
  const columns = parse(text.split(/\r?\n/, 1)[0] ?? '')[0] ?? []
  return { columns, rows }
}

const same = (a: string, b: string, exact: boolean) => (exact ? a === b : Number(a) === Number(b))

export function planImport(
  dataDir: string,
  dataset: string,
  table: ReleaseTable,
  source: SourceInfo,
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

  const { rows: observations } = readRows(path.join(dataDir, TABLE_FILES.observations))
  const key = (region: string, indicator: string) =>
    `${dataset}|${region}|${table.period}|${indicator}`
  const existing = new Map(
    observations.map((o) => [`${o.dataset}|${o.region}|${o.period}|${o.indicator}`, o]),
  )
  const plan: ImportPlan = {
    added: [],
    changed: [],
    unchanged: 0,
    newSource,
  }
  for (const value of table.values) {
    const before = existing.get(key(value.region, value.indicator))
    if (!before)
      plan.added.push({ region: value.region, indicator: value.indicator, value: value.text })
    else if (same(before.value ?? '', value.text, value.exact)) plan.unchanged++
    else {
      plan.changed.push({
        region: value.region,
        period: table.period,
        indicator: value.indicator,
        old: before.value ?? '',
        new: value.text,
      })
    }
  }
  return plan
}

export function applyImport(
  dataDir: string,
  dataset: string,
  table: ReleaseTable,
  source: SourceInfo,
  plan: ImportPlan,
  revisedOn: string,
): void {
  if (plan.added.length === 0 && plan.changed.length === 0 && !plan.newSource) return
  const note = `${table.title}（发布表导入）`

  const observationsFile = path.join(dataDir, TABLE_FILES.observations)
  const { columns, rows } = readRows(observationsFile)
  const changed = new Map(plan.changed.map((c) => [`${c.region}|${c.indicator}`, c]))
  const revisions: Row[] = []
  const updated = rows.map((row) => {
    const change =
      row.dataset === dataset && row.period === table.period
        ? changed.get(`${row.region}|${row.indicator}`)
        : undefined
    if (!change) return row
    revisions.push({
      dataset,
      region: change.region,
      period: change.period,
      indicator: change.indicator,
      old_value: change.old,
      old_source_id: row.source_id ?? '',
      new_value: change.new,
      new_source_id: source.id,
      revised_on: revisedOn,
    })
    return { ...row, value: change.new, source_id: source.id, note }
  })
  for (const added of plan.added) {
    updated.push({
      dataset,
      region: added.region,
      period: table.period,
      indicator: added.indicator,
      value: added.value,
      source_id: source.id,
      note,
    })
  }

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
    if (revisions.length > 0) {
      const revisionsFile = path.join(staged, REVISIONS)
      const previous = existsSync(revisionsFile) ? readRows(revisionsFile).rows : []
      writeFileSync(
        revisionsFile,
        stringify([...previous, ...revisions], { header: true, columns: REVISION_COLUMNS }),
      )
    }
    const { errors } = readTables(staged)
    if (errors.length > 0) {
      throw new Error(
        `the imported tables would not be valid:\n${errors.map(formatTableError).join('\n')}`,
      )
    }
    for (const file of [REVISIONS, TABLE_FILES.sources, TABLE_FILES.observations]) {
      const from = path.join(staged, file)
      if (existsSync(from)) renameSync(from, path.join(dataDir, file))
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
