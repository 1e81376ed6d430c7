/**
 * data/revision-thresholds.csv: how far a revision may move a figure before the importer lists
 * it first in its report, as one to check before writing (README, "Importing": a large
 * revision). One row per kind of indicator, each with its threshold and how a change is
 * measured: `points`, the difference in the figure's own unit (百分点 for a rate, places for a
 * rank), or `percent`, the difference as a share of the value replaced. Validated by
 * `npm run data` like every table (file:row:column); not published in the API.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { IndicatorKindSchema, type IndicatorKind } from '../../src/schemas/indicators.ts'
import { readCsv } from './csv.ts'
import type { TableError } from './errors.ts'
import { columnsOf, locate, NUMBER_TEXT, parseRows } from './rows.ts'

export const REVISION_THRESHOLDS_FILE = 'revision-thresholds.csv'

const KINDS = IndicatorKindSchema.options

const ThresholdRowSchema = z.object({
  kind: z.enum(KINDS, {
    error: (issue) => `"${String(issue.input)}" is not a kind of indicator: ${KINDS.join(', ')}`,
  }),
  threshold: z.string().refine((value) => NUMBER_TEXT.test(value) && Number(value) > 0, {
    error: (issue) => `"${String(issue.input)}" is not a number above 0`,
  }),
  measure: z.enum(['points', 'percent'], {
    error: (issue) =>
      `"${String(issue.input)}" is not a measure: points (the difference in the figure's unit) or percent (of the value replaced)`,
  }),
  note: z.string(),
})

export interface RevisionThreshold {
  kind: IndicatorKind
  threshold: number
  measure: 'points' | 'percent'
  /** Where it is set, for the report: data/revision-thresholds.csv:3. */
  where: string
}

export function readRevisionThresholds(dataDir: string): {
  thresholds: Map<IndicatorKind, RevisionThreshold> | null
  errors: TableError[]
} {
  const full = path.join(dataDir, REVISION_THRESHOLDS_FILE)
  if (!existsSync(full)) return { thresholds: null, errors: [] }
  const file = path.join(path.basename(dataDir), REVISION_THRESHOLDS_FILE)
  const { table, errors } = readCsv(full, file, columnsOf(ThresholdRowSchema))
  if (errors.length > 0) return { thresholds: null, errors }
  const thresholds = new Map<IndicatorKind, RevisionThreshold>()
  for (const { row, line } of parseRows(table, ThresholdRowSchema, errors)) {
    const first = thresholds.get(row.kind)
    if (first) {
      errors.push(locate(table, line, 'kind', `"${row.kind}" has a row already (${first.where})`))
      continue
    }
    thresholds.set(row.kind, {
      kind: row.kind,
      threshold: Number(row.threshold),
      measure: row.measure,
      where: `${file}:${line}`,
    })
  }
  const missing = KINDS.filter((kind) => !thresholds.has(kind))
  if (errors.length === 0 && missing.length > 0)
    errors.push(
      locate(
        table,
        1,
        'kind',
        `no row for ${missing.join(', ')}: every kind of indicator needs its threshold`,
      ),
    )
  return { thresholds: errors.length === 0 ? thresholds : null, errors }
}

/** How far a revision moves a figure, by its kind's measure, and whether that is beyond it. */
export function revisionSize(
  threshold: RevisionThreshold,
  before: number,
  after: number,
): { amount: number; large: boolean } {
  // Rounded off float noise: 3.1 − 1.1 is 2.0000000000000004, which is 2 百分点, not more.
  const round = (value: number) => Math.round(value * 1e9) / 1e9
  const difference = round(Math.abs(after - before))
  const amount =
    threshold.measure === 'points'
      ? difference
      : before === 0
        ? Number.POSITIVE_INFINITY
        : round((difference / Math.abs(before)) * 100)
  return { amount, large: amount > threshold.threshold }
}
