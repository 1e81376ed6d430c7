import type { Catalog } from '../../../domain/catalog.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { growthSources, type BriefingFacts } from './briefing-facts.ts'
import { en } from './render-en.ts'
import { zh } from './render-zh.ts'
import type { Writer } from './writer.ts'

type Facts = BriefingFacts

export const WRITERS: Record<Lang, Writer> = { zh, en }

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

const EMPTY: Briefing = { sentences: [], paragraphs: [], text: '', sources: [] }

/** The facts written in one language, sentence by sentence, each with the sources it used. */
export function renderBriefing(
  facts: Facts | null,
  catalog: Catalog,
  lang: Lang,
  syntheticLabel: string | null,
): Briefing {
  if (!facts) return EMPTY
  const w = WRITERS[lang]
  const own = (o: { source: string } | undefined) => (o ? [o.source] : [])
  const drafts: { group: BriefingSentence['group']; body: string; sources: string[] }[] = []
  /** The source of an indicator's target, when the sentence reads its figure against it. */
  const target = (indicator: string, figure: unknown) => {
    const reading = facts.targets.get(indicator)
    return figure && reading && reading.kind !== 'text' && reading.latest
      ? [reading.target.source]
      : []
  }
  if (facts.valueAdded) {
    const { level, growth, month } = facts.valueAdded
    drafts.push({
      group: 'growth',
      body: w.valueAdded(facts.valueAdded, facts, catalog),
      sources: [
        ...own(level),
        ...growthSources(growth),
        ...own(month),
        ...target('iva_above_scale_yoy_pct', growth),
      ],
    })
  }
  if (facts.belowScale) {
    drafts.push({
      group: 'growth',
      body: w.belowScale(facts.belowScale, facts, catalog),
      sources: growthSources(facts.belowScale),
    })
  }
  if (facts.investment || facts.tech || facts.manufacturing) {
    drafts.push({
      group: 'investment',
      body: w.investment(facts, catalog),
      sources: [
        ...own(facts.investment?.level),
        ...growthSources(facts.investment?.growth),
        ...own(facts.tech?.level),
        ...own(facts.tech?.growth),
        ...own(facts.tech?.share),
        ...own(facts.manufacturing ?? undefined),
        ...target('industrial_investment_100m_yuan', facts.investment?.level),
        ...target('industrial_investment_yoy_pct', facts.investment?.growth),
        ...target('tech_transformation_investment_100m_yuan', facts.tech?.level),
        ...target('tech_transformation_investment_yoy_pct', facts.tech?.growth),
      ],
    })
  }
  if (facts.hightech || facts.advanced) {
    drafts.push({
      group: 'hightech',
      body: w.hightech(facts),
      sources: [
        ...own(facts.hightech?.growth),
        ...own(facts.hightech?.share),
        ...own(facts.hightech?.contribution),
        ...own(facts.advanced?.growth),
        ...own(facts.advanced?.share),
      ],
    })
  }
  const lead = w.lead(facts)
  const sentences = drafts.map((d, i) => ({
    group: d.group,
    text: w.sentence(i === 0 ? lead(d.body) : d.body),
    sources: [...new Set(d.sources)],
  }))
  const paragraphs: string[] = []
  if (syntheticLabel)
    paragraphs.push(lang === 'zh' ? `【${syntheticLabel}】` : `[${syntheticLabel}]`)
  const body = (['growth', 'investment', 'hightech'] as const)
    .map((group) =>
      sentences
        .filter((s) => s.group === group)
        .map((s) => s.text)
        .join(w.paragraphJoin),
    )
    .filter(Boolean)
    .join(w.paragraphJoin)
  if (body) paragraphs.push(body)
  return {
    sentences,
    paragraphs,
    text: paragraphs.join(w.paragraphJoin),
    sources: [...new Set(sentences.flatMap((s) => s.sources))],
  }
}
