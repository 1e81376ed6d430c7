/**
 * The sentences of 需关注 findings: each rule's wording (data/attention-rules.csv) with its
 * {placeholders} filled, in zh and en, from the figures the finding rests on — each exactly as
 * published (its decimals, its unit), never rounded.
 */
import { formatPeriod, formatPeriodSpan } from '../../src/lib/format/period.ts'
import { formatNumber, formatValue } from '../../src/lib/format/number.ts'
import { indicatorName, regionName } from '../../src/lib/format/names.ts'
import { qualifierWords } from '../../src/lib/format/qualifier.ts'
import { rankText } from '../../src/lib/format/rank.ts'
import type { Figure } from '../../src/domain/target-arithmetic.ts'
import type { Standing } from '../../src/domain/rank.ts'
import type { Lang } from '../../src/lib/i18n/lang.ts'
import type { Indicator } from '../../src/schemas/indicators.ts'
import type { Region } from '../../src/schemas/regions.ts'
import type { Target } from '../../src/schemas/targets.ts'

/** A value of a placeholder, in each language. */
export type Words = Record<Lang, string>

const LANGS: Lang[] = ['zh', 'en']
const each = (say: (lang: Lang) => string): Words => ({ zh: say('zh'), en: say('en') })

export const percent = (figure: Figure): Words =>
  each((lang) => `${formatNumber(figure.value, figure.decimals, lang)}%`)

/** A gap in 百分点, said by its size (the sentence says below or behind). */
export const points = (gap: Figure): Words =>
  each((lang) => formatNumber(Math.abs(gap.value), gap.decimals, lang))

export const periodWords = (period: string): Words => each((lang) => formatPeriod(period, lang))

export const regionWords = (region: Region): Words => each((lang) => regionName(region, lang))

/** The indicator as a sentence names it ("…, year-to-date growth" rather than "…: …"). */
export const indicatorWords = (indicator: Indicator): Words =>
  each((lang) => indicatorName(indicator, lang).replace(': ', ', '))

export const valueWords = (indicator: Indicator, figure: Figure): Words =>
  each((lang) => formatValue(figure.value, figure.decimals, indicator.unit, lang).text)

/** The target as read: 增长5%左右 / growth of about 5%; 两位数增长 as printed. */
export function targetWords(target: Target, line: Figure): Words {
  if (target.kind === 'qualitative')
    return {
      zh: target.text,
      en: `${target.threshold?.comparison === 'above' ? 'above' : 'at least'} ${percent(line).en}`,
    }
  const q = qualifierWords(target.qualifier)
  if (target.kind === 'level') {
    const amount = formatNumber(target.value, target.decimals, 'zh')
    // In English an amount of 亿元 is written in billions, as every figure is (figureIn).
    const en =
      target.unit === '万亿元'
        ? `${formatNumber(target.value, target.decimals, 'en')} trillion yuan`
        : formatValue(target.value, target.decimals, '100m_yuan', 'en').text
    return {
      zh: `${q.aim ? '力争' : ''}${amount}${target.unit}${q.zh}`,
      en: `${q.aim ? 'aim ' : ''}${q.en}${en}`,
    }
  }
  return {
    zh: `${q.aim ? '力争' : ''}增长${percent(line).zh}${q.zh}`,
    en: `${q.aim ? 'aim ' : ''}${q.en}${percent(line).en} growth`,
  }
}

export const rankWords = (standing: Standing, group: Region | undefined): Words =>
  each((lang) => rankText(standing, lang, group) ?? '')

/** The figures of a falling series: 1-3月5.1%、1-4月4.8% / Jan–Mar 5.1%, Jan–Apr 4.8%. */
export function seriesWords(series: { period: string; figure: Figure }[]): Words {
  return each((lang) =>
    series
      .map(
        ({ period, figure }) =>
          `${formatPeriodSpan(period, lang)}${lang === 'en' ? ' ' : ''}${percent(figure)[lang]}`,
      )
      .join(lang === 'zh' ? '、' : ', '),
  )
}

export const PREVIOUS_LABEL = {
  period: { zh: '上期', en: 'the previous period' },
  year: { zh: '上年全年', en: 'the previous full year' },
} satisfies Record<string, Words>

/** A rule's sentence with its placeholders filled. */
export function fillText(text: Words, values: Record<string, Words>): Words {
  const fill = (lang: Lang) =>
    text[lang].replace(/\{([^}]*)\}/g, (_, name: string) => {
      const value = values[name]
      if (!value) throw new Error(`no value for {${name}}`)
      return value[lang]
    })
  return Object.fromEntries(LANGS.map((lang) => [lang, fill(lang)])) as Words
}
