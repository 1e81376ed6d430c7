import type { Catalog } from '../../../domain/catalog.ts'
import type { BriefingFacts, GrowthFact } from './briefing-facts.ts'

type Facts = BriefingFacts

/** One language's way of writing the facts: a sentence body per group of figures. */
export interface Writer {
  /** Puts the period and the region before the first sentence: "2019年，广州市…". */
  lead: (facts: Facts) => (body: string) => string
  valueAdded: (fact: NonNullable<Facts['valueAdded']>, facts: Facts, catalog: Catalog) => string
  belowScale: (fact: GrowthFact, facts: Facts, catalog: Catalog) => string
  investment: (
    fact: Pick<Facts, 'investment' | 'tech' | 'manufacturing' | 'targets'>,
    catalog: Catalog,
  ) => string
  hightech: (fact: Pick<Facts, 'hightech' | 'advanced'>) => string
  /** A body as a sentence: "…。" / "….". */
  sentence: (body: string) => string
  /** Between sentences and paragraphs. */
  paragraphJoin: string
}
