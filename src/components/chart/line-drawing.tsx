/**
 * A chart of lines as plain SVG, laid out from the data alone: no chart library, no measuring,
 * nothing drawn twice, so it renders at once and the same on the server as in the browser. The
 * brief's charts (issue 28): at 4× CPU the Recharts chart took one frame of 1.4–1.6 s after the
 * sheet appeared (its store, and its axes measuring every label in the DOM), and rendered
 * nothing on the server.
 *
 * Drawn at a fixed size in its own units and scaled by the page to its column; a column at least
 * DRAWING.width px wide draws its labels at FONT px or more.
 */
import type { ChartRow } from '../../domain/chart-data.ts'
import { formatNumber } from '../../lib/format/number.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import type { ChartSeries } from './chart-series.ts'
import { isolatedLines, labelBelow } from './isolated.ts'
import { roundTicks } from './round-ticks.ts'
import { textEms } from './text-width.ts'

export const DRAWING = { width: 320, height: 160 }
const FONT = 12

const decimalsOf = (tick: number) => (String(tick).split('.')[1] ?? '').length

/**
 * Which categories are labelled along x: every `step`-th, as few steps as keep the labels a font
 * size apart, the first and the last always (the one before the last left out when they would
 * touch).
 */
export function labelledCategories(labels: string[], band: number, font: number): number[] {
  const widest = Math.max(0, ...labels.map(textEms)) * font
  const step = Math.max(1, Math.ceil((widest + font) / band))
  const last = labels.length - 1
  const shown = labels.flatMap((_, i) => (i % step === 0 && last - i >= step ? [i] : []))
  return last >= 0 ? [...shown, last] : []
}

export function LineDrawing({
  rows,
  series,
  colors,
  lang,
  unit,
  labelledBy,
}: {
  rows: ChartRow[]
  /** Drawn as lines, whatever their type: the brief's charts are rates. */
  series: ChartSeries[]
  colors: ChartColors
  lang: Lang
  /** Above the value axis: "%". */
  unit: string
  /** The id of the figure's caption, which names the drawing. */
  labelledBy: string
}) {
  const { width, height } = DRAWING
  const values = rows.flatMap((row) =>
    series.flatMap((s) => {
      const value = row[s.key]
      return typeof value === 'number' ? [value] : []
    }),
  )
  // From zero, in round steps: a growth rate reads against zero.
  const ticks = roundTicks(values)
  const tickText = ticks.map((tick) => formatNumber(tick, decimalsOf(tick), lang))
  const low = ticks[0]!
  const high = ticks.at(-1)!
  const left = Math.ceil(Math.max(...tickText.map(textEms)) * FONT) + 8
  const right = width - FONT / 2
  const top = FONT * 2
  const bottom = height - FONT * 2
  const band = (right - left) / Math.max(1, rows.length)
  const x = (i: number) => left + band * (i + 0.5)
  const y = (value: number) => bottom - ((value - low) / (high - low)) * (bottom - top)
  const isolated = isolatedLines(rows, series, lang)
  const labelDots = band * isolated.closest >= isolated.widest * FONT + 4
  const labels = rows.map((row) => String(row.label))

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={labelledBy}
      className="block h-auto w-full max-w-md"
      fontSize={FONT}
    >
      <text x={0} y={FONT} fill={colors.muted}>
        {unit}
      </text>
      {ticks.map((tick, i) => (
        <g key={tick}>
          <line
            x1={left}
            x2={right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? colors.muted : colors.grid}
          />
          <text
            x={left - 6}
            y={y(tick)}
            dy="0.35em"
            textAnchor="end"
            fill={colors.muted}
            className="tabular-nums"
          >
            {tickText[i]}
          </text>
        </g>
      ))}
      {labelledCategories(labels, band, FONT).map((i) => {
        // Centred on its period, kept whole inside the drawing.
        const half = (textEms(labels[i]!) * FONT) / 2
        return (
          <text
            key={i}
            x={Math.min(Math.max(x(i), half), width - half)}
            y={height - FONT / 2}
            textAnchor="middle"
            fill={colors.muted}
          >
            {labels[i]}
          </text>
        )
      })}
      {series.map((s) => {
        // A period without a figure is a gap: the line is never bridged.
        const path = rows
          .map((row, i) => {
            const value = row[s.key]
            if (typeof value !== 'number') return ''
            const joined = typeof rows[i - 1]?.[s.key] === 'number'
            return `${joined ? 'L' : 'M'}${x(i).toFixed(1)},${y(value).toFixed(1)}`
          })
          .join('')
        const others = isolated.keys.filter((key) => key !== s.key)
        return (
          <g key={s.key} fill={s.color}>
            <path
              d={path}
              fill="none"
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : s.dotted ? '2 3' : undefined}
            />
            {rows.map((row, i) => {
              const value = row[s.key]
              return typeof value === 'number' ? (
                <circle key={i} cx={x(i)} cy={y(value)} r={3} />
              ) : null
            })}
            {labelDots &&
              isolated.keys.includes(s.key) &&
              isolated.rows.map((row, i) => {
                const label = row[`${s.key}:label`]
                const value = row[s.key]
                if (typeof label !== 'string' || typeof value !== 'number') return null
                const below = labelBelow(row, s.key, others)
                return (
                  <text
                    key={i}
                    x={x(i)}
                    y={y(value) + (below ? FONT * 1.4 : -FONT * 0.6)}
                    textAnchor="middle"
                  >
                    {label}
                  </text>
                )
              })}
          </g>
        )
      })}
    </svg>
  )
}

/** What each line of a LineDrawing is, in the text's size: a swatch of its stroke and its name. */
export function LineLegend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1">
          <svg width={18} height={8} aria-hidden="true" className="shrink-0">
            <line
              x1={0}
              x2={18}
              y1={4}
              y2={4}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : s.dotted ? '2 3' : undefined}
            />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  )
}
