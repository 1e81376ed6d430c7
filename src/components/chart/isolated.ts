import type { ChartRow } from '../../domain/chart-data.ts'
import { formatNumber } from '../../lib/format/number.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartSeries } from './chart-series.ts'
import { textEms } from './text-width.ts'

/** The lines drawn as rows of dots, whose dots say their values (the chart and the brief's drawing). */
export interface IsolatedLines {
  /** Lines whose figures all stand alone between gaps. */
  keys: string[]
  /** The rows, each with `${key}:label`: the dot's value as published, or null. */
  rows: ChartRow[]
  /** The fewest periods between two labelled dots: where they would touch, none is labelled. */
  closest: number
  /** The longest label, in ems. */
  widest: number
}

/**
 * A line whose figures all stand alone between gaps is a row of dots: each says its value, in
 * its published decimals, unless two dots are too close for their labels.
 */
export function isolatedLines(rows: ChartRow[], series: ChartSeries[], lang: Lang): IsolatedLines {
  const keys = series
    .filter((s) => s.type === 'line')
    .filter((s) =>
      rows.every(
        (row, i) =>
          row[s.key] === null ||
          ((rows[i - 1]?.[s.key] ?? null) === null && (rows[i + 1]?.[s.key] ?? null) === null),
      ),
    )
    .map((s) => s.key)
  const labelled = rows.flatMap((row, i) => (keys.some((key) => row[key] !== null) ? [i] : []))
  const closest = Math.min(Infinity, ...labelled.slice(1).map((at, i) => at - labelled[i]!))
  const withLabels = keys.length
    ? rows.map((row) => {
        const labels: ChartRow = {}
        for (const key of keys) {
          const value = row[key]
          const decimals = row[`${key}:decimals`]
          labels[`${key}:label`] =
            typeof value === 'number' && typeof decimals === 'number'
              ? formatNumber(value, decimals, lang)
              : null
        }
        return { ...row, ...labels }
      })
    : rows
  const widest = Math.max(
    0,
    ...withLabels.flatMap((row) => keys.map((key) => textEms(String(row[`${key}:label`] ?? '')))),
  )
  return { keys, rows: withLabels, closest, widest }
}

/** At a period where another isolated line is higher, a dot's label goes below it. */
export function labelBelow(row: ChartRow | undefined, key: string, others: string[]): boolean {
  const own = Number(row?.[key])
  return others.some((other) => {
    const value = row?.[other]
    return typeof value === 'number' && value > own
  })
}
