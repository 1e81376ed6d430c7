import { withParens } from '../../../lib/format/punctuation.ts'
import type { PanelTable } from '../../../domain/chart-data.ts'
import { useHydrated } from '../../../lib/use-hydrated.ts'
import type { Sort, SortColumn } from '../../../lib/url/filters.ts'
import { formatValue, unitLabel } from '../../../lib/format/number.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Scorecard, ScorecardCell, Status } from '../lib/build-scorecard.ts'
import { comparisonText, STATUS_SYMBOL } from '../lib/scorecard-text.ts'
import type { StandingMessages } from '../messages.ts'

export const STATUS_TONE: Record<Status, string> = {
  above: 'text-up',
  near: 'text-slate-700 dark:text-slate-200',
  equal: 'text-slate-700 dark:text-slate-200',
  below: 'text-down',
}

/** The names of the four stabilities, from the shared strings. */
export type StabilityNames = Record<Scorecard['columns'][number]['stability'], string>

/** The scorecard's values and statuses as a plain table: the CSV, and the screen reader's view. */
export function scorecardTable(
  card: Scorecard,
  lang: Lang,
  t: StandingMessages & { regionColumn: string; province: string },
  names: StabilityNames,
): PanelTable {
  return {
    rowHeader: t.regionColumn,
    columns: card.columns.flatMap((c) => [
      withParens(indicatorName(c.indicator, lang), unitLabel(c.indicator.unit, lang), lang),
      t.statusColumn(names[c.stability]),
    ]),
    rows: [
      {
        header: t.province,
        cells: card.columns.flatMap((c) => {
          const o = card.province[c.stability]
          return [o ? { value: o.value, decimals: o.decimals } : null, null]
        }),
      },
      ...card.rows.map((row) => ({
        header: regionName(row.region, lang, true),
        cells: card.columns.flatMap((c) => {
          const cell = row.cells[c.stability]
          if (!cell.observation) return [null, null]
          return [
            { value: cell.observation.value, decimals: cell.observation.decimals },
            // Without a provincial figure there is no status: the legend says so, once.
            cell.comparison ? { text: comparisonText(cell.comparison, lang, t) } : null,
          ]
        }),
      })),
    ],
  }
}

function CellContent({
  cell,
  lang,
  t,
  missing,
  unit,
}: {
  cell: ScorecardCell
  lang: Lang
  t: StandingMessages
  missing: string
  unit: Scorecard['columns'][number]['indicator']['unit']
}) {
  if (!cell.observation)
    return (
      <span className="text-slate-500 dark:text-slate-400">
        —<span className="sr-only">{missing}</span>
      </span>
    )
  const value = formatValue(cell.observation.value, cell.observation.decimals, unit, lang).text
  const status = cell.comparison?.status
  return (
    <span className="inline-flex flex-col items-end">
      <span
        className={`inline-flex items-center gap-1 tabular-nums ${status ? STATUS_TONE[status] : ''}`}
      >
        {value}
        {status && <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>}
      </span>
      {cell.comparison && (
        <span className="text-sm text-slate-600 sm:text-[0.7rem] dark:text-slate-300">
          {comparisonText(cell.comparison, lang, t)}
        </span>
      )}
    </span>
  )
}

/** The real, sortable table: a header button per column, aria-sort on the sorted one. */
export function ScorecardTable({
  card,
  sort,
  onSort,
  lang,
  t,
  names,
  province,
  missing,
}: {
  card: Scorecard
  sort: Sort | null
  onSort: (sort: Sort) => void
  lang: Lang
  t: StandingMessages
  names: StabilityNames
  province: string
  missing: string
}) {
  const hydrated = useHydrated()
  const header = (column: SortColumn, label: string) => {
    const sorted = sort?.column === column ? sort.direction : undefined
    const next: Sort = { column, direction: sorted === 'desc' ? 'asc' : 'desc' }
    return (
      <th
        key={column}
        scope="col"
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
        className={`px-2 py-1 font-medium ${column === 'region' ? 'text-left' : 'text-right'}`}
      >
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => {
            onSort(next)
          }}
          className="inline-flex min-h-6 items-center gap-1 rounded px-1 hover:bg-slate-200 dark:hover:bg-slate-700"
        >
          {label}
          <span aria-hidden="true">{sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : '↕'}</span>
        </button>
      </th>
    )
  }
  return (
    <div
      className="max-h-full min-h-0 overflow-auto"
      tabIndex={0}
      role="region"
      aria-label={t.scorecardTitle}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t.scorecardTitle}</caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            {header('region', t.regionOrder)}
            {card.columns.map((c) =>
              header(c.stability, `${names[c.stability]} · ${indicatorName(c.indicator, lang)}`),
            )}
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-slate-300 bg-slate-50 font-medium dark:border-slate-600 dark:bg-slate-800/60">
            <th scope="row" className="px-2 py-1 text-left">
              {province}
            </th>
            {card.columns.map((c) => {
              const o = card.province[c.stability]
              return (
                <td key={c.stability} className="px-2 py-1 text-right tabular-nums">
                  {o ? (
                    formatValue(o.value, o.decimals, c.indicator.unit, lang).text
                  ) : (
                    <>
                      —<span className="sr-only">{missing}</span>
                    </>
                  )}
                </td>
              )
            })}
          </tr>
          {card.rows.map((row) => (
            <tr key={row.region.code} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="max-w-48 px-2 py-1 text-left font-normal break-words">
                {regionName(row.region, lang, true)}
              </th>
              {card.columns.map((c) => (
                <td key={c.stability} className="px-2 py-1 text-right">
                  <CellContent
                    cell={row.cells[c.stability]}
                    lang={lang}
                    t={t}
                    missing={missing}
                    unit={c.indicator.unit}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
