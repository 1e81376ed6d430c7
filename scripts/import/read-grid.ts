/**
 * A release table file → a grid of cells, whatever it was saved as: CSV in UTF-8 (with or
 * without a byte-order mark) or in GBK/GB18030, as the bureau's files often are, or XLSX
 * (the first sheet).
 */
import { readSheet } from 'read-excel-file/node'
import { parse } from 'csv-parse/sync'

export interface Cell {
  text: string
  /**
   * Whether `text` is the figure as printed. A numeric XLSX cell stores the number, not how
   * it was printed ("7.0" is stored as 7): such a cell is compared by value.
   */
  exact: boolean
}

export type Grid = Cell[][]

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'xlsx'

export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** UTF-8 if it decodes as UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Buffer): { text: string; encoding: Encoding } {
  if (bytes.subarray(0, 3).equals(BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}

export async function readGrid(bytes: Buffer): Promise<{ grid: Grid; encoding: Encoding }> {
  if (bytes.length === 0) throw new ImportError('the file is empty')
  if (bytes.subarray(0, 4).equals(ZIP)) {
    let rows: unknown[][]
    try {
      rows = await readSheet(bytes)
    } catch (error) {
      throw new ImportError(
        `not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`,
      )
    }
    const grid = rows.map((row) =>
      row.map((value): Cell => {
        if (typeof value === 'number') return { text: String(value), exact: false }
        return {
          text:
            typeof value === 'string'
              ? value
              : typeof value === 'boolean'
                ? String(value)
                : value instanceof Date
                  ? value.toISOString().slice(0, 10)
                  : '',
          exact: true,
        }
      }),
    )
    return { grid, encoding: 'xlsx' }
  }
  if (bytes.includes(0))
    throw new ImportError('not a table: the file is binary, neither CSV nor XLSX')
  const { text, encoding } = decodeText(bytes)
  if (text.trim() === '') throw new ImportError('the file is empty')
  let records: string[][]
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false })
  } catch (error) {
    throw new ImportError(
      `not a CSV table (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  return { grid: records.map((row) => row.map((text) => ({ text, exact: true }))), encoding }
}
