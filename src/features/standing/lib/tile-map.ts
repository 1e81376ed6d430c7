import { figureIn, formatNumber, unitLabel, withUnit } from '../../../lib/format/number.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Ranking, RankingRow } from './build-ranking.ts'

/**
 * Where each city's tile sits on the schematic map (column, row): the rough geographic
 * arrangement of the 21 cities, west to east and north to south, with each region group in
 * one piece. Equal tiles, no boundaries: a schematic, not a surveyed map.
 */
export const TILE_POSITIONS: Record<string, [number, number]> = {
  qingyuan: [2, 0],
  shaoguan: [3, 0],
  heyuan: [4, 0],
  meizhou: [5, 0],
  yunfu: [1, 1],
  zhaoqing: [2, 1],
  guangzhou: [3, 1],
  huizhou: [4, 1],
  chaozhou: [6, 1],
  foshan: [2, 2],
  dongguan: [3, 2],
  shenzhen: [4, 2],
  shanwei: [5, 2],
  jieyang: [6, 2],
  shantou: [7, 2],
  maoming: [0, 3],
  yangjiang: [1, 3],
  jiangmen: [2, 3],
  zhongshan: [3, 3],
  zhanjiang: [0, 4],
  zhuhai: [3, 4],
}

export const MAP_COLUMNS = 8
export const MAP_ROWS = 5
export const MAP_CLASSES = 5

/** A sequential blue ramp: colour for position, never red or green, which mean up and down. */
export const MAP_COLORS = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a']

export interface MapClass {
  /** Inclusive bounds, in the indicator's unit. */
  from: number
  to: number
}

/**
 * Five equal-interval classes between the lowest and the highest published city, so the
 * legend's breaks are round numbers of the figures shown; a single class when all are equal.
 */
export function mapClasses(values: number[]): MapClass[] {
  if (values.length === 0) return []
  const low = Math.min(...values)
  const high = Math.max(...values)
  if (low === high) return [{ from: low, to: high }]
  const step = (high - low) / MAP_CLASSES
  return Array.from({ length: MAP_CLASSES }, (_, i) => ({
    from: low + i * step,
    to: i === MAP_CLASSES - 1 ? high : low + (i + 1) * step,
  }))
}

/**
 * The legend's label of each class with its unit ("3.0–5.4%", or one figure when every city is
 * equal), with the most decimals any city's figure was published with.
 */
export function legendLabels(ranking: Ranking, classes: MapClass[], lang: Lang): string[] {
  const decimals = Math.max(0, ...ranking.rows.map((r) => r.observation.decimals))
  const number = (value: number) => {
    const shown = figureIn({ value, decimals }, ranking.indicator.unit, lang)
    return formatNumber(shown.value, shown.decimals, lang)
  }
  // The unit on every label: the legend is read apart from the panel's 单位 line (a slide has none).
  const unit = unitLabel(ranking.indicator.unit, lang)
  return classes.map((c) =>
    withUnit(
      classes.length === 1 ? number(c.from) : `${number(c.from)}–${number(c.to)}`,
      unit,
      lang,
    ),
  )
}

export function classOf(value: number, classes: MapClass[]): number {
  const index = classes.findIndex((c) => value <= c.to)
  return index === -1 ? classes.length - 1 : index
}

export interface MapTile {
  code: string
  column: number
  row: number
  /** The city's figure and standing; undefined for a city without a figure (hatched). */
  ranking: RankingRow | undefined
  /** Index into the classes; undefined for a city without a figure. */
  classIndex: number | undefined
}

export function buildTileMap(ranking: Ranking): { tiles: MapTile[]; classes: MapClass[] } {
  const classes = mapClasses(ranking.rows.map((r) => r.observation.value))
  const rows = new Map(ranking.rows.map((r) => [r.region.code, r]))
  const tiles = [...ranking.rows.map((r) => r.region), ...ranking.missing].flatMap(
    (region): MapTile[] => {
      const position = TILE_POSITIONS[region.code]
      if (!position) return []
      const row = rows.get(region.code)
      return [
        {
          code: region.code,
          column: position[0],
          row: position[1],
          ranking: row,
          classIndex: row ? classOf(row.observation.value, classes) : undefined,
        },
      ]
    },
  )
  // In reading order, west to east and north to south: the order Tab takes them in.
  tiles.sort((a, b) => a.row - b.row || a.column - b.column)
  return { tiles, classes }
}

/**
 * A tile holds a dozen characters at most (its text shrinks to fit): a longer name is cut
 * there, and stays whole in the accessible name, the table and the details.
 */
export function tileName(name: string): string {
  return name.length > 12 ? `${name.slice(0, 11)}…` : name
}

const SYLLABLE =
  /(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|uan|ian|uai|iao|ua|uo|ai|ei|ao|ou|an|en|in|un|ie|ia|iu|ui|ue|er|a|o|e|i|u)(?![aeiou])/gy

/**
 * A long pinyin name in two lines at its syllables ("Guang" / "zhou"), so that it fits a tile
 * at a readable size; a name that is not pinyin, or short enough, stays on one line.
 */
export function tileLines(name: string): string[] {
  if (name.length <= 7 || !/^[A-Za-z]+$/.test(name)) return [name]
  SYLLABLE.lastIndex = 0
  const parts = [...name.toLowerCase().matchAll(SYLLABLE)].map((m) => m[0])
  if (parts.join('') !== name.toLowerCase() || parts.length < 2) return [name]
  const cut = parts.slice(0, Math.ceil(parts.length / 2)).join('').length
  return [name.slice(0, cut), name.slice(cut)]
}
