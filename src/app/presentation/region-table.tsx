import type { ReactNode } from 'react'

export interface RegionTableRow {
  key: string
  name: string
  /** The slide's own region, in bold. */
  bold?: boolean
  /** One per column, in order. */
  cells: { key: string; content: ReactNode; className?: string }[]
}

/**
 * Regions down, figures across: a slide's table of regions. On a phone's narrow canvas English
 * headers hold words like "transformation" that do not break, so there `stacked` gives each
 * region a row of its own above its figures, and the figures the whole width (a tbody per
 * region, headed by its name): the table then fits 360 px. Chinese breaks between characters
 * and keeps the region beside its figures.
 */
export function RegionTable({
  caption,
  regionColumn,
  columns,
  rows,
  stacked,
  className,
}: {
  caption: string
  regionColumn: string
  columns: { key: string; name: string }[]
  rows: RegionTableRow[]
  stacked: boolean
  className: string
}) {
  const line = 'border-t border-slate-300 dark:border-slate-700'
  const cells = (row: RegionTableRow) =>
    row.cells.map((cell) => (
      <td
        key={cell.key}
        className={`py-[0.25rem] text-right whitespace-nowrap ${cell.className ?? ''}`}
      >
        {cell.content}
      </td>
    ))
  return (
    <table className={`w-full tabular-nums ${className}`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {!stacked && (
            <th scope="col" className="text-left font-medium">
              {regionColumn}
            </th>
          )}
          {columns.map((c) => (
            <th key={c.key} scope="col" className="text-right align-bottom font-medium">
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      {stacked ? (
        rows.map((row) => (
          <tbody key={row.key} className={line}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={columns.length}
                className={`pt-[0.25rem] text-left ${row.bold ? 'font-bold' : 'font-normal'}`}
              >
                {row.name}
              </th>
            </tr>
            <tr className={row.bold ? 'font-bold' : ''}>{cells(row)}</tr>
          </tbody>
        ))
      ) : (
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`${line} ${row.bold ? 'font-bold' : ''}`}>
              <th
                scope="row"
                className={`text-left whitespace-nowrap ${row.bold ? 'font-bold' : 'font-normal'}`}
              >
                {row.name}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  )
}
