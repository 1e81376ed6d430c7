import { ChartPanel, type PanelState } from '../../../components/chart/chart-panel.tsx'
import { sourcesOf, type PanelTable } from '../../../domain/chart-data.ts'
import type { Sort, SortColumn } from '../../../lib/url/filters.ts'
import { formatNumber, formatValue, unitLabel } from '../../../lib/format/number.ts'
import type { PanelStrings } from '../../../lib/i18n/panel-messages.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import type { Unit } from '../../../schemas/indicators.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import {
  buildScorecard,
  SCORECARD_THRESHOLD_POINTS,
  type Scorecard,
  type ScorecardCell,
  type Status,
} from '../lib/build-scorecard.ts'
import { useStanding } from '../lib/use-standing.ts'

const SYMBOL: Record<Status, string> = { above: '▲', within: '●', below: '▼' }
const TONE: Record<Status, string> = {
  above: 'text-up',
  within: 'text-slate-700 dark:text-slate-200',
  below: 'text-down',
}

function statusText(status: Status | undefined, t: PanelStrings): string {
  if (!status) return t.statusNone
  return status === 'above' ? t.statusAbove : status === 'below' ? t.statusBelow : t.statusWithin
}

const STABILITY_NAMES = {
  growth: 'stabilityGrowth',
  investment: 'stabilityInvestment',
  hightech: 'stabilityHightech',
  tech: 'stabilityTech',
} as const

function scorecardTable(card: Scorecard, lang: Lang, t: PanelStrings): PanelTable {
  return {
    rowHeader: t.regionColumn,
    columns: card.columns.flatMap((c) => [
      `${indicatorName(c.indicator, lang)}（${unitLabel(c.indicator.unit, lang)}）`,
      `${t[STABILITY_NAMES[c.stability]]}：${lang === 'zh' ? '状态' : 'status'}`,
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
          return cell.observation
            ? [
                { value: cell.observation.value, decimals: cell.observation.decimals },
                { text: statusText(cell.status, t) },
              ]
            : [null, null]
        }),
      })),
    ],
  }
}

function CellContent({
  cell,
  lang,
  t,
  unit,
}: {
  cell: ScorecardCell
  lang: Lang
  t: PanelStrings
  unit: Unit
}) {
  if (!cell.observation)
    return <span className="text-slate-500 dark:text-slate-400">{t.missing}</span>
  const value = formatValue(cell.observation.value, cell.observation.decimals, unit, lang).text
  return (
    <span
      className={`inline-flex items-center justify-end gap-1 tabular-nums ${cell.status ? TONE[cell.status] : ''}`}
    >
      {value}
      {cell.status && <span aria-hidden="true">{SYMBOL[cell.status]}</span>}
      <span className="sr-only">{statusText(cell.status, t)}</span>
    </span>
  )
}

/** The real, sortable table: a header button per column, aria-sort on the sorted one. */
function ScorecardTable({
  card,
  sort,
  onSort,
  lang,
  t,
}: {
  card: Scorecard
  sort: Sort | null
  onSort: (sort: Sort) => void
  lang: Lang
  t: PanelStrings
}) {
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
          onClick={() => {
            onSort(next)
          }}
          className="inline-flex items-center gap-1 rounded px-1 hover:bg-slate-200 dark:hover:bg-slate-700"
        >
          {label}
          <span aria-hidden="true">{sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : '↕'}</span>
        </button>
      </th>
    )
  }
  return (
    <div
      className="max-h-full overflow-auto"
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
              header(
                c.stability,
                `${t[STABILITY_NAMES[c.stability]]} · ${indicatorName(c.indicator, lang)}`,
              ),
            )}
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-slate-300 bg-slate-50 font-medium dark:border-slate-600 dark:bg-slate-800/60">
            <th scope="row" className="px-2 py-1 text-left">
              {t.province}
            </th>
            {card.columns.map((c) => {
              const o = card.province[c.stability]
              return (
                <td key={c.stability} className="px-2 py-1 text-right tabular-nums">
                  {o ? formatValue(o.value, o.decimals, c.indicator.unit, lang).text : t.missing}
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

const CELL_W = 150
const NAME_W = 90
const ROW_H = 22

/** The same scorecard as an SVG matrix for the Chart view and the PNG: colour plus symbol. */
export function ScorecardMatrix({
  card,
  lang,
  t,
  colors,
  fontSize = 12,
}: {
  card: Scorecard
  lang: Lang
  t: PanelStrings
  colors: ChartColors
  /** In viewBox units; larger on presentation screens. */
  fontSize?: number
}) {
  const width = NAME_W + card.columns.length * CELL_W
  const height = (card.rows.length + 2) * ROW_H
  const fill = (status: Status | undefined) =>
    status === 'above'
      ? colors.up
      : status === 'below'
        ? colors.down
        : status === 'within'
          ? colors.muted
          : colors.grid
  return (
    <svg
      data-chart
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height="100%"
      role="img"
      aria-label={t.scorecardTitle}
      fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif"
      fontSize={fontSize}
    >
      {card.columns.map((c, i) => (
        <text
          key={c.stability}
          x={NAME_W + i * CELL_W + CELL_W / 2}
          y={15}
          textAnchor="middle"
          fill={colors.foreground}
          fontWeight={600}
        >
          {t[STABILITY_NAMES[c.stability]]}
        </text>
      ))}
      {[
        {
          name: t.province,
          cells: card.columns.map((c) => ({
            observation: card.province[c.stability],
            status: undefined,
          })),
        },
        ...card.rows.map((row) => ({
          name: regionName(row.region, lang, true),
          cells: card.columns.map((c) => row.cells[c.stability]),
        })),
      ].map((row, r) => (
        <g key={row.name} transform={`translate(0 ${(r + 1) * ROW_H})`}>
          <text x={4} y={15} fill={colors.foreground} fontWeight={r === 0 ? 600 : 400}>
            {row.name}
          </text>
          {row.cells.map((cell, i) => (
            <g key={card.columns[i]!.stability} transform={`translate(${NAME_W + i * CELL_W} 0)`}>
              <rect
                x={2}
                y={2}
                width={CELL_W - 4}
                height={ROW_H - 4}
                rx={3}
                fill={r === 0 ? colors.grid : fill(cell.status)}
                opacity={r === 0 ? 1 : 0.18}
              />
              <text
                x={CELL_W / 2}
                y={15}
                textAnchor="middle"
                fill={cell.status ? fill(cell.status) : colors.foreground}
              >
                {cell.observation
                  ? `${formatNumber(cell.observation.value, cell.observation.decimals, lang)} ${cell.status ? SYMBOL[cell.status] : ''}`
                  : t.missing}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  )
}

export function ScorecardPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines, data } = useStanding()
  const { setFilters } = useFilters()
  const { period, lang, measure } = filters
  const card =
    data.table && period ? buildScorecard(data.table, catalog, period, measure, filters.sort) : null
  const shown = card
    ? [
        ...card.rows.flatMap((r) =>
          Object.values(r.cells).flatMap((c) => (c.observation ? [c.observation] : [])),
        ),
      ]
    : []
  const height = (catalog.cities.length + 2) * 30

  let state: PanelState
  if (!period) state = { status: 'empty', reason: t.missing }
  else if (data.errors.length > 0)
    state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!card) state = { status: 'loading' }
  else {
    state = {
      status: 'ready',
      table: scorecardTable(card, lang, t),
      legend: [],
      chart: <ScorecardMatrix card={card} lang={lang} t={t} colors={colors} />,
      tableView: (
        <ScorecardTable
          card={card}
          sort={filters.sort}
          onSort={(sort) => {
            setFilters({ sort })
          }}
          lang={lang}
          t={t}
        />
      ),
    }
  }

  return (
    <ChartPanel
      meta={{
        title: t.scorecardTitle,
        unit: '%',
        period: period ? formatPeriod(period, lang) : '—',
        sources: sourceLines(sourcesOf(shown)),
        dataset: datasetLabel,
        synthetic,
      }}
      state={state}
      lang={lang}
      colors={colors}
      height={height}
      defaultView="table"
      footnote={t.scorecardRule(SCORECARD_THRESHOLD_POINTS)}
    >
      <ul aria-label={t.mapLegend} className="flex flex-wrap gap-x-4 text-xs">
        {(['above', 'within', 'below'] as const).map((status) => (
          <li key={status} className={TONE[status]}>
            <span aria-hidden="true">{SYMBOL[status]} </span>
            {statusText(status, t)}
          </li>
        ))}
        <li className="text-slate-600 dark:text-slate-300">{t.statusNone}</li>
      </ul>
    </ChartPanel>
  )
}
