import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { TableError } from './errors.ts'

export interface CsvRow {
  /** 1-based line of the row in the file. */
  line: number
  cells: Record<string, string>
}

export interface CsvTable {
  file: string
  columns: string[]
  rows: CsvRow[]
}

/**
 * Reads a UTF-8 CSV with a header row. Structural problems (a missing column, a row with the
 * wrong number of cells) are returned as errors rather than thrown, so every problem of every
 * table is reported in one run.
 */
export function readCsv(
  path: string,
  file: string,
  required: readonly string[],
): {
  table: CsvTable
  errors: TableError[]
} {
  const errors: TableError[] = []
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    const message = error instanceof Error ? error.message : String(error)
    errors.push({
      file,
      row: line,
      column: 1,
      columnName: '',
      message: `not valid CSV: ${message}`,
    })
    return { table: { file, columns: [], rows: [] }, errors }
  }
  const [header, ...body] = records
  const columns = header?.record.map((name) => name.trim()) ?? []
  for (const name of required) {
    if (!columns.includes(name)) {
      errors.push({
        file,
        row: 1,
        column: columns.length + 1,
        columnName: name,
        message: `missing column "${name}" (expected: ${required.join(', ')})`,
      })
    }
  }
  const rows: CsvRow[] = []
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      errors.push({
        file,
        row: info.lines,
        column: Math.min(record.length, columns.length) + 1,
        columnName: columns[record.length] ?? '',
        message: `has ${record.length} cells, the header has ${columns.length}`,
      })
      continue
    }
    const cells = Object.fromEntries(columns.map((name, i) => [name, (record[i] ?? '').trim()]))
    rows.push({ line: info.lines, cells })
  }
  return { table: { file, columns, rows }, errors }
}
