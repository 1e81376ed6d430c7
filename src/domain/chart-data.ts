import type { Observation } from '../schemas/observations.ts'
import type { ObservationTable } from './observation-table.ts'
import type { Period } from './period.ts'

/** A figure with its published decimals, or text already worded (a rank change: "↑2"). */
export type TableCell = { value: number; decimals: number; revised?: true } | { text: string }

/** Exactly the values a chart plots: one row per category, one column per series. */
export interface PanelTable {
  /** Header of the first column (期间, 地区, 指标 …). */
  rowHeader: string
  columns: string[]
  /** null: not published, shown as —. */
  rows: { header: string; cells: (TableCell | null)[] }[]
  /** Columns of words rather than figures, aligned to the start (figures align to the end). */
  wordColumns?: number[]
}

/** One plotted series: which figures it reads and how it is named. */
export interface SeriesSpec {
  key: string
  region: string
  indicator: string
}

/**
 * A row per category (a period), a value per series: null where nothing was published, so
 * the chart leaves a gap and the table shows "—" (a period with no figure at all is left out of
 * the table). `${key}:decimals` keeps the published
 * decimals for tooltips.
 */
export type ChartRow = Record<string, string | number | null>

/**
 * Fewer figures than this make a near-empty chart: a panel, slide or 通报 gives its table
 * instead, a tile draws no sparkline (a dot or two says nothing the tile does not).
 */
export const MIN_CHART_POINTS = 3

export interface ChartData {
  rows: ChartRow[]
  table: PanelTable
  /** The observations plotted, for the panel's source line. */
  observations: Observation[]
}

export function seriesByPeriod(
  table: ObservationTable,
  periods: Period[],
  series: SeriesSpec[],
  labels: {
    rowHeader: string
    /** The axis label: short where room is short ("19年1-6月", "1-6月"). */
    period: (p: Period) => string
    /** The table's (and so the CSV's) period, in full: "2019年1-6月", never "19年1-6月" (#29). */
    header: (p: Period) => string
    column: (s: SeriesSpec) => string
  },
  /** A figure in the unit the chart and its table write it in (English amounts in billions). */
  shown: (s: SeriesSpec, o: Observation) => { value: number; decimals: number } = (_s, o) => o,
): ChartData {
  const observations: Observation[] = []
  const rows = periods.map((period) => {
    const row: ChartRow = { period, label: labels.period(period) }
    for (const s of series) {
      const o = table.get(s.region, period, s.indicator)
      const figure = o ? shown(s, o) : undefined
      row[s.key] = figure?.value ?? null
      row[`${s.key}:decimals`] = figure?.decimals ?? null
      if (o?.revised) row[`${s.key}:revised`] = 1
      if (o) observations.push(o)
    }
    return row
  })
  return {
    rows,
    observations,
    table: {
      rowHeader: labels.rowHeader,
      columns: series.map(labels.column),
      // The chart keeps every period (a gap is a gap); its table lists the periods with figures.
      rows: rows
        .map((row, i) => ({
          header: labels.header(periods[i]!),
          cells: series.map((s) => {
            const value = row[s.key]
            const decimals = row[`${s.key}:decimals`]
            if (typeof value !== 'number' || typeof decimals !== 'number') return null
            return row[`${s.key}:revised`]
              ? { value, decimals, revised: true as const }
              : { value, decimals }
          }),
        }))
        .filter((row) => row.cells.some((cell) => cell !== null)),
    },
  }
}

/** The distinct sources of what a panel plots, in order of first use. */
export function sourcesOf(observations: Observation[]): string[] {
  return [...new Set(observations.map((o) => o.source))]
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * A figure far from the others — more than five median absolute deviations from their median,
 * among at least five figures — which stretches a chart's scale: the chart then says so.
 */
export function outlierOf(observations: Observation[]): Observation | undefined {
  if (observations.length < 5) return undefined
  const middle = median(observations.map((o) => o.value))
  const spread = median(observations.map((o) => Math.abs(o.value - middle)))
  if (spread === 0) return undefined
  const distance = (o: Observation) => Math.abs(o.value - middle)
  return observations
    .filter((o) => distance(o) > 5 * spread)
    .sort((a, b) => distance(b) - distance(a))[0]
}
