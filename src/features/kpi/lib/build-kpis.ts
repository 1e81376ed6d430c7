import type { Catalog } from '../../../lib/catalog.ts'
import type { ObservationTable } from '../../../lib/observations.ts'
import { periodYear, type Measure, type Period } from '../../../lib/period.ts'
import { rankCity, type CityRank } from '../../../lib/rank.ts'
import { changeSincePrevious, yearSeries } from '../../../lib/series.ts'
import type { Indicator, Stability } from '../../../schemas/indicators.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { Source } from '../../../schemas/sources.ts'

/** A tile's indicator for each measure; without a month variant the tile stays year-to-date. */
interface TileSpec {
  ytd: string
  month?: string
}

export const KPI_GROUPS: { stability: Exclude<Stability, 'context'>; tiles: TileSpec[] }[] = [
  {
    stability: 'growth',
    tiles: [
      { ytd: 'iva_above_scale_yoy_pct', month: 'iva_above_scale_month_yoy_pct' },
      { ytd: 'iva_above_scale_100m_yuan', month: 'iva_above_scale_month_100m_yuan' },
    ],
  },
  {
    stability: 'investment',
    tiles: [{ ytd: 'industrial_investment_yoy_pct' }, { ytd: 'industrial_investment_100m_yuan' }],
  },
  {
    stability: 'hightech',
    tiles: [
      { ytd: 'hightech_mfg_va_yoy_pct' },
      { ytd: 'hightech_mfg_va_share_pct' },
      { ytd: 'hightech_mfg_contribution_pct' },
      { ytd: 'advanced_mfg_va_share_pct' },
    ],
  },
  {
    stability: 'tech',
    tiles: [
      { ytd: 'tech_transformation_investment_yoy_pct' },
      { ytd: 'tech_transformation_investment_100m_yuan' },
      { ytd: 'tech_transformation_investment_share_of_industrial_investment_pct' },
    ],
  },
]

export interface Kpi {
  indicator: Indicator
  /** The measure of this tile's figure: month only where a month figure exists. */
  measure: Measure
  period: Period
  observation: Observation | undefined
  source: Source | undefined
  /** For rates: the change in 百分点 since the previous published period of the year. */
  change: { period: Period; value: number; decimals: number } | undefined
  rank: CityRank
  sparkline: { period: Period; value: number | null }[]
}

const RATE_KINDS = new Set(['growth', 'share', 'contribution'])

export function buildKpi(
  table: ObservationTable,
  catalog: Catalog,
  spec: TileSpec,
  selection: { region: string; period: Period; measure: Measure },
): Kpi | undefined {
  const measure = selection.measure === 'month' && spec.month ? 'month' : 'ytd'
  const indicator = catalog.indicator.get(measure === 'month' ? spec.month! : spec.ytd)
  const region = catalog.region.get(selection.region)
  if (!indicator || !region) return undefined
  const { period } = selection
  const observation = table.get(region.code, period, indicator.id)
  return {
    indicator,
    measure,
    period,
    observation,
    source: observation ? catalog.source.get(observation.source) : undefined,
    change: RATE_KINDS.has(indicator.kind)
      ? changeSincePrevious(table, region.code, period, indicator.id)
      : undefined,
    rank: observation ? rankCity(table, catalog.cities, region, period, indicator.id) : {},
    sparkline: yearSeries(table, region.code, periodYear(period), indicator.id),
  }
}
