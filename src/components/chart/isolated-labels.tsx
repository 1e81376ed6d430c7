import { LabelList, useChartWidth } from 'recharts'
import type { ChartRow } from '../../domain/chart-data.ts'
import { labelBelow } from './isolated.ts'

/**
 * The values of a row of isolated dots, each above (or below) its dot — unless the chart is too
 * narrow for them: when the closest two dots are nearer than a label is wide, the dots stay
 * unlabelled (the table has their values).
 */
export function IsolatedLabels({
  series,
  rows,
  others,
  fill,
  fontSize,
  closest,
  widest,
}: {
  series: string
  rows: ChartRow[]
  /** The other isolated series: at a period where one is higher, this label goes below its dot. */
  others: string[]
  fill: string
  fontSize: number
  closest: number
  /** The longest label, in ems. */
  widest: number
}) {
  const width = useChartWidth() ?? 0
  const spacing = (width / Math.max(rows.length, 1)) * closest
  if (spacing < widest * fontSize + 4) return null
  return (
    <LabelList
      dataKey={`${series}:label`}
      content={({ x, y, value, index }) => {
        // Recharts asks for a label at every period, those without a figure too (value null):
        // only a formatted figure is drawn, never what String() makes of a missing one (issue 29).
        if (typeof value !== 'string' || value === '') return null
        const below = labelBelow(rows[Number(index)], series, others)
        return (
          <text
            x={Number(x)}
            y={Number(y) + (below ? fontSize * 1.4 : -fontSize * 0.6)}
            textAnchor="middle"
            fill={fill}
            fontSize={fontSize}
          >
            {value}
          </text>
        )
      }}
    />
  )
}
