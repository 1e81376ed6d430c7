import { labelled, withParens } from '../../lib/format/punctuation.ts'
import { useId, useRef, useState, type ReactNode } from 'react'
import { buildCsv, chartPng, fileName, saveFile } from './download.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { CHART_MESSAGES } from './messages.ts'
import { PanelStatusView, type PanelStatus } from './panel-state.tsx'
import { SyntheticBadge } from '../synthetic-badge.tsx'
import { Button } from '../ui/button.tsx'
import { MIN_CHART_POINTS, type PanelTable } from '../../domain/chart-data.ts'
import { DataTable, tableRows } from './data-table.tsx'
import { useHydrated } from '../../lib/use-hydrated.ts'

/** What a ready panel draws: the chart, and exactly its values as a table (Table view, CSV). */
export interface PanelContent {
  table: PanelTable
  chart: ReactNode
  legend: { label: string; color: string; dashed?: boolean; dotted?: boolean }[]
  /** A richer Table view than the plain one (the sortable scorecard). */
  tableView?: ReactNode
  /** How many figures the chart plots: fewer than three are listed as a table at first. */
  points?: number
  /** What the chart must say about itself: a scale stretched by an extreme figure. */
  note?: string | undefined
}

export type PanelState = PanelStatus<PanelContent>

export interface PanelMeta {
  title: string
  /** "%" or "亿元", or both: shown as 单位：…. */
  unit: string
  /** "2019年1-12月" or a range. */
  period: string
  /** The sources of the figures shown, each a readable line. */
  sources: string[]
  dataset: string
  synthetic: boolean
}

/**
 * The frame every chart panel shares: a <figure> whose caption gives title, unit, period and
 * sources; a Chart / Table switch over exactly the plotted values; CSV and PNG downloads; and
 * the loading, error and empty states, all in a box of fixed height so nothing shifts.
 */
export function ChartPanel({
  meta,
  state,
  lang,
  colors,
  height = 320,
  tableHeight = height === 'content' ? undefined : height,
  footnote,
  defaultView = 'chart',
  png = true,
  fit,
  children,
}: {
  meta: PanelMeta
  state: PanelState
  lang: Lang
  colors: ChartColors
  /** The chart's box, in px; or the drawing's own height, where it is laid out to its width. */
  height?: number | 'content'
  /** The most the table may take before it scrolls: the chart's height unless said. */
  tableHeight?: number
  footnote?: string
  defaultView?: 'chart' | 'table'
  /** Whether the drawn view exports as an image (a list of sentences does not). */
  png?: boolean
  /**
   * A box that takes its content's height up to this class's max-height (a list), instead of a
   * fixed height: no inline style, so the panel can be prerendered under the strict CSP.
   */
  fit?: string
  /** Below the chart: a legend or details that belong to both views. */
  children?: ReactNode
}) {
  const t = { ...useMessages(), ...useStrings(CHART_MESSAGES) }
  const [chosen, setView] = useState<'chart' | 'table' | null>(null)
  const points = state.status === 'ready' ? (state.value.points ?? Infinity) : Infinity
  const view = chosen ?? (points < MIN_CHART_POINTS ? 'table' : defaultView)
  const [exportError, setExportError] = useState<string | null>(null)
  const chartBox = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const hydrated = useHydrated()
  const sourceText = meta.sources.join('；')
  const metaRows: [string, string][] = [
    [t.unit, meta.unit],
    [t.period, meta.period],
    [t.sourceLine, sourceText || '—'],
    [t.datasetLine, meta.dataset],
    // What the panel says under the figures travels with them: "5/21 市已发布", the rules …
    ...(footnote ? [[t.noteLine, footnote] as [string, string]] : []),
  ]

  const downloadCsv = (table: PanelTable) => {
    const { header, rows } = tableRows(table, lang)
    const csv = buildCsv(
      [
        ['', meta.title],
        ...metaRows,
        ...(meta.synthetic ? [['', t.syntheticLabel] as [string, string]] : []),
      ],
      header,
      rows,
    )
    saveFile(
      fileName([meta.title, meta.period], 'csv'),
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    )
  }

  // Each source on its own row; the figures as numbers (xlsx.ts, loaded on the first click).
  const downloadXlsx = async (table: PanelTable) => {
    try {
      const { workbookBlob } = await import('./xlsx.ts')
      const blob = await workbookBlob([
        {
          name: meta.title,
          lang,
          title: meta.title,
          meta: [
            [t.unit, meta.unit],
            [t.period, meta.period],
            ...(meta.sources.length > 0 ? meta.sources : ['—']).map((line, i): [string, string] => [
              i === 0 ? t.sourceLine : '',
              line,
            ]),
            [t.datasetLine, meta.dataset],
            ...(footnote ? [[t.noteLine, footnote] as [string, string]] : []),
            ...(meta.synthetic ? [['', t.syntheticLabel] as [string, string]] : []),
          ],
          parts: [{ kind: 'table', table }],
        },
      ])
      saveFile(fileName([meta.title, meta.period], 'xlsx'), blob)
      setExportError(null)
    } catch (error) {
      setExportError(`${t.xlsxFailed}${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const downloadPng = async (legend: { label: string; color: string }[]) => {
    const svg = chartBox.current?.querySelector<SVGSVGElement>(
      'svg[data-chart], .recharts-wrapper > svg',
    )
    if (!svg) return
    try {
      const blob = await chartPng(
        svg,
        {
          title: meta.title,
          subtitle: `${labelled(t.unit, meta.unit, lang)} · ${labelled(t.period, meta.period, lang)}`,
          legend,
          footer: [
            labelled(t.sourceLine, sourceText || '—', lang),
            labelled(t.datasetLine, meta.dataset, lang),
            ...(footnote ? [labelled(t.noteLine, footnote, lang)] : []),
            ...(meta.synthetic ? [t.syntheticLabel] : []),
          ],
        },
        colors,
      )
      saveFile(fileName([meta.title, meta.period], 'png'), blob)
      setExportError(null)
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <figure
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <figcaption className="flex flex-col gap-1">
        <h2 id={titleId} className="text-base font-semibold text-slate-900 dark:text-slate-50">
          {meta.title}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {labelled(t.unit, meta.unit, lang)} · {labelled(t.period, meta.period, lang)}
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {labelled(t.sourceLine, sourceText || '—', lang)}
        </p>
        {meta.synthetic && <SyntheticBadge label={t.syntheticLabel} />}
      </figcaption>

      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <div
          role="group"
          aria-label={t.viewAs}
          className="inline-flex rounded-md border border-slate-300 dark:border-slate-600"
        >
          {(['chart', 'table'] as const).map((option) => (
            <button
              key={option}
              type="button"
              disabled={!hydrated}
              aria-pressed={view === option}
              onClick={() => {
                setView(option)
              }}
              className="min-h-8 px-3 text-sm first:rounded-l-md last:rounded-r-md aria-pressed:bg-slate-800 aria-pressed:text-white dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
            >
              {option === 'chart' ? t.chart : t.table}
            </button>
          ))}
        </div>
        {state.status === 'ready' && (
          <>
            <Button
              onClick={() => {
                downloadCsv(state.value.table)
              }}
            >
              {t.downloadCsv}
            </Button>
            <Button onClick={() => void downloadXlsx(state.value.table)}>{t.downloadXlsx}</Button>
            {view === 'chart' && png && (
              <Button onClick={() => void downloadPng(state.value.legend)}>{t.downloadPng}</Button>
            )}
          </>
        )}
        {exportError && (
          <span role="alert" className="text-xs text-red-700 dark:text-red-300">
            {exportError}
          </span>
        )}
      </div>

      {/* The chart's box keeps its height whatever the state, so nothing below moves; a table
          takes only the height of its rows. */}
      <div
        ref={chartBox}
        style={
          fit
            ? undefined
            : state.status === 'ready' && view === 'table'
              ? { maxHeight: tableHeight }
              : height === 'content'
                ? undefined
                : { height }
        }
        className={`relative flex min-w-0 flex-col ${fit ?? ''}`}
      >
        {state.status !== 'ready' ? (
          <PanelStatusView status={state} loading={t.loading} />
        ) : view === 'chart' ? (
          state.value.chart
        ) : (
          (state.value.tableView ?? (
            <DataTable
              table={state.value.table}
              caption={withParens(meta.title, meta.period, lang)}
              lang={lang}
              missing={t.missing}
            />
          ))
        )}
      </div>
      {state.status === 'ready' && children}
      {points < MIN_CHART_POINTS && (
        <small className="block text-xs text-slate-600 dark:text-slate-300">
          {t.fewPoints(points)}
        </small>
      )}
      {state.status === 'ready' && state.value.note && (
        <small className="block text-xs text-slate-600 dark:text-slate-300">
          {state.value.note}
        </small>
      )}
      {footnote && (
        <small className="block text-xs text-slate-600 dark:text-slate-300">{footnote}</small>
      )}
    </figure>
  )
}
