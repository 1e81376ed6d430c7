/**
 * What every table reader shares: cell schemas, validation of rows with a zod schema, and
 * errors located as file:row:column.
 */
import { z } from 'zod'
import { PeriodSchema } from '../../src/schemas/common.ts'
import type { CsvTable } from './csv.ts'
import type { TableError } from './errors.ts'

export const NUMBER_TEXT = /^-?\d+(\.\d+)?$/

export const PeriodCellSchema = z.string().superRefine((value, ctx) => {
  if (/^\d{4}-01$/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is a January period: January is not published alone, the first period of a year is YYYY-02 (1-2月)`,
    })
  } else if (!PeriodSchema.safeParse(value).success) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a period YYYY-MM (02 to 12)` })
  }
})

export const NumberCellSchema = z.string().refine((value) => NUMBER_TEXT.test(value), {
  error: (issue) => `"${String(issue.input)}" is not a number (digits, optional - and .)`,
})

export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape)
}

/** Validates every row of a table with a zod schema, turning issues into located errors. */
export function parseRows<T>(
  table: CsvTable,
  schema: z.ZodType<T>,
  errors: TableError[],
): { row: T; line: number }[] {
  const parsed: { row: T; line: number }[] = []
  for (const { line, cells } of table.rows) {
    const result = schema.safeParse(cells)
    if (result.success) {
      parsed.push({ row: result.data, line })
      continue
    }
    for (const issue of result.error.issues) {
      const columnName = String(issue.path[0] ?? '')
      errors.push(locate(table, line, columnName, issue.message))
    }
  }
  return parsed
}

export function locate(
  table: CsvTable,
  row: number,
  columnName: string,
  message: string,
): TableError {
  return {
    file: table.file,
    row,
    column: table.columns.indexOf(columnName) + 1,
    columnName,
    message,
  }
}

export function decimalsOf(text: string): number {
  const dot = text.indexOf('.')
  return dot === -1 ? 0 : text.length - dot - 1
}

export function rejectDuplicates(
  table: CsvTable,
  rows: { line: number; key: string }[],
  column: string,
  errors: TableError[],
): void {
  const seen = new Map<string, number>()
  for (const { line, key } of rows) {
    const first = seen.get(key)
    if (first === undefined) seen.set(key, line)
    else errors.push(locate(table, line, column, `"${key}" is already defined on row ${first}`))
  }
}
