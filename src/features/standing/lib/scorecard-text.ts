import { formatNumber } from '../../../lib/format/number.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { StandingMessages } from '../messages.ts'
import {
  SCORECARD_THRESHOLD_POINTS,
  type Comparison,
  type Scorecard,
  type Status,
} from './build-scorecard.ts'

export const STATUS_SYMBOL: Record<Status, string> = {
  above: '▲',
  near: '●',
  equal: '■',
  below: '▼',
}

export const STATUSES: Status[] = ['above', 'near', 'equal', 'below']

/** The status in words: "高于全省超过1个百分点", "与全省基本持平", "与全省持平" …. */
export function statusText(status: Status, t: StandingMessages): string {
  return t.status[status](SCORECARD_THRESHOLD_POINTS)
}

/**
 * The exact gap, as each cell's details and the exports give it beside the status's symbol:
 * "高于全省0.4个百分点", "与全省持平". Within the band too, the gap alone: "高于全省1个百分点
 * （与全省相差1个百分点以内）" read as a contradiction (#29); the symbol names the band.
 */
export function comparisonText(comparison: Comparison, lang: Lang, t: StandingMessages): string {
  if (comparison.status === 'equal') return statusText('equal', t)
  const size = formatNumber(Math.abs(comparison.gap.value), comparison.gap.decimals, lang)
  return t.gap(comparison.gap.value > 0 ? 'above' : 'below', size)
}

/**
 * What the scorecard's legend explains: the statuses its cells show, and `none` where some
 * city's figure has no provincial figure to compare with (#29: 全省暂无数据，不作比较 was said
 * beside a province that had published).
 */
export function legendOf(card: Scorecard): { statuses: Status[]; none: boolean } {
  const cells = card.rows.flatMap((row) =>
    card.columns.flatMap((c) =>
      row.cells[c.stability].observation ? [row.cells[c.stability]] : [],
    ),
  )
  return {
    statuses: STATUSES.filter((status) => cells.some((c) => c.comparison?.status === status)),
    none: cells.some((c) => !c.comparison),
  }
}

/** The legend in words, each status with its symbol: "▲ 高于全省超过1个百分点" …, "全省暂无数据，不作比较". */
export function legendLines(card: Scorecard, t: StandingMessages): string[] {
  const { statuses, none } = legendOf(card)
  return [
    ...statuses.map((status) => `${STATUS_SYMBOL[status]} ${statusText(status, t)}`),
    ...(none ? [t.statusNone] : []),
  ]
}
