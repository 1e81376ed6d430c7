/**
 * The one Recharts chart of the dashboard: categories along x (periods, or indicators), each
 * series a line or a bar on the left or right axis. Loaded on demand, so the tiles paint
 * before the chart library arrives. Values of null are gaps: lines are never bridged.
 */
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import type { ChartRow } from '../../domain/chart-data.ts'
import { formatNumber } from '../../lib/format/number.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'

export interface ChartSeries {
  key: string
  label: string
  color: string
  type: 'line' | 'bar'
  axis?: 'left' | 'right'
  dashed?: boolean
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

function ChartTooltip({
  active,
  payload,
  label,
  series,
  lang,
  colors,
  missing,
}: Partial<TooltipContentProps<number, string>> &
  Pick<SeriesChartProps, 'series' | 'lang' | 'colors' | 'missing'>) {
  const row = payload?.[0]?.payload as ChartRow | undefined
  if (!active || !row) return null
  return (
    <div
      style={{ background: colors.background, color: colors.foreground, borderColor: colors.grid }}
      className="rounded border px-3 py-2 text-xs shadow-md"
    >
      <p className="mb-1 font-medium">{label}</p>
      {series.map((s) => {
        const value = row[s.key]
        const decimals = row[`${s.key}:decimals`]
        return (
          <p key={s.key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              style={{ background: s.color }}
              className="inline-block h-2 w-3 rounded-sm"
            />
            <span>{s.label}</span>
            <span className="ml-auto tabular-nums">
              {typeof value === 'number' && typeof decimals === 'number'
                ? `${formatNumber(value, decimals, lang)}${s.unit === '%' ? '%' : ` ${s.unit}`}`
                : missing}
            </span>
          </p>
        )
      })}
    </div>
  )
}

export default function SeriesChart({
  rows,
  series,
  colors,
  lang,
  height,
  leftUnit,
  rightUnit,
  missing,
  fontSize = 12,
  layout = 'horizontal',
}: SeriesChartProps) {
  const tick = { fill: colors.muted, fontSize }
  const axisLabel = (value: string, side: 'left' | 'right') => ({
    value,
    angle: side === 'left' ? -90 : 90,
    position: side === 'left' ? ('insideLeft' as const) : ('insideRight' as const),
    fill: colors.muted,
    fontSize,
  })
  const vertical = layout === 'vertical'
  // A line whose figures all stand alone between gaps is a row of dots: each says its value.
  const isolated = new Set(
    series
      .filter((s) => s.type === 'line')
      .filter((s) =>
        rows.every(
          (row, i) =>
            row[s.key] === null ||
            ((rows[i - 1]?.[s.key] ?? null) === null && (rows[i + 1]?.[s.key] ?? null) === null),
        ),
      )
      .map((s) => s.key),
  )
  const data = isolated.size
    ? rows.map((row) => {
        const labels: ChartRow = {}
        for (const key of isolated) {
          const value = row[key]
          const decimals = row[`${key}:decimals`]
          labels[`${key}:label`] =
            typeof value === 'number' && typeof decimals === 'number'
              ? formatNumber(value, decimals, lang)
              : null
        }
        return { ...row, ...labels }
      })
    : rows
  return (
    <ComposedChart
      data={data}
      layout={layout}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: rightUnit ? 8 : 16, bottom: 4, left: 8 }}
    >
      <CartesianGrid stroke={colors.grid} vertical={vertical} horizontal={!vertical} />
      {vertical ? (
        <>
          <XAxis
            type="number"
            tick={tick}
            stroke={colors.grid}
            unit={leftUnit === '%' ? '%' : ''}
          />
          <YAxis
            yAxisId="left"
            type="category"
            dataKey="label"
            tick={tick}
            stroke={colors.grid}
            width={fontSize * 18}
          />
        </>
      ) : (
        <>
          <XAxis
            dataKey="label"
            tick={tick}
            stroke={colors.grid}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis
            yAxisId="left"
            tick={tick}
            stroke={colors.grid}
            label={axisLabel(leftUnit, 'left')}
            width={fontSize * 5}
          />
          {rightUnit && (
            <YAxis
              yAxisId="right"
              orientation="right"
              tick={tick}
              stroke={colors.grid}
              label={axisLabel(rightUnit, 'right')}
              width={fontSize * 5}
            />
          )}
        </>
      )}
      {vertical ? (
        <ReferenceLine yAxisId="left" x={0} stroke={colors.muted} />
      ) : (
        <ReferenceLine yAxisId="left" y={0} stroke={colors.muted} />
      )}
      <Tooltip
        content={<ChartTooltip series={series} lang={lang} colors={colors} missing={missing} />}
      />
      <Legend wrapperStyle={{ color: colors.foreground, fontSize }} itemSorter={null} />
      {series.map((s) =>
        s.type === 'bar' ? (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            yAxisId={s.axis ?? 'left'}
            fill={s.color}
            isAnimationActive={false}
          />
        ) : (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            yAxisId={s.axis ?? 'left'}
            stroke={s.color}
            strokeWidth={Math.max(2, fontSize / 8)}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            dot={{ r: Math.max(3, fontSize / 6), fill: s.color, stroke: s.color }}
            connectNulls={false}
            isAnimationActive={false}
          >
            {isolated.has(s.key) && (
              <LabelList
                dataKey={`${s.key}:label`}
                position="top"
                fill={s.color}
                fontSize={fontSize}
              />
            )}
          </Line>
        ),
      )}
    </ComposedChart>
  )
}
