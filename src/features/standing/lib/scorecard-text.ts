import { formatNumber } from '../../../lib/format/number.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { StandingMessages } from '../messages.ts'
import { SCORECARD_THRESHOLD_POINTS, type Comparison, type Status } from './build-scorecard.ts'

export const STATUS_SYMBOL: Record<Status, string> = {
  above: '▲',
  near: '●',
  equal: '■',
  below: '▼',
}

export const STATUSES: Status[] = ['above', 'near', 'equal', 'below']

/** The status in words: "高于全省超过1个百分点", "与全省相差1个百分点以内", "与全省持平" …. */
export function statusText(status: Status, t: StandingMessages): string {
  return t.status[status](SCORECARD_THRESHOLD_POINTS)
}

/**
 * The exact gap and its status, as each cell's details and the exports give it: "高于全省0.4个百分点
 * （与全省相差1个百分点以内）", "与全省持平".
 */
export function comparisonText(comparison: Comparison, lang: Lang, t: StandingMessages): string {
  if (comparison.status === 'equal') return statusText('equal', t)
  const size = formatNumber(Math.abs(comparison.gap.value), comparison.gap.decimals, lang)
  const gap = t.gap(comparison.gap.value > 0 ? 'above' : 'below', size)
  return comparison.status === 'near'
    ? `${gap}${lang === 'zh' ? '（' : ' ('}${statusText('near', t)}${lang === 'zh' ? '）' : ')'}`
    : gap
}
