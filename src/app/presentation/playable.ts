import type { Catalog } from '../../domain/catalog.ts'
import { ALL_KEY_INDICATORS, STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Period } from '../../domain/period.ts'
import {
  COMMENDED_CITIES,
  COMMENDED_GROWTH,
  COMMENDED_OTHERS,
  COMMENDED_PERIOD,
} from '../../features/commended/index.ts'
import { HIGHTECH_SERIES } from '../../features/hightech/index.ts'
import { INVESTMENT_SERIES, TECH_SERIES } from '../../features/investment/index.ts'
import type { ReleaseNews } from '../../features/releases/index.ts'
import type { PeriodAttention } from '../../schemas/attention.ts'
import type { Target } from '../../schemas/targets.ts'
import type { SlideView } from './deck.ts'

const KEY_IDS = ALL_KEY_INDICATORS.map((k) => k.ytd)
const HEADLINE_IDS = STABILITY_HEADLINES.map((h) => h.indicator.ytd)

/** Whether a region has any of the indicators in the periods of its year up to `period`. */
function anyInYear(
  table: ObservationTable,
  region: string,
  period: Period,
  indicators: readonly string[],
): boolean {
  const periods = periodsOfYear(periodYear(period)).filter((p) => p <= period)
  return periods.some((p) => indicators.some((id) => table.get(region, p, id)))
}

/**
 * Whether a slide has anything to show for its region and period: a deck skips the slides
 * that would only say 暂无数据 (and counts them), rather than put an empty slide on the wall.
 */
export function slideHasContent(
  view: SlideView,
  table: ObservationTable,
  catalog: Catalog,
  targets: readonly Target[],
  /** The findings of a period (null: none in the API; undefined: not known, a failed file). */
  attention: (period: Period) => PeriodAttention | null | undefined = () => undefined,
  /** The latest release day's news (null: no releases in the API; undefined: not known). */
  news?: ReleaseNews | null,
): boolean {
  const { period, region } = view
  if (!period) return false
  const at = (code: string, ids: readonly string[]) => ids.some((id) => table.get(code, period, id))
  switch (view.type) {
    case 'overview':
      return at(region, KEY_IDS) || catalog.groups.some((g) => at(g.code, HEADLINE_IDS))
    case 'city':
      return at(region, KEY_IDS)
    case 'targets':
      return targets.some((t) => t.region === region && t.year === periodYear(period))
    case 'iva':
      return anyInYear(table, region, period, [
        'iva_above_scale_yoy_pct',
        'iva_above_scale_100m_yuan',
      ])
    case 'investment':
      return anyInYear(
        table,
        region,
        period,
        INVESTMENT_SERIES.map((s) => s.id),
      )
    case 'hightech':
      return anyInYear(
        table,
        region,
        period,
        HIGHTECH_SERIES.map((s) => s.id),
      )
    case 'tech':
      return anyInYear(
        table,
        region,
        period,
        TECH_SERIES.map((s) => s.id),
      )
    case 'ranking':
      // A ranking of one city is a single bar with nothing to compare: not worth a slide.
      return catalog.cities.filter((c) => table.get(c.code, period, view.indicator)).length > 1
    case 'map':
      return catalog.cities.some((c) => table.get(c.code, period, view.indicator))
    case 'scorecard':
      return catalog.cities.some(
        (c) => (!view.group || c.group === view.group) && at(c.code, HEADLINE_IDS),
      )
    case 'commended':
      // Only for the commendation's own period: not 2019's figures in another period's deck.
      return (
        period === COMMENDED_PERIOD &&
        COMMENDED_CITIES.some((code) =>
          [...COMMENDED_GROWTH, ...COMMENDED_OTHERS].some((id) => table.get(code, period, id)),
        )
      )
    case 'releases':
      // A day that brought nothing, or no releases at all: skipped; a failed file keeps it.
      return news === undefined || (news !== null && news.added.length + news.revised.length > 0)
    case 'attention': {
      // Only when the period has findings; a failed file keeps the slide, which says so.
      const found = attention(period)
      return found === undefined || (found !== null && found.alerts.length > 0)
    }
  }
}
