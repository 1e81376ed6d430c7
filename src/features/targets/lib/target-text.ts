import type { GrowthReading, TargetReading } from '../../../domain/targets.ts'
import type { TargetStatus } from '../../../domain/target-arithmetic.ts'
import { formatNumber, formatValue } from '../../../lib/format/number.ts'
import { qualifierWords } from '../../../lib/format/qualifier.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { TargetMessages } from '../messages.ts'

export const STATUS_SYMBOL: Record<TargetStatus, string> = { met: '✔', near: '◐', 'not-met': '✘' }

const size = (figure: { value: number; decimals: number }, lang: Lang) =>
  formatNumber(Math.abs(figure.value), figure.decimals, lang)

/**
 * What a growth figure is read against: the target ("目标：增长5%左右"), or the threshold its
 * words name ("两位数增长按≥10%计").
 */
export function lineText(reading: GrowthReading, lang: Lang, t: TargetMessages): string {
  if (reading.basis === 'target') return t.target(targetShort(reading, lang))
  const above = reading.comparison === 'above'
  const line = `${above ? '>' : '≥'}${formatNumber(reading.line.value, reading.line.decimals, lang)}%`
  return t.threshold(above, line)
}

/**
 * What a reading says of the latest figure: the gap to a growth target ("高于目标0.1个百分点"),
 * or the share of a level target's plan and the gap to 序时进度 ("完成年度计划63.9%，超序时进度
 * 5.6个百分点"); null when there is nothing to read (no figure, or a target in words).
 */
export function readingText(reading: TargetReading, lang: Lang, t: TargetMessages): string | null {
  const comma = lang === 'zh' ? '，' : ', '
  if (reading.kind === 'growth') {
    const latest = reading.latest
    if (!latest) return null
    const gap =
      latest.gap.value > 0
        ? t.gapAbove(size(latest.gap, lang))
        : latest.gap.value < 0
          ? t.gapBelow(size(latest.gap, lang))
          : t.gapLevel
    return reading.basis === 'target' ? gap : `${lineText(reading, lang, t)}${comma}${gap}`
  }
  if (reading.kind === 'level') {
    const latest = reading.latest
    if (!latest) return null
    const pace =
      latest.pace === 'ahead'
        ? t.ahead(size(latest.gap, lang))
        : latest.pace === 'behind'
          ? t.behind(size(latest.gap, lang))
          : t.onSchedule
    const completion = formatNumber(latest.completion.value, latest.completion.decimals, lang)
    return `${t.completion(completion)}${comma}${pace}`
  }
  return null
}

/** The status of the latest figure, for a reading that has one: 达到 / 接近 / 未达. */
export function statusOf(reading: TargetReading): TargetStatus | null {
  if (reading.kind === 'growth') return reading.latest?.status ?? null
  if (reading.kind === 'level' && reading.latest) {
    // An amount is on track when it keeps up with the months elapsed.
    return reading.latest.pace === 'behind' ? 'not-met' : 'met'
  }
  return null
}

/**
 * The target in a few words, its qualifier kept: "增长5%左右", "力争增长10%以上", "完成1320亿元";
 * "growth of about 5%", "growth of at least 10% (aim)", "132.0 billion yuan". A target in
 * words is its words.
 */
export function targetShort(reading: TargetReading, lang: Lang): string {
  const target = reading.target
  if (target.kind === 'qualitative' || target.kind === 'count') return target.text
  const { aim, zh: after, en: bound } = qualifierWords(target.qualifier)
  const number = formatNumber(target.value, target.decimals, lang)
  if (lang === 'zh') {
    const what = target.kind === 'growth' ? `增长${number}%` : `完成${number}${target.unit}`
    return `${aim ? '力争' : ''}${what}${after}`
  }
  const amount =
    target.kind === 'growth'
      ? `growth of ${bound}${number}%`
      : target.unit === '万亿元'
        ? `${bound}${number} trillion yuan`
        : `${bound}${formatValue(target.value, target.decimals, '100m_yuan', lang).text}`
  return aim ? `${amount} (aim)` : amount
}
