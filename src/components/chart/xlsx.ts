/**
 * A panel's table (or a period's panels, one sheet each) as an .xlsx workbook: the title, then
 * unit, period, each source on its own row, dataset and the demo marking, a blank row and the
 * table, figures as numeric cells at their published decimals (Excel sums and charts them), a
 * figure not published as "—", never 0. Loaded only when a workbook is asked for: the writer
 * (write-excel-file) is not first-view code.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal'
import type { PanelTable, TableCell } from '../../domain/chart-data.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { revisedColumn } from './revised.ts'

/** What a sheet holds: a title, its label/value rows, then words and tables in order. */
export interface SheetSpec {
  /** The sheet's tab name (made safe and unique by the workbook). */
  name: string
  /** The language of its words (the 修订 column's heading). */
  lang: Lang
  title: string
  /** Label and value: 单位 %, 统计期 …; a source list is one row per source. */
  meta: [string, string][]
  parts: ({ kind: 'text'; text: string } | { kind: 'table'; title?: string; table: PanelTable })[]
}

const BOLD = { fontWeight: 'bold' } as const

/** A figure's Excel number format: its published decimals, no grouping (1038, 7220.42). */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'
}

function cell(value: TableCell | null): Cell {
  if (!value) return '—'
  if ('text' in value) return value.text
  return { value: value.value, type: Number, format: numberFormat(value.decimals) }
}

/** The rows of a sheet, as written: exported for the tests, which read the file back. */
export function sheetRows(spec: SheetSpec): SheetData {
  const rows: SheetData = [[{ value: spec.title, ...BOLD }]]
  for (const [label, value] of spec.meta) rows.push([label, value])
  for (const part of spec.parts) {
    rows.push([])
    if (part.kind === 'text') {
      rows.push([part.text])
      continue
    }
    if (part.title) rows.push([{ value: part.title, ...BOLD }])
    const { table } = part
    // As in the CSV: a last column 修订 names the row's revised figures (revised.ts).
    const revised = revisedColumn(table, spec.lang)
    const header = [table.rowHeader, ...table.columns, ...(revised ? [revised.header] : [])]
    rows.push(header.map((h) => ({ value: h, ...BOLD })))
    table.rows.forEach((row, i) => {
      rows.push([row.header, ...row.cells.map(cell), ...(revised ? [revised.cells[i]!] : [])])
    })
  }
  return rows
}

/** Excel's rule for tab names: at most 31 characters, none of \ / ? * [ ] :, unique. */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>()
  return names.map((name, i) => {
    const base = (name.replace(/[\\/?*[\]:]/g, ' ').trim() || `Sheet${i + 1}`).slice(0, 31)
    let unique = base
    for (let n = 2; used.has(unique.toLowerCase()); n += 1)
      unique = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
    used.add(unique.toLowerCase())
    return unique
  })
}

/** Column widths in characters from the widest text (a CJK character counts two). */
function widths(rows: SheetData): { width: number }[] {
  const out: number[] = []
  // The title and the words rows span the sheet: they do not set a column's width.
  for (const row of rows.filter((r) => r.length > 1))
    row.forEach((c, i) => {
      const value: unknown = c && typeof c === 'object' && 'value' in c ? c.value : c
      const text =
        typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
      let w = 0
      for (const ch of text) w += /[\u2e80-\ufe4f\uff00-\uffef]/.test(ch) ? 2 : 1
      out[i] = Math.min(60, Math.max(out[i] ?? 8, w + 2))
    })
  return out.map((width) => ({ width }))
}

export async function workbookBlob(sheets: SheetSpec[]): Promise<Blob> {
  if (sheets.length === 0) throw new Error('no table to write')
  const names = sheetNames(sheets.map((s) => s.name))
  return writeXlsxFile(
    sheets.map((spec, i) => {
      const data = sheetRows(spec)
      return { data, sheet: names[i]!, columns: widths(data) }
    }),
    { fontFamily: 'Microsoft YaHei', fontSize: 11 },
  ).toBlob()
}
