import type { PanelTable, TableCell } from '../../domain/chart-data.ts'
import { formatNumber } from '../../lib/format/number.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { REVISED, revisedColumn } from './revised.ts'

function cellText(cell: TableCell, lang: Lang): string {
  return 'text' in cell ? cell.text : formatNumber(cell.value, cell.decimals, lang)
}

export function DataTable({
  table,
  caption,
  lang,
  missing,
  size = 'desk',
}: {
  table: PanelTable
  caption: string
  lang: Lang
  missing: string
  /** On a slide, at the size of a meeting-room screen. */
  size?: 'desk' | 'slide'
}) {
  const align = (column: number) =>
    table.wordColumns?.includes(column) ? 'text-left' : 'text-right'
  return (
    <div
      className="max-h-full min-h-0 overflow-auto"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table
        className={`w-full border-collapse ${size === 'slide' ? 'text-[1.75rem]' : 'text-sm'}`}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {table.rowHeader}
            </th>
            {table.columns.map((column, i) => (
              <th key={column} scope="col" className={`px-2 py-1 font-medium ${align(i)}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.header} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="max-w-48 px-2 py-1 text-left font-normal break-words">
                {row.header}
              </th>
              {row.cells.map((cell, i) => (
                <td key={table.columns[i]} className={`px-2 py-1 tabular-nums ${align(i)}`}>
                  {cell ? (
                    <>
                      {cellText(cell, lang)}
                      {'revised' in cell && cell.revised && (
                        <span className="ml-1 text-xs font-semibold text-amber-900 dark:text-amber-200">
                          {REVISED[lang]}
                        </span>
                      )}
                    </>
                  ) : (
                    <span title={missing}>
                      —<span className="sr-only">{missing}</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * The table as CSV rows: numbers as published, without grouping; missing as —. When a figure was
 * revised after its first release, a last column 修订 names the columns of the row whose were.
 */
export function tableRows(
  table: PanelTable,
  lang: Lang = 'zh',
): { header: string[]; rows: string[][] } {
  const revised = revisedColumn(table, lang)
  return {
    header: [table.rowHeader, ...table.columns, ...(revised ? [revised.header] : [])],
    rows: table.rows.map((row, i) => [
      row.header,
      ...row.cells.map((cell) => (cell ? cellText(cell, 'zh') : '—')),
      ...(revised ? [revised.cells[i]!] : []),
    ]),
  }
}
