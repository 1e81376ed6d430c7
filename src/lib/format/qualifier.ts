import type { TargetQualifier } from '../../schemas/targets.ts'

/**
 * How a target's qualifier is said around its figure: whether it is an aim (力争, "aim") rather
 * than a plan, the bound after the figure in Chinese (左右, 以上, 以内) and before it in English
 * ("about ", "at least ", "at most "). 力争以上 is an aim and a lower bound.
 */
export function qualifierWords(q: TargetQualifier): { aim: boolean; zh: string; en: string } {
  const aim = q === '力争' || q === '力争以上'
  if (q === '左右') return { aim, zh: '左右', en: 'about ' }
  if (q === '以上' || q === '力争以上') return { aim, zh: '以上', en: 'at least ' }
  if (q === '以内') return { aim, zh: '以内', en: 'at most ' }
  return { aim, zh: '', en: '' }
}
