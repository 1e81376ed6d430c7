import type { Catalog } from '../../../domain/catalog.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Period } from '../../../domain/period.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Target } from '../../../schemas/targets.ts'
import { briefingFacts } from './briefing-facts.ts'
import { renderBriefing, type Briefing } from './render-briefing.ts'

/**
 * The briefing: a paragraph in the style of the provincial reports (通报), written from the
 * published figures alone — the facts (briefing-facts.ts), then one writer per language.
 */
export function buildBriefing(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period },
  lang: Lang,
  syntheticLabel: string | null,
  targets: readonly Target[] = [],
): Briefing {
  return renderBriefing(
    briefingFacts(table, catalog, selection, targets),
    catalog,
    lang,
    syntheticLabel,
  )
}
