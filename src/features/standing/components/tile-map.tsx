import { textEms } from '../../../components/chart/text-width.ts'
import { useId } from 'react'
import type { ChartColors } from '../../../lib/theme.ts'
import { MAP_COLORS, MAP_COLUMNS, MAP_ROWS, tileLines, type MapTile } from '../lib/tile-map.ts'

const SIZE = 100
const GAP = 10
const PITCH = SIZE + GAP

/** Light tints behind each region group's tiles, so 珠三角 / 东翼 / 西翼 / 山区 read as areas. */
export const GROUP_TINTS: Record<string, { light: string; dark: string }> = {
  prd9: { light: '#fde68a', dark: '#78350f' },
  east4: { light: '#bbf7d0', dark: '#14532d' },
  west3: { light: '#fecdd3', dark: '#881337' },
  mountain5: { light: '#ddd6fe', dark: '#4c1d95' },
}

/**
 * The largest size up to `size` at which a text fits the tile: a Chinese character is about an
 * em wide, a Latin letter or digit about 0.6 em (so "Guangzhou" shrinks, "广州" does not).
 */
function fitting(text: string, size: number): number {
  return Math.min(size, Math.floor((SIZE - 12) / Math.max(textEms(text), 1)))
}

export interface TileMapProps {
  tiles: MapTile[]
  ariaLabel: string
  /** Short city name, and the figure as text ("5.1%", or 暂无数据). */
  label: (tile: MapTile) => { name: string; value: string; accessible: string }
  groupOf: (code: string) => string | null
  selected: string
  dark: boolean
  colors: ChartColors
  onSelect: (code: string) => void
  /** A symbol in a tile's corner (需关注), explained in the legend. */
  mark?: (code: string) => string | undefined
  /** The tile under the pointer, or with the keyboard focus (null: none any more). */
  onActive: (code: string | null, by: 'pointer' | 'focus') => void
}

/**
 * The schematic map: one equal square per city in its rough geographic place, filled by the
 * figure's class, hatched where there is none. Each tile is focusable; Enter or a click
 * selects the city. Drawn as SVG with a viewBox, so it stays sharp at any size.
 */
export function TileMap({
  tiles,
  ariaLabel,
  label,
  groupOf,
  selected,
  dark,
  colors,
  onSelect,
  onActive,
  mark,
}: TileMapProps) {
  const hatch = useId()
  const width = MAP_COLUMNS * PITCH + GAP
  const height = MAP_ROWS * PITCH + GAP
  const x = (tile: MapTile) => GAP + tile.column * PITCH
  const y = (tile: MapTile) => GAP + tile.row * PITCH

  return (
    <svg
      data-chart
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height="100%"
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label={ariaLabel}
      fontFamily="system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"
    >
      <defs>
        <pattern
          id={hatch}
          width="10"
          height="10"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="10" height="10" fill={colors.background} />
          <line x1="0" y1="0" x2="0" y2="10" stroke={colors.muted} strokeWidth="3" />
        </pattern>
      </defs>
      {/* Group areas: each tile's tint grown by half the gap, so neighbours join up. */}
      {tiles.map((tile) => {
        const tint = GROUP_TINTS[groupOf(tile.code) ?? '']
        return tint ? (
          <rect
            key={`area-${tile.code}`}
            x={x(tile) - GAP / 2 - 1}
            y={y(tile) - GAP / 2 - 1}
            width={PITCH + 2}
            height={PITCH + 2}
            fill={dark ? tint.dark : tint.light}
          />
        ) : null
      })}
      {tiles.map((tile) => {
        const text = label(tile)
        const fill =
          tile.classIndex === undefined
            ? `url(#${hatch})`
            : (MAP_COLORS[tile.classIndex] ?? colors.grid)
        const onDark = tile.classIndex !== undefined && tile.classIndex >= 2
        const ink =
          tile.classIndex === undefined ? colors.foreground : onDark ? '#ffffff' : '#0f172a'
        const isSelected = tile.code === selected
        const lines = tileLines(text.name)
        return (
          <g
            key={tile.code}
            role="button"
            tabIndex={0}
            aria-label={text.accessible}
            aria-pressed={isSelected}
            className="map-tile cursor-pointer"
            onClick={() => {
              onSelect(tile.code)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault()
                onSelect(tile.code)
              }
            }}
            onMouseEnter={() => {
              onActive(tile.code, 'pointer')
            }}
            onMouseLeave={() => {
              onActive(null, 'pointer')
            }}
            onFocus={() => {
              onActive(tile.code, 'focus')
            }}
            onBlur={() => {
              onActive(null, 'focus')
            }}
          >
            <rect
              className="tile-box"
              x={x(tile)}
              y={y(tile)}
              width={SIZE}
              height={SIZE}
              rx={6}
              fill={fill}
              stroke={isSelected ? colors.foreground : colors.grid}
              strokeWidth={isSelected ? 5 : 1}
            />
            {tile.classIndex === undefined && (
              <rect
                x={x(tile) + 8}
                y={y(tile) + 56}
                width={SIZE - 16}
                height={28}
                rx={4}
                fill={colors.background}
              />
            )}
            {/* One text; the space keeps "广州 5.1%" one phrase for assistive technology. */}
            <text textAnchor="middle" fill={ink}>
              {lines.map((line, i) => (
                <tspan
                  key={line}
                  x={x(tile) + SIZE / 2}
                  y={y(tile) + (lines.length === 1 ? 38 : 27 + i * 24)}
                  fontSize={fitting(line, lines.length === 1 ? 22 : 18)}
                  fontWeight={600}
                >
                  {i === lines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
              <tspan x={x(tile) + SIZE / 2} y={y(tile) + 80} fontSize={fitting(text.value, 20)}>
                {text.value}
              </tspan>
            </text>
            {mark?.(tile.code) && (
              <text
                data-mark
                aria-hidden="true"
                x={x(tile) + 5}
                y={y(tile) + 97}
                fontSize={14}
                fill={ink}
                stroke={tile.classIndex === undefined ? 'none' : onDark ? '#0f172a' : '#ffffff'}
                strokeWidth={3}
                paintOrder="stroke"
              >
                {mark(tile.code)}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
