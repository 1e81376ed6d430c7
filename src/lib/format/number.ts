import type { Direction } from '../../domain/change.ts'
import type { Unit } from '../../schemas/indicators.ts'
import type { Lang } from '../i18n/lang.ts'

/**
 * Figures are shown with exactly the decimals they were published with: 增长43% stays 43%,
 * 增长6.0% stays 6.0%. Chinese text has no thousands separators (1038亿元, 7220.42亿元), as
 * the bureau writes it; English uses them.
 *
 * Written with toFixed, not Intl.NumberFormat: the first Intl formatter of a page loads the
 * locale data, ≈ 150 ms of main thread on a phone (4× slowed CPU) in the middle of the first
 * render — and these two formats need nothing from it.
 */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const fixed = value.toFixed(decimals)
  if (lang === 'zh') return fixed
  const [whole, fraction] = fixed.split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** The unit each language writes an indicator's figures in: amounts of 亿元 in English as billions. */
const UNIT_LABELS: Record<Unit, Record<Lang, string>> = {
  '100m_yuan': { zh: '亿元', en: 'billion yuan' },
  pct: { zh: '%', en: '%' },
  count: { zh: '个', en: '' },
  rank: { zh: '位', en: '' },
}

export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_LABELS[unit][lang]
}

export interface Figure {
  value: number
  decimals: number
}

/**
 * A figure in the unit its language writes it in (unitLabel). English writes amounts in billions
 * of yuan, not in "100 million yuan": the same digits with the point moved one place, exact and
 * with the precision published (1038亿元 = 103.8 billion yuan, 38211.40亿元 = 3,821.140 billion
 * yuan). Every other figure, and every Chinese one, is as published.
 */
export function figureIn(figure: Figure, unit: Unit, lang: Lang): Figure {
  if (unit !== '100m_yuan' || lang === 'zh')
    return { value: figure.value, decimals: figure.decimals }
  const digits = Math.round(figure.value * 10 ** figure.decimals)
  return { value: digits / 10 ** (figure.decimals + 1), decimals: figure.decimals + 1 }
}

/**
 * A value of 亿元 at or above 1 万亿 is written in 万亿元 when that is exact with the published
 * decimals (36800 → 3.68万亿元); otherwise it stays in 亿元, never rounded (32305.16亿元).
 */
function inTrillions(value: number, decimals: number): { value: number; decimals: number } | null {
  if (Math.abs(value) < 10_000) return null
  const scaled = Math.round(value * 10 ** decimals)
  for (let d = 0; d <= 2; d++) {
    const divisor = 10 ** (decimals + 4 - d)
    if (scaled % divisor === 0) return { value: scaled / 10 ** (decimals + 4), decimals: d }
  }
  return null
}

export interface FormattedValue {
  number: string
  unit: string
  /** number and unit as one string: "5.1%", "1038亿元", "103.8 billion yuan". */
  text: string
}

export function formatValue(
  value: number,
  decimals: number,
  unit: Unit,
  lang: Lang,
): FormattedValue {
  if (unit === '100m_yuan') {
    const trillions = inTrillions(value, decimals)
    if (trillions) {
      const number = formatNumber(trillions.value, trillions.decimals, lang)
      const unitText = lang === 'zh' ? '万亿元' : 'trillion yuan'
      return { number, unit: unitText, text: withUnit(number, unitText, lang) }
    }
  }
  const shown = figureIn({ value, decimals }, unit, lang)
  const number = formatNumber(shown.value, shown.decimals, lang)
  const unitText = unitLabel(unit, lang)
  return { number, unit: unitText, text: withUnit(number, unitText, lang) }
}

/**
 * Digits (a figure, or a range "3.0–5.4") and their unit as each language joins them: Chinese
 * and % without a space ("5.1%", "1038亿元"), other English units after one ("103.8 billion
 * yuan"), and nothing where the language writes no unit (a count in English).
 */
export function withUnit(number: string, unitText: string, lang: Lang): string {
  if (lang === 'zh' || unitText === '%') return `${number}${unitText}`
  return unitText ? `${number} ${unitText}` : number
}

export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', flat: '■' }
