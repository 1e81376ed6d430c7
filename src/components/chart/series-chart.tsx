/**
 * The one Recharts chart of the dashboard: categories along x (periods, or indicators), each
 * series a line or a bar on the left or right axis. Loaded on demand, so the tiles paint
 * before the chart library arrives. Values of null are gaps: lines are never bridged.
 */
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts'
import type { ChartRow } from '../../domain/chart-data.ts'
import type { SeriesChartProps } from './chart-series.ts'
import { figureText, ValueBar } from './bar-value.tsx'
import { CategoryTick } from './category-tick.tsx'
import { ChartTooltip } from './chart-tooltip.tsx'
import { IsolatedLabels } from './isolated-labels.tsx'
import { isolatedLines } from './isolated.ts'
import { textEms, wrapLines } from './text-width.ts'
import { PHONE_QUERY, useMedia } from '../../lib/use-media.ts'

/** Category labels are wrapped past this many ems: more for Latin names, which run longer. */
const LABEL_EMS = { cjk: 20, latin: 28 }
/**
 * On a phone (the deck's query for its narrow canvas) at most this many: 28 ems of English names
 * took a 360 px chart's whole width, leaving the bars none.
 */
const PHONE_LABEL_EMS = 10

/** Bars across on a phone: each row at least as tall as its label's lines, wrapped narrow. */
function wrappedRowsHeight(rows: ChartRow[], labelEms: number, fontSize: number): number {
  const lines = Math.max(1, ...rows.map((row) => wrapLines(String(row.label), labelEms).length))
  return rows.length * (lines + 0.8) * fontSize * 1.15 + fontSize * 7
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
  const phone = useMedia(PHONE_QUERY)
  // The unit above its axis, level, where no size of screen can push it off the chart: it
  // starts at the chart's edge and runs inwards, so a long one ("100 million yuan") is whole.
  const axisLabel =
    (value: string, side: 'left' | 'right') =>
    ({ viewBox }: { viewBox?: { x?: number; y?: number; width?: number } }) => {
      if (viewBox?.x === undefined || viewBox.y === undefined) return null
      return (
        <text
          x={side === 'left' ? viewBox.x : viewBox.x + (viewBox.width ?? 0)}
          y={viewBox.y - fontSize}
          textAnchor={side === 'left' ? 'start' : 'end'}
          fill={colors.muted}
          fontSize={fontSize}
        >
          {value}
        </text>
      )
    }
  const vertical = layout === 'vertical'
  // Bars across carry their figures past their ends (or "—"): room for the longest.
  const valueEms = vertical
    ? Math.max(
        1,
        ...rows.flatMap((row) => series.map((s) => textEms(figureText(row, s, lang) ?? '—'))),
      )
    : 0
  // Category labels of horizontal bars: as wide as the longest, up to 20 ems, then wrapped.
  const labelEms = Math.min(
    phone ? PHONE_LABEL_EMS : LABEL_EMS[lang === 'zh' ? 'cjk' : 'latin'],
    Math.max(4, ...rows.map((row) => textEms(String(row.label)))),
  )
  const drawnHeight =
    vertical && phone ? Math.max(height, wrappedRowsHeight(rows, labelEms, fontSize)) : height
  // A line whose figures all stand alone between gaps is a row of dots: each says its value.
  const isolated = isolatedLines(rows, series, lang)
  return (
    <ComposedChart
      data={isolated.rows}
      layout={layout}
      responsive
      style={{ width: '100%', height: drawnHeight }}
      // Room for the labels of isolated points above the top and past the last period.
      margin={{
        top: fontSize * 2,
        right: vertical ? Math.ceil((valueEms + 0.5) * fontSize) : rightUnit ? 8 : fontSize * 1.5,
        bottom: 4,
        left: 8,
      }}
    >
      <CartesianGrid stroke={colors.grid} vertical={vertical} horizontal={!vertical} />
      {vertical ? (
        <>
          <XAxis
            type="number"
            tick={tick}
            stroke={colors.grid}
            unit={leftUnit === '%' ? '%' : ''}
            // Room for its figures at any font size: the legend below must not meet them.
            height={fontSize * 2}
          />
          <YAxis
            yAxisId="left"
            type="category"
            dataKey="label"
            tick={(props: YAxisTickContentProps) => (
              <CategoryTick {...props} fill={colors.muted} fontSize={fontSize} maxEms={labelEms} />
            )}
            stroke={colors.grid}
            width={Math.ceil(labelEms * fontSize) + 12}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis
            dataKey="label"
            tick={tick}
            stroke={colors.grid}
            interval="preserveStartEnd"
            minTickGap={fontSize}
            height={fontSize * 2.5}
            // The first and last periods' labels clear of the axes' numbers and the chart's edge.
            padding={{
              left: (textEms(String(rows[0]?.label ?? '')) * fontSize) / 2,
              right: (textEms(String(rows.at(-1)?.label ?? '')) * fontSize) / 2,
            }}
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
      {/* The names in the text colour, the swatch in the series': a lighter shade (a compared
          region's second amount) would be too pale to read as text. */}
      <Legend
        wrapperStyle={{ color: colors.foreground, fontSize }}
        labelStyle={{ color: colors.foreground }}
        itemSorter={null}
      />
      {series.map((s) =>
        s.type === 'bar' ? (
          <Bar
            key={s.key}
            // Across, a figure not published is an empty bar (a range from zero to zero), which
            // its shape draws as "—"; a bar without a value would not be drawn at all.
            dataKey={vertical ? (row: ChartRow) => row[s.key] ?? [0, 0] : s.key}
            name={s.label}
            yAxisId={s.axis ?? 'left'}
            fill={s.color}
            isAnimationActive={false}
            {...(vertical
              ? {
                  shape: (bar: BarShapeProps) => (
                    <ValueBar
                      bar={bar}
                      text={figureText(bar.payload as ChartRow, s, lang) ?? '—'}
                      fill={s.color}
                      textFill={colors.foreground}
                      fontSize={fontSize}
                    />
                  ),
                }
              : {})}
          />
        ) : (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            yAxisId={s.axis ?? 'left'}
            stroke={s.color}
            strokeWidth={Math.max(2, fontSize / 8)}
            strokeDasharray={s.dashed ? '6 4' : s.dotted ? '2 3' : undefined}
            // A dashed or dotted line's legend shows its dashes (the default icon draws none).
            legendType={s.dashed || s.dotted ? 'plainline' : 'line'}
            dot={{ r: Math.max(3, fontSize / 6), fill: s.color, stroke: s.color }}
            connectNulls={false}
            isAnimationActive={false}
          >
            {isolated.keys.includes(s.key) && (
              <IsolatedLabels
                series={s.key}
                rows={rows}
                others={isolated.keys.filter((key) => key !== s.key)}
                fill={s.color}
                fontSize={fontSize}
                closest={isolated.closest}
                widest={isolated.widest}
              />
            )}
          </Line>
        ),
      )}
    </ComposedChart>
  )
}
