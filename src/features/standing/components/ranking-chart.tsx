import { CategoryTick } from '../../../components/chart/category-tick.tsx'
import { roundTicks } from '../../../components/chart/round-ticks.ts'
import { textEms } from '../../../components/chart/text-width.ts'
/** The ranking as horizontal bars, best first; loaded on demand with the chart library. */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts'
import type { ChartColors } from '../../../lib/theme.ts'

export interface RankingBar {
  label: string
  value: number | null
  text: string
  selected: boolean
}

export interface RankingChartProps {
  rows: RankingBar[]
  province: { value: number; label: string } | undefined
  colors: ChartColors
  height: number
  unit: string
  fontSize?: number
}

export default function RankingChart({
  rows,
  province,
  colors,
  height,
  unit,
  fontSize = 12,
}: RankingChartProps) {
  const tick = { fill: colors.muted, fontSize }
  // Wide enough for the longest label on one line ("16 Guangzhou"): a wrapped label would run
  // into the row below.
  const ems = Math.max(4, ...rows.map((r) => textEms(r.label)))
  // Room past the longest bar for its figure: "5.1%", or an amount ("271.317 billion yuan").
  const valueEms = Math.max(4.5, ...rows.map((r) => textEms(r.text)))
  const ticks = roundTicks([
    ...rows.flatMap((r) => (r.value === null ? [] : [r.value])),
    ...(province ? [province.value] : []),
  ])
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      margin={{
        top: fontSize * 1.6,
        right: Math.ceil((valueEms + 0.5) * fontSize),
        bottom: 4,
        left: 8,
      }}
    >
      <CartesianGrid stroke={colors.grid} horizontal={false} />
      <XAxis
        type="number"
        tick={tick}
        stroke={colors.grid}
        unit={unit === '%' ? '%' : ''}
        // From zero, whichever side the figures are on, in round steps.
        ticks={ticks}
        domain={[ticks[0]!, ticks.at(-1)!]}
        interval={0}
      />
      <YAxis
        type="category"
        dataKey="label"
        // Drawn as one line, never wrapped into the row below.
        tick={(props: YAxisTickContentProps) => (
          <CategoryTick {...props} fill={colors.muted} fontSize={fontSize} maxEms={ems} />
        )}
        stroke={colors.grid}
        width={Math.ceil(ems * fontSize) + 12}
        interval={0}
      />
      {province && (
        <ReferenceLine
          x={province.value}
          stroke={colors.province}
          strokeDasharray="6 4"
          label={{ value: province.label, position: 'top', fill: colors.foreground, fontSize }}
        />
      )}
      <ReferenceLine x={0} stroke={colors.muted} />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => (
          <Rectangle
            {...props}
            fill={(props.payload as RankingBar).selected ? colors.series[1] : colors.series[0]}
          />
        )}
      >
        <LabelList
          dataKey="text"
          // Past the bar's end away from the axis labels: right of a gain, right of zero for a fall.
          content={({ x, y, width, height, value }) => {
            const [left, top, w, h] = [x, y, width, height].map(Number) as [
              number,
              number,
              number,
              number,
            ]
            return (
              <text
                x={Math.max(left, left + w) + 4}
                y={top + h / 2}
                dy={fontSize * 0.35}
                fill={colors.foreground}
                fontSize={fontSize}
              >
                {String(value)}
              </text>
            )
          }}
        />
      </Bar>
    </BarChart>
  )
}
