/** What a series chart draws: its series and their data (types only, for the chart and its parts). */
import type { ChartRow } from '../../domain/chart-data.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'

export interface ChartSeries {
  key: string
  label: string
  color: string
  type: 'line' | 'bar'
  axis?: 'left' | 'right'
  dashed?: boolean
  /** A line in dots: a compared region's second rate (year-series.ts). */
  dotted?: boolean
  /** Shown after the value in the tooltip: "%" or "亿元". */
  unit: string
}

export interface SeriesChartProps {
  rows: ChartRow[]
  series: ChartSeries[]
  colors: ChartColors
  lang: Lang
  height: number
  leftUnit: string
  rightUnit?: string
  missing: string
  /** Font size of axis labels; larger on presentation screens. */
  fontSize?: number
  /** vertical: categories down the left (long names), bars across; bars only. */
  layout?: 'horizontal' | 'vertical'
}
