import { MIN_CHART_POINTS } from '../domain/chart-data.ts'
import type { Period } from '../domain/period.ts'

const WIDTH = 120
const HEIGHT = 32
const PAD = 3

/**
 * A tiny line of one indicator over the periods of a year, drawn as plain SVG so the tiles
 * render before the chart library loads; only when the year has three figures or more, as with
 * a chart (one or two would be a dot or two, #29). Missing periods are gaps; the current one is
 * marked, and so is a figure standing alone between gaps. Decorative: the tile states its
 * figure in text.
 */
export function Sparkline({
  points,
  current,
}: {
  points: { period: Period; value: number | null }[]
  current: Period
}) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  // The same box without a line, so the tile keeps its size.
  if (values.length < MIN_CHART_POINTS)
    return <svg width={WIDTH} height={HEIGHT} aria-hidden="true" />
  const min = Math.min(...values)
  const max = Math.max(...values)
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, points.length - 1)
  const y = (v: number) =>
    max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / (max - min)

  const missing = (i: number) => (points[i]?.value ?? null) === null
  const alone = (i: number) => missing(i - 1) && missing(i + 1)

  const segments: string[] = []
  let path = ''
  points.forEach((p, i) => {
    if (p.value === null) {
      if (path) segments.push(path)
      path = ''
      return
    }
    path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`
  })
  if (path) segments.push(path)

  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      className="overflow-visible"
    >
      {segments.map((d, i) => (
        <path
          // By position: a new region changes the line, not the elements that draw it.
          key={i}
          d={d}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          className="text-sky-700 dark:text-sky-300"
        />
      ))}
      {points.map((p, i) =>
        // A dot for the current period, and for a figure alone between gaps (no line to draw).
        p.value === null || (p.period !== current && !alone(i)) ? null : (
          <circle
            key={p.period}
            cx={x(i)}
            cy={y(p.value)}
            r={p.period === current ? 3 : 1.5}
            className={
              p.period === current
                ? 'fill-slate-900 dark:fill-white'
                : 'fill-sky-700 dark:fill-sky-300'
            }
          />
        ),
      )}
    </svg>
  )
}
