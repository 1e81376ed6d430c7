/**
 * What a document says, before any file format: blocks of text, tables and charts, each with
 * its unit, period and sources. The .docx and .pptx writers only lay these out, so both files
 * carry the same figures and the same words, and the tests read them off the model.
 */
import type { ChartData, PanelTable } from '../../../domain/chart-data.ts'
import { formatNumber } from '../../../lib/format/number.ts'
import { formatPeriodShort } from '../../../lib/format/period.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'

export interface ChartSeriesBlock {
  key: string
  name: string
  /** One value per category; null where nothing was published (a gap, never 0). */
  values: (number | null)[]
  type: 'line' | 'bar'
  axis: 'left' | 'right'
  color: string
}

export interface ChartBlock {
  kind: 'chart'
  title: string
  categories: string[]
  series: ChartSeriesBlock[]
  leftUnit: string
  rightUnit: string | undefined
  /** Alt text: the title and every value, as a screen reader reads the chart. */
  alt: string
  /** The same values as a table, printed under the chart. */
  table: PanelTable
  notes: string[]
}

export interface TableBlock {
  kind: 'table'
  title: string
  table: PanelTable
  /** Unit, period and source lines printed under the table. */
  notes: string[]
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A line in the size of a table's 注: what a left-out table would have said. */
  | { kind: 'note'; text: string }
  /** A line of the 数据来源 (a source, or what the latest release brought), run on, smaller. */
  | { kind: 'source'; text: string }
  | TableBlock
  | ChartBlock

/** A chart's series as plotted, from the chart data the panels draw. */
export function chartBlock(
  chart: {
    data: ChartData
    series: {
      key: string
      label: string
      type?: 'line' | 'bar'
      axis?: 'left' | 'right'
      color: string
    }[]
    leftUnit?: string
    rightUnit?: string | undefined
  },
  title: string,
  notes: string[],
  describe: (title: string, values: string) => string,
  lang: Lang,
): ChartBlock {
  // Axis labels as the charts' own ("23年1-2月"): a three-year trend has some thirty of them.
  const categories = chart.data.rows.map((row) =>
    typeof row.period === 'string' ? formatPeriodShort(row.period, lang) : String(row.label),
  )
  const series = chart.series.map((s) => ({
    key: s.key,
    name: s.label,
    values: chart.data.rows.map((row) => {
      const value = row[s.key]
      return typeof value === 'number' ? value : null
    }),
    type: s.type ?? 'line',
    axis: s.axis ?? 'left',
    color: s.color.replace('#', '').toUpperCase(),
  }))
  const sep = lang === 'zh' ? '；' : '; '
  const values = series
    .map(
      (s) =>
        `${s.name}${lang === 'zh' ? '：' : ': '}` +
        s.values
          .flatMap((v, i) =>
            v === null
              ? []
              : [
                  `${categories[i]} ${cellText({ value: v, decimals: decimalsOf(chart.data, s.key, i) }, lang)}`,
                ],
          )
          .join(lang === 'zh' ? '，' : ', '),
    )
    .join(sep)
  return {
    kind: 'chart',
    title,
    categories,
    series,
    leftUnit: chart.leftUnit ?? '',
    rightUnit: chart.rightUnit,
    alt: describe(title, values),
    table: chart.data.table,
    notes,
  }
}

function decimalsOf(data: ChartData, key: string, index: number): number {
  const decimals = data.rows[index]?.[`${key}:decimals`]
  return typeof decimals === 'number' ? decimals : 0
}

/** A table cell as printed: figures at their published decimals; "—" when not published. */
export function cellText(cell: PanelTable['rows'][number]['cells'][number], lang: Lang): string {
  if (!cell) return '—'
  if ('text' in cell) return cell.text
  return formatNumber(cell.value, cell.decimals, lang)
}

/**
 * A text's width in ems, as a table's columns are sized by it: CJK and full-width forms one, the
 * rest (digits, Latin, %) some 0.6.
 */
export function textEms(text: string): number {
  let sum = 0
  for (const ch of text) sum += /[\u2e80-\ufe4f\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return sum
}

/**
 * A table's column widths, in ems of its font, for a table `total` ems wide: a short column (its
 * widest text at most 8 ems) as wide as that text and `pad`, so 不适用 or a figure is never
 * broken; the others as wide as their widest text needs for the rows to take the fewest lines
 * (up to 4), their headers on one, sharing what is left. Rows taller than that: the others share
 * the rest in proportion to their widest text (up to 20 ems), so a column of sentences is not
 * squeezed to the width of a column of one word; when the short columns leave the others too
 * little, every column shares the width in proportion.
 */
export function columnEms(rows: string[][], total: number, pad: number): number[] {
  const widest = (rows[0] ?? []).map((_, i) =>
    Math.max(...rows.map((row) => textEms(row[i] ?? ''))),
  )
  const short = widest.map((w) => w <= 8)
  const fixed = widest.reduce((sum, w, i) => sum + (short[i] ? w + pad : 0), 0)
  // The fewest lines: each long column its widest text set in that many lines, an em more for
  // where a line cannot break.
  const header = (rows[0] ?? []).map((text) => textEms(text))
  for (let lines = 1; lines <= 4; lines++) {
    const need = widest.map((w, i) =>
      short[i] ? w + pad : Math.max(header[i]!, Math.ceil(w / lines) + 1) + pad,
    )
    const spare = total - need.reduce((a, b) => a + b, 0)
    const long = need.reduce((sum, w, i) => sum + (short[i] ? 0 : w), 0)
    if (spare >= 0 && long > 0) return need.map((w, i) => (short[i] ? w : w + (spare * w) / long))
  }
  const weights = widest.map((w, i) => (short[i] ? 0 : Math.min(20, w)))
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0 || total - fixed < sum * 0.25) {
    const all = widest.map((w) => Math.max(2.5, Math.min(20, w)))
    const allSum = all.reduce((a, b) => a + b, 0)
    return all.map((w) => (total * w) / allSum)
  }
  return widest.map((w, i) => (short[i] ? w + pad : ((total - fixed) * weights[i]!) / sum))
}
