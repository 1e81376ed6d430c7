/**
 * The briefing: a paragraph in the style of the provincial reports (通报), written from the
 * data alone. Every number is a published figure shown as published; a comparison is made
 * only between published figures of the same year; a sentence whose data is missing is left
 * out, never guessed; a share is stated only when published, or computed from two published
 * levels of the same period and source, and then said to be computed.
 */
import type { Catalog } from '../../../domain/catalog.ts'
import { formatNumber, formatValue } from '../../../lib/format/number.ts'
import { changeInPoints, directionOf } from '../../../domain/change.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodMonth, periodYear, periodsOfYear, type Period } from '../../../domain/period.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import { rankCity } from '../../../domain/rank.ts'
import { previousPublished } from '../../../domain/series.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { Region } from '../../../schemas/regions.ts'

export interface BriefingSentence {
  /** Which stability the sentence belongs to; sentences of one group make a paragraph. */
  group: 'growth' | 'investment' | 'hightech'
  text: string
  sources: string[]
}

export interface Briefing {
  sentences: BriefingSentence[]
  /** Paragraphs of the whole text, the synthetic label first for demo data. */
  paragraphs: string[]
  text: string
  /** Every source used, in order of first use. */
  sources: string[]
}

interface Context {
  table: ObservationTable
  catalog: Catalog
  region: Region
  period: Period
  lang: Lang
  used: Observation[]
}

function get(ctx: Context, indicator: string, period = ctx.period): Observation | undefined {
  return ctx.table.get(ctx.region.code, period, indicator)
}

/** Marks observations as used by the sentence being written (for its sources). */
function cite(ctx: Context, ...observations: (Observation | undefined)[]) {
  for (const o of observations) if (o) ctx.used.push(o)
}

function pct(o: { value: number; decimals: number }, lang: Lang) {
  return formatValue(Math.abs(o.value), o.decimals, 'pct', lang).text
}

/**
 * 亿元 as the bureau writes it; in English, billions of yuan: the same digits with the point
 * moved one place (1038亿元 = 103.8 billion yuan), exact, never rounded.
 */
export function level(o: Observation, lang: Lang): string {
  if (lang === 'zh') return formatValue(o.value, o.decimals, '100m_yuan', lang).text
  const digits = Math.round(Math.abs(o.value) * 10 ** o.decimals)
  const billions = digits / 10 ** (o.decimals + 1)
  const decimals = digits % 10 === 0 ? o.decimals : o.decimals + 1
  return `${o.value < 0 ? '-' : ''}${formatNumber(billions, decimals, 'en')} billion yuan`
}

/** "同比增长5.1%" / "同比下降2.7%" / "与上年同期持平"; "grew by 5.1% year on year" … */
export function growthPhrase(o: Observation, lang: Lang): string {
  const direction = directionOf(o.value)
  if (lang === 'zh') {
    return direction === 'up'
      ? `同比增长${pct(o, lang)}`
      : direction === 'down'
        ? `同比下降${pct(o, lang)}`
        : '与上年同期持平'
  }
  return direction === 'up'
    ? `grew by ${pct(o, lang)} year on year`
    : direction === 'down'
      ? `fell by ${pct(o, lang)} year on year`
      : 'was unchanged year on year'
}

/** "增速比1-11月提高0.3个百分点，比1-2月提高4.0个百分点": only against published figures. */
function changeClause(ctx: Context, indicator: string, current: Observation): string {
  const { lang } = ctx
  const comparisons: { period: Period; observation: Observation }[] = []
  const previous = previousPublished(ctx.table, ctx.region.code, ctx.period, indicator)
  if (previous) comparisons.push(previous)
  const first = periodsOfYear(periodYear(ctx.period))[0]!
  const opening =
    first !== ctx.period && first !== previous?.period ? get(ctx, indicator, first) : undefined
  if (opening) comparisons.push({ period: first, observation: opening })
  if (comparisons.length === 0) return ''
  const parts = comparisons.map(({ period, observation }) => {
    cite(ctx, observation)
    const change = changeInPoints(current, observation)
    const size = formatNumber(Math.abs(change.value), change.decimals, lang)
    const span = formatPeriodSpan(period, lang)
    const direction = directionOf(change.value)
    if (lang === 'zh') {
      return direction === 'flat'
        ? `与${span}持平`
        : `比${span}${direction === 'up' ? '提高' : '回落'}${size}个百分点`
    }
    return direction === 'flat'
      ? `unchanged from ${span}`
      : `${size} percentage point${change.value === 1 || change.value === -1 ? '' : 's'} ${direction === 'up' ? 'higher' : 'lower'} than in ${span}`
  })
  return lang === 'zh' ? `，增速${parts.join('，')}` : `, ${parts.join(' and ')}`
}

/** "增速居全省第3位、珠三角第2位": only when every city of the scope is published. */
function rankClause(ctx: Context, indicator: string): string {
  const rank = rankCity(ctx.table, ctx.catalog.cities, ctx.region, ctx.period, indicator)
  const group = rank.group ? ctx.catalog.region.get(rank.group.code) : undefined
  const parts: string[] = []
  if (ctx.lang === 'zh') {
    if (rank.province) parts.push(`全省第${rank.province.rank}位`)
    if (rank.group && group) parts.push(`${group.shortZh}第${rank.group.rank}位`)
    return parts.length > 0 ? `，增速居${parts.join('、')}` : ''
  }
  if (rank.province) parts.push(`${ordinal(rank.province.rank)} among the 21 cities`)
  if (rank.group && group)
    parts.push(`${ordinal(rank.group.rank)} in the ${group.nameEn.replace(/\s*\(.*\)$/, '')}`)
  return parts.length > 0 ? `, ranking ${parts.join(' and ')}` : ''
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * A share as published, or else computed from two published levels of the same period and
 * source, and then labelled as computed; otherwise nothing.
 */
function shareOf(ctx: Context, share: string): { text: string; computed: boolean } | undefined {
  const published = get(ctx, share)
  if (published) {
    cite(ctx, published)
    return { text: pct(published, ctx.lang), computed: false }
  }
  const indicator = ctx.catalog.indicator.get(share)
  const part = indicator?.numerator ? get(ctx, indicator.numerator) : undefined
  const whole = indicator?.denominator ? get(ctx, indicator.denominator) : undefined
  if (!part || !whole || part.source !== whole.source || whole.value === 0) return undefined
  cite(ctx, part, whole)
  const value = (part.value / whole.value) * 100
  return { text: `${formatNumber(value, 1, ctx.lang)}%`, computed: true }
}

function computedNote(lang: Lang) {
  return lang === 'zh' ? '（据公布数计算）' : ' (computed from the published figures)'
}

interface Draft {
  group: BriefingSentence['group']
  /** The sentence without its subject-less opening; null when there is nothing to say. */
  body: string | null
  observations: Observation[]
}

function draft(ctx: Context, group: Draft['group'], write: () => string | null): Draft {
  ctx.used = []
  const body = write()
  return { group, body, observations: ctx.used }
}

function valueAddedSentence(ctx: Context): string | null {
  const { lang } = ctx
  const growth = get(ctx, 'iva_above_scale_yoy_pct')
  const value = get(ctx, 'iva_above_scale_100m_yuan')
  if (!growth && !value) return null
  cite(ctx, growth, value)
  let text = lang === 'zh' ? '规模以上工业增加值' : 'above-scale industrial value added'
  if (value) text += lang === 'zh' ? level(value, lang) : ` reached ${level(value, lang)}`
  if (growth) {
    text += value ? (lang === 'zh' ? '，' : ' and ') : lang === 'zh' ? '' : ' '
    text += growthPhrase(growth, lang)
    text += changeClause(ctx, 'iva_above_scale_yoy_pct', growth)
    text += rankClause(ctx, 'iva_above_scale_yoy_pct')
  }
  const month = get(ctx, 'iva_above_scale_month_yoy_pct')
  if (month) {
    cite(ctx, month)
    const m = periodMonth(ctx.period)
    text +=
      lang === 'zh'
        ? `；其中${m}月当月${growthPhrase(month, lang)}`
        : `; in ${formatPeriod(ctx.period, lang, 'month')} alone it ${growthPhrase(month, lang)}`
  }
  return text
}

function belowScaleSentence(ctx: Context): string | null {
  const growth = get(ctx, 'iva_below_scale_yoy_pct')
  if (!growth) return null
  cite(ctx, growth)
  const subject = ctx.lang === 'zh' ? '规模以下工业增加值' : 'below-scale industrial value added '
  return `${subject}${growthPhrase(growth, ctx.lang)}${changeClause(ctx, 'iva_below_scale_yoy_pct', growth)}`
}

function investmentSentence(ctx: Context): string | null {
  const { lang } = ctx
  const value = get(ctx, 'industrial_investment_100m_yuan')
  const growth = get(ctx, 'industrial_investment_yoy_pct')
  const techValue = get(ctx, 'tech_transformation_investment_100m_yuan')
  const techGrowth = get(ctx, 'tech_transformation_investment_yoy_pct')
  cite(ctx, value, growth, techValue, techGrowth)
  const parts: string[] = []
  if (value || growth) {
    let text =
      lang === 'zh'
        ? value
          ? `完成工业投资${level(value, lang)}`
          : '工业投资'
        : value
          ? `industrial investment reached ${level(value, lang)}`
          : 'industrial investment'
    if (growth)
      text += `${value ? (lang === 'zh' ? '，' : ' and ') : lang === 'zh' ? '' : ' '}${growthPhrase(growth, lang)}`
    if (growth) text += rankClause(ctx, 'industrial_investment_yoy_pct')
    parts.push(text)
  }
  const share = shareOf(ctx, 'tech_transformation_investment_share_of_industrial_investment_pct')
  if (techValue || techGrowth || share) {
    const lead =
      lang === 'zh'
        ? value
          ? '其中技改投资'
          : '技改投资'
        : `${value ? 'of which ' : ''}technical-transformation investment`
    const clauses: string[] = []
    if (techValue)
      clauses.push(lang === 'zh' ? level(techValue, lang) : `reached ${level(techValue, lang)}`)
    if (techGrowth) clauses.push(growthPhrase(techGrowth, lang))
    if (share) {
      clauses.push(
        lang === 'zh'
          ? `占工业投资比重为${share.text}${share.computed ? computedNote(lang) : ''}`
          : `accounting for ${share.text} of industrial investment${share.computed ? computedNote(lang) : ''}`,
      )
    }
    const joined =
      lang === 'zh' ? `${lead}${clauses.join('，')}` : `${lead} ${englishClauses(clauses)}`
    parts.push(joined)
  }
  const manufacturing = get(ctx, 'manufacturing_investment_yoy_pct')
  if (manufacturing) {
    cite(ctx, manufacturing)
    parts.push(
      lang === 'zh'
        ? `制造业投资${growthPhrase(manufacturing, lang)}`
        : `manufacturing investment ${growthPhrase(manufacturing, lang)}`,
    )
  }
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : null
}

function hightechSentence(ctx: Context): string | null {
  const { lang } = ctx
  const parts: string[] = []
  const growth = get(ctx, 'hightech_mfg_va_yoy_pct')
  const share = shareOf(ctx, 'hightech_mfg_va_share_pct')
  const contribution = get(ctx, 'hightech_mfg_contribution_pct')
  cite(ctx, growth, contribution)
  if (growth || share || contribution) {
    const clauses: string[] = []
    if (growth) clauses.push(growthPhrase(growth, lang))
    if (share) {
      clauses.push(
        lang === 'zh'
          ? `占规上工业增加值比重为${share.text}${share.computed ? computedNote(lang) : ''}`
          : `accounting for ${share.text} of above-scale value added${share.computed ? computedNote(lang) : ''}`,
      )
    }
    if (contribution) {
      const verb = contribution.value > 0 ? '达' : '为'
      clauses.push(
        lang === 'zh'
          ? `对规上工业增长贡献率${verb}${formatValue(contribution.value, contribution.decimals, 'pct', lang).text}`
          : `contributing ${formatValue(contribution.value, contribution.decimals, 'pct', lang).text} of above-scale growth`,
      )
    }
    parts.push(
      lang === 'zh'
        ? `高技术制造业增加值${clauses.join('，')}`
        : `high-tech manufacturing value added ${englishClauses(clauses)}`,
    )
  }
  const advancedGrowth = get(ctx, 'advanced_mfg_va_yoy_pct')
  const advancedShare = shareOf(ctx, 'advanced_mfg_va_share_pct')
  cite(ctx, advancedGrowth)
  if (advancedGrowth || advancedShare) {
    const clauses: string[] = []
    if (advancedGrowth) clauses.push(growthPhrase(advancedGrowth, lang))
    if (advancedShare) {
      clauses.push(
        lang === 'zh'
          ? `占规上工业比重为${advancedShare.text}${advancedShare.computed ? computedNote(lang) : ''}`
          : `accounting for ${advancedShare.text} of above-scale industry${advancedShare.computed ? computedNote(lang) : ''}`,
      )
    }
    parts.push(
      lang === 'zh'
        ? `先进制造业增加值${clauses.join('，')}`
        : `advanced manufacturing value added ${englishClauses(clauses)}`,
    )
  }
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : null
}

/** English clauses after a subject: a lone participle becomes a verb ("accounted for …"). */
function englishClauses(clauses: string[]): string {
  const [first, ...rest] = clauses
  if (!first) return ''
  const verb = first
    .replace(/^accounting for/, 'accounted for')
    .replace(/^contributing/, 'contributed')
  return [verb, ...rest].join(', ')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function buildBriefing(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period },
  lang: Lang,
  syntheticLabel: string | null,
): Briefing {
  const region = catalog.region.get(selection.region)
  if (!region) return { sentences: [], paragraphs: [], text: '', sources: [] }
  const ctx: Context = { table, catalog, region, period: selection.period, lang, used: [] }
  const drafts = [
    draft(ctx, 'growth', () => valueAddedSentence(ctx)),
    draft(ctx, 'growth', () => belowScaleSentence(ctx)),
    draft(ctx, 'investment', () => investmentSentence(ctx)),
    draft(ctx, 'hightech', () => hightechSentence(ctx)),
  ].filter((d) => d.body !== null)

  const name =
    region.type === 'province'
      ? lang === 'zh'
        ? '全省'
        : 'Guangdong'
      : lang === 'zh'
        ? region.nameZh
        : region.nameEn
  const lead =
    lang === 'zh'
      ? `${formatPeriod(selection.period, lang)}，${name}`
      : `In ${formatPeriod(selection.period, lang)}, ${name}'s`
  const sentences: BriefingSentence[] = drafts.map((d, i) => {
    const body = d.body!
    const text =
      i === 0
        ? lang === 'zh'
          ? `${lead}${body}。`
          : `${lead} ${body.charAt(0).toLowerCase()}${body.slice(1)}.`
        : lang === 'zh'
          ? `${body}。`
          : `${capitalise(body)}.`
    return { group: d.group, text, sources: [...new Set(d.observations.map((o) => o.source))] }
  })

  const paragraphs: string[] = []
  if (syntheticLabel)
    paragraphs.push(lang === 'zh' ? `【${syntheticLabel}】` : `[${syntheticLabel}]`)
  const groups = ['growth', 'investment', 'hightech'] as const
  const body = groups
    .map((group) =>
      sentences
        .filter((s) => s.group === group)
        .map((s) => s.text)
        .join(lang === 'zh' ? '' : ' '),
    )
    .filter(Boolean)
    .join(lang === 'zh' ? '' : ' ')
  if (body) paragraphs.push(body)
  return {
    sentences,
    paragraphs,
    text: paragraphs.join(lang === 'zh' ? '' : ' '),
    sources: [...new Set(sentences.flatMap((s) => s.sources))],
  }
}
