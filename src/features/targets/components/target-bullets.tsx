import { PanelStatusView } from '../../../components/chart/panel-state.tsx'
import { textEms } from '../../../components/chart/text-width.ts'
import type { ChartColors } from '../../../lib/theme.ts'

/** One bar: the figure (a growth rate, or the share of the plan done) and the line it is read against, in %. */
export interface Bullet {
  label: string
  value: number
  line: number
  /** What the bar says beside it: "4.2%（1-12月） · 目标5% ✘ 未达". */
  text: string
  /** The series colour of its region when regions are compared (a compared one: 1, 2 …). */
  tone?: number
}

/** A row, the bars' span and the gaps, in multiples of the font size: the picture scales with it. */
const ROW_EMS = 3.3
const BAR_EMS = 32
const PAD_EMS = 0.9

/**
 * The height of a targets panel's bars at the desk's 14 px, and the most its table may take
 * (rows of one to two lines) before it scrolls.
 */
export function targetsPanelHeights(bars: number, tableRows: number) {
  return {
    height: Math.max(2, bars) * ROW_EMS * 14 + 40,
    tableHeight: Math.max(2, tableRows + 1) * 60 + 40,
  }
}

/**
 * The targets as bullet bars, in %: each figure a bar, its target (or 序时进度) a mark across it,
 * its figure, line and status in words beside it. Drawn as SVG with its text, so it reads the same in the PNG.
 */
export function TargetBullets({
  bullets,
  colors,
  label,
  empty,
  fontSize = 14,
  stacked = false,
}: {
  bullets: Bullet[]
  colors: ChartColors
  /** The accessible name of the picture. */
  label: string
  /** Said instead of the picture when no target has a figure to draw it against. */
  empty: string
  fontSize?: number
  /** Each label on its own line above its bar (slides: long labels would shrink the picture). */
  stacked?: boolean
}) {
  // No bar, no scale (it was drawn from -Infinity): a Chart view with nothing to draw says so.
  // (An empty status is never loading: its loading name is not read.)
  if (bullets.length === 0)
    return <PanelStatusView status={{ status: 'empty', reason: empty }} loading={label} />
  const [ROW, BAR_W, PAD] = [ROW_EMS, BAR_EMS, PAD_EMS].map((ems) => ems * fontSize) as [
    number,
    number,
    number,
  ]
  const HEAD = stacked ? fontSize * 1.4 : 0
  const LABEL_W = stacked ? 0 : Math.max(...bullets.map((b) => textEms(b.label))) * fontSize + PAD
  const values = bullets.flatMap((b) => [b.value, b.line])
  const low = Math.min(0, ...values)
  const high = Math.max(1, ...values) * 1.1
  const x = (v: number) => LABEL_W + ((v - low) / (high - low)) * BAR_W
  // Wide enough for the longest text beside its bar.
  const width = Math.max(
    ...bullets.map((b) => x(Math.max(b.value, b.line)) + PAD + textEms(b.text) * fontSize),
    ...(stacked ? bullets.map((b) => PAD + textEms(b.label) * fontSize) : []),
    LABEL_W + BAR_W + PAD,
  )
  const height = bullets.length * (HEAD + ROW) + PAD * 2
  return (
    <svg
      data-chart
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height="100%"
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-label={label}
      fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif"
      fontSize={fontSize}
    >
      {!stacked && (
        <line x1={x(0)} x2={x(0)} y1={PAD / 2} y2={height - PAD / 2} stroke={colors.muted} />
      )}
      {bullets.map((b, i) => {
        const top = PAD + i * (HEAD + ROW)
        const y = top + HEAD
        return (
          <g key={b.label}>
            <text
              x={stacked ? 0 : LABEL_W - PAD}
              y={stacked ? top + fontSize : y + ROW / 2 + fontSize * 0.35}
              textAnchor={stacked ? 'start' : 'end'}
              fill={colors.foreground}
            >
              {b.label}
            </text>
            <rect
              x={Math.min(x(0), x(b.value))}
              y={y + ROW / 4}
              width={Math.abs(x(b.value) - x(0))}
              height={ROW / 2}
              fill={colors.series[b.tone ?? 0] ?? colors.series[0]}
            />
            <line
              x1={x(b.line)}
              x2={x(b.line)}
              y1={y + ROW / 10}
              y2={y + ROW - ROW / 10}
              stroke={colors.foreground}
              strokeWidth={fontSize / 5}
            />
            <text
              x={x(Math.max(b.value, b.line)) + PAD / 2}
              y={y + ROW / 2 + fontSize * 0.35}
              fill={colors.foreground}
            >
              {b.text}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
