import type { YAxisTickContentProps } from 'recharts'
import { wrapLines } from './text-width.ts'

/**
 * A category label of a horizontal-bar chart, drawn by us rather than wrapped by the chart
 * library: in lines of at most `maxEms`, centred on its row, so that a long name never runs
 * into the row below or out of the chart.
 */
export function CategoryTick({
  x,
  y,
  payload,
  fill,
  fontSize,
  maxEms,
}: Pick<YAxisTickContentProps, 'x' | 'y' | 'payload'> & {
  fill: string
  fontSize: number
  maxEms: number
}) {
  const lines = wrapLines(String(payload.value), maxEms)
  const lineHeight = fontSize * 1.15
  const first = Number(y) - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35
  return (
    <text x={Number(x)} y={first} textAnchor="end" fill={fill} fontSize={fontSize}>
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x)} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
