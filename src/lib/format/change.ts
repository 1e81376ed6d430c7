import type { Change } from '../../domain/change.ts'
import type { Lang } from '../i18n/lang.ts'
import { formatNumber } from './number.ts'
import { countEn } from '../i18n/plural.ts'

function points(change: Change, lang: Lang): string {
  const size = formatNumber(Math.abs(change.value), change.decimals, lang)
  if (lang === 'zh') return `${size}个百分点`
  return countEn(size, 'point', 'points')
}

/**
 * A change as the bureau words it: "提高4.0个百分点", "回落0.5个百分点", "持平", "降幅收窄2.1个百分点",
 * "降幅扩大0.3个百分点", "提高5.3个百分点，由降转增", "回落3.1个百分点，由增转降". English: "up 4.0
 * points", "the decline narrowed by 2.1 points", "up 5.3 points, from a decline to growth" ….
 */
export function changeText(change: Change, lang: Lang): string {
  const size = points(change, lang)
  if (lang === 'zh') {
    switch (change.kind) {
      case 'up':
        return `提高${size}`
      case 'down':
        return `回落${size}`
      case 'flat':
        return '持平'
      case 'narrowed':
        return `降幅收窄${size}`
      case 'widened':
        return `降幅扩大${size}`
      case 'turned-up':
        return `提高${size}，由降转增`
      case 'turned-down':
        return `回落${size}，由增转降`
    }
  }
  switch (change.kind) {
    case 'up':
      return `up ${size}`
    case 'down':
      return `down ${size}`
    case 'flat':
      return 'unchanged'
    case 'narrowed':
      return `the decline narrowed by ${size}`
    case 'widened':
      return `the decline widened by ${size}`
    case 'turned-up':
      return `up ${size}, from a decline to growth`
    case 'turned-down':
      return `down ${size}, from growth to a decline`
  }
}

/** The change against an earlier period: "比1-2月提高4.0个百分点" / "up 4.0 points on Jan–Feb". */
export function changeSince(change: Change, span: string, lang: Lang): string {
  if (lang === 'zh')
    return change.kind === 'flat' ? `与${span}持平` : `比${span}${changeText(change, lang)}`
  return `${changeText(change, lang)} on ${span}`
}
