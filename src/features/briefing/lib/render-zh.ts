/** The briefing in Chinese, as the bureau's 通报 words it. */
import type { Catalog } from '../../../domain/catalog.ts'
import { directionOf } from '../../../domain/change.ts'
import { periodMonth, periodYear } from '../../../domain/period.ts'
import { formatNumber, formatValue } from '../../../lib/format/number.ts'
import { formatPeriodSpan } from '../../../lib/format/period.ts'
import { qualifierWords } from '../../../lib/format/qualifier.ts'
import { standingText } from '../../../lib/format/rank.ts'
import type { TargetReading } from '../../../domain/targets.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { BriefingFacts, GrowthFact } from './briefing-facts.ts'
import type { Writer } from './writer.ts'

const pct = (o: { value: number; decimals: number }) =>
  formatValue(Math.abs(o.value), o.decimals, 'pct', 'zh').text

const level = (o: Observation) => formatValue(o.value, o.decimals, '100m_yuan', 'zh').text

/** "同比增长5.1%" / "同比下降2.7%" / "与上年同期持平". */
export function growthPhrase(o: Observation): string {
  const direction = directionOf(o.value)
  return direction === 'up'
    ? `同比增长${pct(o)}`
    : direction === 'down'
      ? `同比下降${pct(o)}`
      : '与上年同期持平'
}

/**
 * "，增速比1-11月提高0.3个百分点，比1-2月提高4.0个百分点"; while negative "，降幅比1-2月收窄2.1个百分点";
 * across zero "，增速比1-2月提高5.3个百分点，由降转增".
 */
function comparisons(fact: GrowthFact): string {
  let subject = ''
  const parts = fact.comparisons.map(({ period, change }) => {
    const span = formatPeriodSpan(period, 'zh')
    const size = `${formatNumber(Math.abs(change.value), change.decimals, 'zh')}个百分点`
    const decline = change.kind === 'narrowed' || change.kind === 'widened'
    const next = decline ? '降幅' : '增速'
    const lead = next === subject ? '' : next
    subject = next
    switch (change.kind) {
      case 'up':
        return `${lead}比${span}提高${size}`
      case 'down':
        return `${lead}比${span}回落${size}`
      case 'flat':
        return `${lead}与${span}持平`
      case 'narrowed':
        return `${lead}比${span}收窄${size}`
      case 'widened':
        return `${lead}比${span}扩大${size}`
      case 'turned-up':
        return `${lead}比${span}提高${size}，由降转增`
      case 'turned-down':
        return `${lead}比${span}回落${size}，由增转降`
    }
  })
  return parts.map((p) => `，${p}`).join('')
}

/** "，增速居全省第3位、珠三角第2位": ranks of a whole scope only. */
function rank(fact: GrowthFact, catalog: Catalog): string {
  const text = standingText(fact.standing, 'zh', (code) => catalog.region.get(code))
  return text ? `，增速居${text}` : ''
}

/**
 * The year's target, when there is one: "，高于全年5%左右的预期目标0.1个百分点"; for an amount
 * "，完成年度计划的63.9%，超序时进度5.6个百分点"; for words that name a threshold "，实现两位数增长目标".
 */
export function targetClause(reading: TargetReading | undefined): string {
  if (reading?.kind === 'growth' && reading.latest) {
    if (reading.basis === 'threshold') {
      const words = reading.comparison === 'above' ? '正增长' : '两位数增长'
      return reading.latest.status === 'met' ? `，实现${words}目标` : `，未实现${words}目标`
    }
    const { target } = reading
    const { aim, zh: after } = qualifierWords(target.qualifier)
    const goal = `全年${aim ? '力争' : ''}${formatNumber(reading.line.value, reading.line.decimals, 'zh')}%${after}的${aim ? '' : '预期'}目标`
    const gap = reading.latest.gap
    if (gap.value === 0) return `，与${goal}持平`
    return `，${gap.value > 0 ? '高于' : '低于'}${goal}${formatNumber(Math.abs(gap.value), gap.decimals, 'zh')}个百分点`
  }
  if (reading?.kind === 'level' && reading.latest) {
    const { completion, gap, pace } = reading.latest
    const size = `${formatNumber(Math.abs(gap.value), gap.decimals, 'zh')}个百分点`
    const schedule =
      pace === 'ahead'
        ? `超序时进度${size}`
        : pace === 'behind'
          ? `慢序时进度${size}`
          : '与序时进度持平'
    return `，完成年度计划的${formatNumber(completion.value, completion.decimals, 'zh')}%，${schedule}`
  }
  return ''
}

function growthClause(fact: GrowthFact, catalog: Catalog, target?: TargetReading): string {
  return `${growthPhrase(fact.observation)}${comparisons(fact)}${targetClause(target)}${rank(fact, catalog)}`
}

export const zh: Writer = {
  /** "2019年，广州市" for 1-12月; "1-6月，全省" within a year. */
  lead: (facts: BriefingFacts) => {
    const when =
      periodMonth(facts.period) === 12
        ? `${periodYear(facts.period)}年`
        : formatPeriodSpan(facts.period, 'zh')
    const name = facts.region.type === 'province' ? '全省' : facts.region.nameZh
    return (body) => `${when}，${name}${body}`
  },

  valueAdded: ({ level: value, growth, month }, facts, catalog) => {
    const target = facts.targets.get('iva_above_scale_yoy_pct')
    let text = ''
    if (value) text = `实现规模以上工业增加值${level(value)}`
    if (growth)
      text += value
        ? `，${growthClause(growth, catalog, target)}`
        : `规模以上工业增加值${growthClause(growth, catalog, target)}`
    if (month) {
      const m = `${periodMonth(facts.period)}月`
      text += text
        ? `；其中${m}当月${growthPhrase(month)}`
        : `规模以上工业增加值${m}当月${growthPhrase(month)}`
    }
    return text
  },

  belowScale: (fact) => `规模以下工业增加值${growthPhrase(fact.observation)}${comparisons(fact)}`,

  investment: ({ investment, tech, manufacturing, targets }, catalog) => {
    const parts: string[] = []
    if (investment) {
      const { level: value, growth } = investment
      let text = value
        ? `完成工业投资${level(value)}${targetClause(targets.get('industrial_investment_100m_yuan'))}`
        : '工业投资'
      if (growth)
        text += `${value ? '，' : ''}${growthClause(growth, catalog, targets.get('industrial_investment_yoy_pct'))}`
      parts.push(text)
    }
    if (tech) {
      const clauses = [
        ...(tech.growth
          ? [
              `${growthPhrase(tech.growth)}${targetClause(targets.get('tech_transformation_investment_yoy_pct'))}`,
            ]
          : []),
        ...(tech.share ? [`占工业投资比重为${pct(tech.share)}`] : []),
      ]
      const subject = investment?.level ? '其中技改投资' : tech.level ? '完成技改投资' : '技改投资'
      const head = tech.level
        ? `${subject}${level(tech.level)}${targetClause(targets.get('tech_transformation_investment_100m_yuan'))}`
        : subject
      parts.push(
        tech.level && clauses.length > 0
          ? `${head}，${clauses.join('，')}`
          : `${head}${clauses.join('，')}`,
      )
    }
    if (manufacturing) parts.push(`制造业投资${growthPhrase(manufacturing)}`)
    return parts.join('；')
  },

  hightech: ({ hightech, advanced }) => {
    const parts: string[] = []
    if (hightech) {
      const clauses = [
        ...(hightech.growth ? [growthPhrase(hightech.growth)] : []),
        ...(hightech.share ? [`占规上工业增加值比重为${pct(hightech.share)}`] : []),
        ...(hightech.contribution
          ? [
              `对规上工业增长贡献率${hightech.contribution.value > 0 ? '达' : '为'}${formatValue(hightech.contribution.value, hightech.contribution.decimals, 'pct', 'zh').text}`,
            ]
          : []),
      ]
      parts.push(`高技术制造业增加值${clauses.join('，')}`)
    }
    if (advanced) {
      const clauses = [
        ...(advanced.growth ? [growthPhrase(advanced.growth)] : []),
        ...(advanced.share ? [`占规上工业比重为${pct(advanced.share)}`] : []),
      ]
      parts.push(`先进制造业增加值${clauses.join('，')}`)
    }
    return parts.join('；')
  },

  sentence: (body) => `${body}。`,
  paragraphJoin: '',
}
