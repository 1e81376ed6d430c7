/**
 * The performance floor (see benchmarks/README.md): the dashboard's stack (React 19, Recharts,
 * Vite) drawing one line chart from one JSON file, in one bundle, rendered on the client once
 * the data has arrived.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import './floor.css'

interface Series {
  title: string
  unit: string
  points: { period: string; value: number }[]
}

const response = await fetch('/series.json')
if (!response.ok) throw new Error(`series.json: HTTP ${response.status}`)
const series = (await response.json()) as Series
const latest = series.points.at(-1)

function Floor() {
  return (
    <main>
      <h1>{series.title}</h1>
      {latest && (
        <p>
          {latest.period}：{latest.value}
          {series.unit}
        </p>
      )}
      <LineChart
        data={series.points}
        responsive
        style={{ width: '100%', height: 320 }}
        margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke="#e2e8f0" />
        <XAxis dataKey="period" stroke="#64748b" interval="preserveStartEnd" />
        <YAxis unit={series.unit} stroke="#64748b" />
        <Tooltip />
        <Line
          dataKey="value"
          name={series.title}
          stroke="#b91c1c"
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
)
