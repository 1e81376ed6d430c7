import { useQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { periodYear } from '../../../domain/period.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { targetsQuery } from '../../../lib/api/queries.ts'
import { useYearObservations } from '../../../lib/api/use-year-observations.ts'
import type { Target } from '../../../schemas/targets.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ResolvedFilters } from '../../../lib/url/use-filters.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Period } from '../../../domain/period.ts'
import { briefingFacts } from '../lib/briefing-facts.ts'
import { renderBriefing } from '../lib/render-briefing.ts'

/**
 * The view's headline: the first sentence of its briefing — the most important published
 * figure and its change, worded by the same rules ("1-6月，全省规模以上工业增加值同比增长2.5%，
 * 增速比1-3月提高1.1个百分点…"). Null when nothing is published.
 */
function headlineText(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period },
  lang: Lang,
  targets: readonly Target[] = [],
): string | null {
  return (
    renderBriefing(briefingFacts(table, catalog, selection, targets), catalog, lang, null)
      .sentences[0]?.text ?? null
  )
}

/** The headline at the top of the dashboard, from the same year's figures as the tiles. */
export function Headline({ filters }: { filters: ResolvedFilters }) {
  const catalog = useCatalog()
  const { period, lang } = filters
  const data = useYearObservations(filters.dataset, period ? periodYear(period) : null)
  const table = useDeferredValue(data.table)
  const targets = useQuery(targetsQuery(catalog.manifest, filters.dataset)).data?.targets
  const text =
    table && period
      ? headlineText(table, catalog, { region: filters.region, period }, lang, targets)
      : null
  if (!text) return null
  return (
    <p className="max-w-5xl text-base leading-relaxed font-medium text-slate-900 dark:text-slate-50">
      {text}
    </p>
  )
}
