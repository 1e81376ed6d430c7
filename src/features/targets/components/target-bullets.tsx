import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Bullet } from '../lib/bullet-layout.ts'
import { PanelStatusView } from '../../../components/chart/panel-state.tsx'
import type { ChartColors } from '../../../lib/theme.ts'
import { bulletLayout, type DrawnText } from '../lib/bullet-layout.ts'

/** The most a targets panel's table may take (rows of one to two lines) before it scrolls. */
export function targetsTableHeight(tableRows: number) {
  return Math.max(2, tableRows + 1) * 60 + 40
}

/**
 * The width `box` gets on the screen, followed as it changes; undefined until it is measured,
 * and where nothing is measured (`measure` false, or a DOM that lays nothing out).
 */
function useWidth(box: RefObject<Element | null>, measure: boolean) {
  const [width, setWidth] = useState<number>()
  useLayoutEffect(() => {
    const element = box.current
    if (!measure || !element || typeof ResizeObserver === 'undefined') return
    const read = () => {
      const { width } = element.getBoundingClientRect()
      setWidth(width > 0 ? width : undefined)
    }
    read()
    const observer = new ResizeObserver(read)
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [box, measure])
  return width
}

function Lines({ text, fill }: { text: DrawnText; fill: string }) {
  return (
    <text x={text.x} y={text.y} textAnchor={text.anchor} fill={fill}>
      {text.lines.length === 1
        ? text.lines[0]
        : text.lines.map((line, i) => (
            <tspan key={i} x={text.x} y={text.y + i * text.lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  )
}

/**
 * The targets as bullet bars, in %: each figure a bar, its target (or 序时进度) a mark across it,
 * its figure, line and status in words beside it. Drawn as SVG with its text, so it reads the
 * same in the PNG. A panel's picture is drawn at the width it gets, its text at `fontSize` (on
 * a phone, under the bars: issue 28); a stacked one (a slide) is scaled to fit its box.
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
  const svg = useRef<SVGSVGElement>(null)
  const width = useWidth(svg, !stacked)
  // No bar, no scale (it was drawn from -Infinity): a Chart view with nothing to draw says so.
  // (An empty status is never loading: its loading name is not read.)
  if (bullets.length === 0)
    return <PanelStatusView status={{ status: 'empty', reason: empty }} loading={label} />
  const layout = bulletLayout(bullets, fontSize, stacked, width)
  return (
    <svg
      ref={svg}
      data-chart
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      height={width === undefined ? '100%' : layout.height}
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-label={label}
      fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif"
      fontSize={fontSize}
    >
      {layout.zero.map((zero) => (
        <line
          key={zero.y1}
          x1={zero.x}
          x2={zero.x}
          y1={zero.y1}
          y2={zero.y2}
          stroke={colors.muted}
        />
      ))}
      {layout.rows.map((row, i) => {
        const b = bullets[i]!
        return (
          <g key={b.label}>
            <Lines text={row.label} fill={colors.foreground} />
            <rect {...row.bar} fill={colors.series[b.tone ?? 0] ?? colors.series[0]} />
            <line
              x1={row.mark.x}
              x2={row.mark.x}
              y1={row.mark.y1}
              y2={row.mark.y2}
              stroke={colors.foreground}
              strokeWidth={fontSize / 5}
            />
            <Lines text={row.text} fill={colors.foreground} />
          </g>
        )
      })}
    </svg>
  )
}
