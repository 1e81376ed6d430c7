import { Rectangle, type BarShapeProps } from 'recharts'
import type { ChartRow } from '../../domain/chart-data.ts'
import { formatNumber } from '../../lib/format/number.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartSeries } from './chart-series.ts'

/** A series' figure in a row as the chart writes it ("5.1%", "103.8 billion yuan"); null if none. */
export function figureText(
  row: ChartRow,
  series: Pick<ChartSeries, 'key' | 'unit'>,
  lang: Lang,
): string | null {
  const value = row[series.key]
  const decimals = row[`${series.key}:decimals`]
  if (typeof value !== 'number' || typeof decimals !== 'number') return null
  const number = formatNumber(value, decimals, lang)
  return series.unit === '%' || lang === 'zh'
    ? `${number}${series.unit}`
    : `${number} ${series.unit}`
}

/**
 * A bar across with its figure past its end (right of a gain, right of zero for a fall), and
 * where nothing was published no bar but "—" at zero, so a missing figure is said to be missing
 * rather than left out (#29).
 */
export function ValueBar({
  bar,
  text,
  fill,
  textFill,
  fontSize,
}: {
  bar: BarShapeProps
  text: string
  fill: string
  textFill: string
  fontSize: number
}) {
  const [x, y, width, height] = [bar.x, bar.y, bar.width, bar.height].map(Number) as [
    number,
    number,
    number,
    number,
  ]
  return (
    <g>
      {width !== 0 && <Rectangle {...bar} fill={fill} />}
      <text
        x={Math.max(x, x + width) + 4}
        y={y + height / 2}
        dy={fontSize * 0.35}
        fill={textFill}
        fontSize={fontSize}
      >
        {text}
      </text>
    </g>
  )
}
