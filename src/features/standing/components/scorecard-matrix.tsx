import { wrapLines } from '../../../components/chart/text-width.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { regionName } from '../../../lib/format/names.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { stabilityNames, type Messages } from '../../../lib/i18n/messages.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import type { Scorecard, Status } from '../lib/build-scorecard.ts'
import { STATUS_SYMBOL } from '../lib/scorecard-text.ts'
import type { StandingMessages } from '../messages.ts'

const CELL_W = 150
const NAME_W = 90
const ROW_H = 22

/**
 * The scorecard as an SVG matrix, for the Chart view, the PNG and the presentation: each figure
 * with its unit ("5.1% ▲": the picture is read and exported without the panel's 单位 line),
 * colour and symbol for the status, "—" where a city has no figure. Its height follows the rows shown.
 */
export function ScorecardMatrix({
  card,
  lang,
  t,
  s,
  colors,
  fontSize = 12,
}: {
  card: Scorecard
  lang: Lang
  t: Messages
  s: StandingMessages
  colors: ChartColors
  /** In viewBox units; larger on presentation screens. */
  fontSize?: number
}) {
  const names = stabilityNames(t)
  const width = NAME_W + card.columns.length * CELL_W
  // A column's name in as many lines as it needs ("Technical / transformation" in English).
  const headers = card.columns.map((c) => wrapLines(names[c.stability], (CELL_W - 8) / fontSize))
  const lineH = fontSize * 1.2
  const headH = ROW_H + (Math.max(1, ...headers.map((h) => h.length)) - 1) * lineH
  const height = headH + (card.rows.length + 1) * ROW_H
  const fill = (status: Status | undefined) =>
    status === 'above'
      ? colors.up
      : status === 'below'
        ? colors.down
        : status
          ? colors.muted
          : colors.grid
  return (
    <svg
      data-chart
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height="100%"
      role="img"
      aria-label={s.scorecardTitle}
      fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif"
      fontSize={fontSize}
    >
      {card.columns.map((c, i) => (
        <text
          key={c.stability}
          y={15}
          textAnchor="middle"
          fill={colors.foreground}
          fontWeight={600}
        >
          {headers[i]!.map((line, j) => (
            <tspan key={line} x={NAME_W + i * CELL_W + CELL_W / 2} dy={j === 0 ? 0 : lineH}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {[
        {
          name: t.province,
          cells: card.columns.map((c) => ({
            observation: card.province[c.stability],
            comparison: undefined,
          })),
        },
        ...card.rows.map((row) => ({
          name: regionName(row.region, lang, true),
          cells: card.columns.map((c) => row.cells[c.stability]),
        })),
      ].map((row, r) => (
        <g key={row.name} transform={`translate(0 ${headH + r * ROW_H})`}>
          <text x={4} y={15} fill={colors.foreground} fontWeight={r === 0 ? 600 : 400}>
            {row.name}
          </text>
          {row.cells.map((cell, i) => {
            const status = cell.comparison?.status
            const { observation } = cell
            const unit = card.columns[i]!.indicator.unit
            const figure = observation
              ? formatValue(observation.value, observation.decimals, unit, lang).text
              : '—'
            return (
              <g key={card.columns[i]!.stability} transform={`translate(${NAME_W + i * CELL_W} 0)`}>
                <rect
                  x={2}
                  y={2}
                  width={CELL_W - 4}
                  height={ROW_H - 4}
                  rx={3}
                  fill={r === 0 ? colors.grid : fill(status)}
                  opacity={r === 0 ? 1 : 0.18}
                />
                <text
                  x={CELL_W / 2}
                  y={15}
                  textAnchor="middle"
                  fill={status ? fill(status) : colors.foreground}
                >
                  {observation && status ? `${figure} ${STATUS_SYMBOL[status]}` : figure}
                </text>
              </g>
            )
          })}
        </g>
      ))}
    </svg>
  )
}
