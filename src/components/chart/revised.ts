import type { PanelTable, TableCell } from '../../domain/chart-data.ts'
import type { Lang } from '../../lib/i18n/lang.ts'

/** A revised figure's mark, in words: 修订. */
export const REVISED: Record<Lang, string> = { zh: '修订', en: 'revised' }

const isRevised = (cell: TableCell | null | undefined) =>
  !!cell && 'revised' in cell && cell.revised === true

/**
 * The last column of a table's CSV or sheet when any of its figures was revised after its first
 * release: headed 修订, naming for each row the columns whose figures were; null when none was.
 */
export function revisedColumn(
  table: PanelTable,
  lang: Lang,
): { header: string; cells: string[] } | null {
  if (!table.rows.some((row) => row.cells.some(isRevised))) return null
  return {
    header: REVISED[lang],
    cells: table.rows.map((row) =>
      table.columns.filter((_, i) => isRevised(row.cells[i])).join(lang === 'zh' ? '、' : '; '),
    ),
  }
}
