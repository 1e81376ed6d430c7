/** The briefing in English: the same facts as the Chinese, in plain sentences. */
import type { Catalog } from '../../../domain/catalog.ts'
import { directionOf } from '../../../domain/change.ts'
import { periodMonth, periodYear } from '../../../domain/period.ts'
import { formatNumber, formatValue } from '../../../lib/format/number.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import { qualifierWords } from '../../../lib/format/qualifier.ts'
import { rankText } from '../../../lib/format/rank.ts'
import type { TargetReading } from '../../../domain/targets.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { GrowthFact } from './briefing-facts.ts'
import type { Writer } from './writer.ts'
import { countEn } from '../../../lib/i18n/plural.ts'

const pct = (o: { value: number; decimals: number }) =>
  formatValue(Math.abs(o.value), o.decimals, 'pct', 'en').text

/** An amount as every English figure is written: 1038亿元 = "103.8 billion yuan" (figureIn). */
export function level(o: Observation): string {
  return formatValue(o.value, o.decimals, '100m_yuan', 'en').text
}

/** "grew by 5.1% year on year" / "fell by 2.7% year on year" / "was unchanged year on year". */
function grew(o: Observation): string {
  const direction = directionOf(o.value)
  return direction === 'up'
    ? `grew by ${pct(o)} year on year`
    : direction === 'down'
      ? `fell by ${pct(o)} year on year`
      : 'was unchanged year on year'
}

/** After a level: "up 5.1% year on year" / "down 2.7% …" / "unchanged …". */
function upDown(o: Observation): string {
  const direction = directionOf(o.value)
  return direction === 'up'
    ? `up ${pct(o)} year on year`
    : direction === 'down'
      ? `down ${pct(o)} year on year`
      : 'unchanged year on year'
}

function points(change: { value: number; decimals: number }, first: boolean): string {
  const size = formatNumber(Math.abs(change.value), change.decimals, 'en')
  return first
    ? countEn(size, 'percentage point', 'percentage points')
    : countEn(size, 'point', 'points')
}

/**
 * ", 4.0 percentage points higher than in Jan–Feb"; while negative ", a decline 2.1 percentage
 * points narrower than in Jan–Feb"; across zero ", 5.3 percentage points higher than in Jan–Feb,
 * turning from a decline to growth".
 */
function comparisons(fact: GrowthFact): string {
  const parts = fact.comparisons.map(({ period, change }, i) => {
    const span = formatPeriodSpan(period, 'en')
    const size = points(change, i === 0)
    switch (change.kind) {
      case 'up':
        return `${size} higher than in ${span}`
      case 'down':
        return `${size} lower than in ${span}`
      case 'flat':
        return `unchanged from ${span}`
      case 'narrowed':
        return `a decline ${size} narrower than in ${span}`
      case 'widened':
        return `a decline ${size} wider than in ${span}`
      case 'turned-up':
        return `${size} higher than in ${span}, turning from a decline to growth`
      case 'turned-down':
        return `${size} lower than in ${span}, turning from growth to a decline`
    }
  })
  return parts.length > 0 ? `, ${parts.join(' and ')}` : ''
}

/** " It ranked 3rd of 21 cities and 2nd of 9 in the Pearl River Delta." — whole scopes only. */
function rank(fact: GrowthFact, catalog: Catalog): string {
  const standings = [fact.standing.province, fact.standing.group].flatMap((s) => (s ? [s] : []))
  const texts = standings.flatMap((s) => {
    const text = rankText(s, 'en', s.group ? catalog.region.get(s.group) : undefined)
    return text ? [text] : []
  })
  if (texts.length === 0) return ''
  const published = standings.every((s) => s.publishedIn) ? ' (as published)' : ''
  return `. Its growth ranked ${texts.join(' and ')}${published}`
}

/**
 * The year's target, when there is one: ", 0.8 percentage points below the full-year target of
 * 5%"; for an amount ", 63.9% of the annual plan, 5.6 points ahead of schedule"; for words that
 * name a threshold ", meeting the target of double-digit growth".
 */
function targetClause(reading: TargetReading | undefined): string {
  if (reading?.kind === 'growth' && reading.latest) {
    if (reading.basis === 'threshold') {
      const words = reading.comparison === 'above' ? 'growth above zero' : 'double-digit growth'
      return reading.latest.status === 'met'
        ? `, meeting the target of ${words}`
        : `, short of the target of ${words}`
    }
    const { aim, en: bound } = qualifierWords(reading.target.qualifier)
    const goal = `the full-year ${aim ? 'aim' : 'target'} of ${bound}${formatNumber(reading.line.value, reading.line.decimals, 'en')}%`
    const gap = reading.latest.gap
    if (gap.value === 0) return `, level with ${goal}`
    return `, ${points(gap, true)} ${gap.value > 0 ? 'above' : 'below'} ${goal}`
  }
  if (reading?.kind === 'level' && reading.latest) {
    const { completion, gap, pace } = reading.latest
    const schedule =
      pace === 'ahead'
        ? `${points(gap, false)} ahead of schedule`
        : pace === 'behind'
          ? `${points(gap, false)} behind schedule`
          : 'on schedule'
    return `, ${formatNumber(completion.value, completion.decimals, 'en')}% of the annual plan, ${schedule}`
  }
  return ''
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "a", "a and b", "a, b and c". */
function list(clauses: string[]): string {
  return clauses.length > 1
    ? `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)!}`
    : (clauses[0] ?? '')
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export const en: Writer = {
  /** "In 2019, Guangzhou's …" for Jan–Dec; "In Jan–Jun 2023, Guangdong's …" within a year. */
  lead: (facts) => {
    const when =
      periodMonth(facts.period) === 12
        ? String(periodYear(facts.period))
        : formatPeriod(facts.period, 'en')
    return (body) =>
      `In ${when}, ${facts.region.nameEn}'s ${body.charAt(0).toLowerCase()}${body.slice(1)}`
  },

  valueAdded: ({ level: value, growth, month }, facts, catalog) => {
    const subject = 'Above-scale industrial value added'
    const target = targetClause(facts.targets.get('iva_above_scale_yoy_pct'))
    let text = ''
    if (value && growth)
      text = `${subject} was ${level(value)}, ${upDown(growth.observation)}${comparisons(growth)}${target}${rank(growth, catalog)}`
    else if (growth)
      text = `${subject} ${grew(growth.observation)}${comparisons(growth)}${target}${rank(growth, catalog)}`
    else if (value) text = `${subject} was ${level(value)}`
    if (month) {
      const alone = `in ${MONTHS[periodMonth(facts.period) - 1]!} alone`
      text += text
        ? `. ${capitalise(alone)}, it ${grew(month)}`
        : `${subject} ${grew(month)} ${alone}`
    }
    return text
  },

  belowScale: (fact) =>
    `Below-scale industrial value added ${grew(fact.observation)}${comparisons(fact)}`,

  investment: ({ investment, tech, manufacturing, targets }, catalog) => {
    const sentences: string[] = []
    if (investment) {
      const { level: value, growth } = investment
      const subject = 'Industrial investment'
      const onPlan = targetClause(targets.get('industrial_investment_100m_yuan'))
      const target = targetClause(targets.get('industrial_investment_yoy_pct'))
      sentences.push(
        value && growth
          ? `${subject} was ${level(value)}${onPlan}, ${upDown(growth.observation)}${comparisons(growth)}${target}${rank(growth, catalog)}`
          : growth
            ? `${subject} ${grew(growth.observation)}${comparisons(growth)}${target}${rank(growth, catalog)}`
            : `${subject} was ${level(value!)}${onPlan}`,
      )
    }
    if (tech) {
      const growth = tech.growth
      const onPlan = targetClause(targets.get('tech_transformation_investment_100m_yuan'))
      const target = targetClause(targets.get('tech_transformation_investment_yoy_pct'))
      const first = tech.level
        ? `was ${level(tech.level)}${onPlan}${growth ? `, ${upDown(growth)}${target}` : ''}`
        : growth
          ? `${grew(growth)}${target}`
          : ''
      const share = tech.share ? `accounted for ${pct(tech.share)} of industrial investment` : ''
      const all = list([first, share].filter(Boolean))
      sentences.push(`Technical-transformation investment ${all}`)
    }
    if (manufacturing) sentences.push(`Manufacturing investment ${grew(manufacturing)}`)
    return sentences.join('. ')
  },

  hightech: ({ hightech, advanced }) => {
    const sentences: string[] = []
    if (hightech) {
      const clauses = [
        ...(hightech.growth ? [grew(hightech.growth)] : []),
        ...(hightech.share
          ? [`accounted for ${pct(hightech.share)} of above-scale value added`]
          : []),
        ...(hightech.contribution
          ? [
              `contributed ${formatValue(hightech.contribution.value, hightech.contribution.decimals, 'pct', 'en').text} of the growth of above-scale industry`,
            ]
          : []),
      ]
      sentences.push(`High-tech manufacturing value added ${list(clauses)}`)
    }
    if (advanced) {
      const clauses = [
        ...(advanced.growth ? [grew(advanced.growth)] : []),
        ...(advanced.share ? [`accounted for ${pct(advanced.share)} of above-scale industry`] : []),
      ]
      sentences.push(`Advanced manufacturing value added ${list(clauses)}`)
    }
    return sentences.join('. ')
  },

  sentence: (body) => `${capitalise(body)}.`,
  paragraphJoin: ' ',
}
