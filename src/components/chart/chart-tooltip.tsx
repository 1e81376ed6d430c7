import type { TooltipContentProps } from 'recharts'
import type { ChartRow } from '../../domain/chart-data.ts'
import { figureText } from './bar-value.tsx'
import { REVISED } from './revised.ts'
import type { SeriesChartProps } from './chart-series.ts'

/** The values of a category, each series with its colour, unit and published decimals. */
export function ChartTooltip({
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
        return (
          <p key={s.key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              style={{ background: s.color }}
              className="inline-block h-2 w-3 rounded-sm"
            />
            <span>{s.label}</span>
            <span className="ml-auto tabular-nums">{figureText(row, s, lang) ?? missing}</span>
            {row[`${s.key}:revised`] === 1 && <span className="font-medium">{REVISED[lang]}</span>}
          </p>
        )
      })}
    </div>
  )
}
