import { createContext } from 'react'
import type { PanelTable } from '../domain/chart-data.ts'

/**
 * Marks on the cities of the map and the ranking (the 需关注 findings on the indicator shown):
 * given by the page, drawn as a symbol whose meaning the legend says — never colour alone.
 */
export interface RegionMarks {
  /** The symbol for a region on an indicator, with its words; undefined: no mark. */
  of: (region: string, indicator: string) => { symbol: string; label: string } | undefined
  /** The legend's entries: each symbol and what it means. */
  legend: { symbol: string; label: string }[]
  /** What the marks are, as a column header and the legend's name (需关注). */
  title: string
}

export const RegionMarksContext = createContext<RegionMarks | null>(null)

/** A table of regions (one row per code, in order) with the marks as a last column, when any. */
export function withMarkColumn(
  table: PanelTable,
  codes: readonly string[],
  marks: RegionMarks | null,
  indicator: string,
): PanelTable {
  const cells = codes.map((code) => marks?.of(code, indicator))
  if (!marks || cells.every((cell) => !cell)) return table
  return {
    ...table,
    columns: [...table.columns, marks.title],
    wordColumns: [...(table.wordColumns ?? []), table.columns.length],
    rows: table.rows.map((row, i) => {
      const cell = cells[i]
      return {
        ...row,
        cells: [...row.cells, { text: cell ? `${cell.symbol} ${cell.label}` : '' }],
      }
    }),
  }
}
