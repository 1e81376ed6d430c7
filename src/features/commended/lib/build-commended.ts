import type { PanelTable } from '../../../domain/chart-data.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { describeChange } from '../../../domain/change.ts'
import type { ChartMessages } from '../../../components/chart/messages.ts'
import type { CommendedMessages } from '../messages.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriodSpan } from '../../../lib/format/period.ts'
import type { Observation } from '../../../schemas/observations.ts'

/** The two cities commended in 国办发〔2020〕9号 for 2019, and the figures of the founding article. */
export const COMMENDED_CITIES = ['guangzhou', 'shenzhen'] as const
export const COMMENDED_PERIOD = '2019-12'
const FIRST_PERIOD = '2019-02'

/** Rates (%), compared side by side in the chart and its table. */
export const COMMENDED_RATES = [
  'iva_above_scale_yoy_pct',
  'iva_below_scale_yoy_pct',
  'industrial_investment_yoy_pct',
  'tech_transformation_investment_yoy_pct',
  'tech_transformation_investment_share_of_industrial_investment_pct',
  'hightech_mfg_va_yoy_pct',
  'hightech_mfg_contribution_pct',
  'advanced_mfg_va_share_pct',
  'iva_above_scale_share_of_province_pct',
  'above_scale_profit_yoy_pct',
  'strategic_emerging_va_yoy_pct',
  'strategic_emerging_va_share_of_gdp_pct',
]

/** Levels and counts: other units, so listed rather than plotted. */
export const COMMENDED_LEVELS = [
  'industrial_investment_100m_yuan',
  'tech_transformation_investment_100m_yuan',
  'major_projects_investment_100m_yuan',
  'gross_output_above_scale_100m_yuan',
  'base_stations_5g',
]

export interface Commended {
  rows: Record<string, string | number | null>[]
  table: PanelTable
  levels: { indicator: string; name: string; values: (string | null)[] }[]
  /** "规上工业增加值增速由1-2月的1.1%回升至1-12月的5.1%": only from two published figures. */
  recoveries: string[]
  observations: Observation[]
}

export function buildCommended(
  table: ObservationTable,
  catalog: Catalog,
  lang: Lang,
  t: ChartMessages & CommendedMessages,
): Commended {
  const cities = COMMENDED_CITIES.map((code) => catalog.region.get(code)!)
  const observations: Observation[] = []
  const get = (region: string, indicator: string, period = COMMENDED_PERIOD) => {
    const o = table.get(region, period, indicator)
    if (o) observations.push(o)
    return o
  }
  const rates = COMMENDED_RATES.flatMap((id) => {
    const indicator = catalog.indicator.get(id)
    return indicator ? [indicator] : []
  })
  const rows = rates.map((indicator) => {
    const row: Record<string, string | number | null> = { label: indicatorName(indicator, lang) }
    for (const city of cities) {
      const o = get(city.code, indicator.id)
      row[city.code] = o?.value ?? null
      row[`${city.code}:decimals`] = o?.decimals ?? null
    }
    return row
  })
  const levels = COMMENDED_LEVELS.flatMap((id) => {
    const indicator = catalog.indicator.get(id)
    if (!indicator) return []
    return [
      {
        indicator: id,
        name: indicatorName(indicator, lang),
        values: cities.map((city) => {
          const o = get(city.code, id)
          return o ? formatValue(o.value, o.decimals, indicator.unit, lang).text : null
        }),
      },
    ]
  })
  const recoveries = cities.flatMap((city) =>
    ['iva_above_scale_yoy_pct', 'iva_below_scale_yoy_pct'].flatMap((id) => {
      const first = get(city.code, id, FIRST_PERIOD)
      const last = get(city.code, id, COMMENDED_PERIOD)
      const indicator = catalog.indicator.get(id)
      if (!first || !last || !indicator) return []
      const { kind } = describeChange(last, first, true)
      // Without its sign where the words carry it (下降0.4%转为增长3.6%).
      const rate = (o: Observation) =>
        formatValue(kind === 'flat' ? o.value : Math.abs(o.value), o.decimals, 'pct', lang).text
      return [
        t.recovery({
          city: regionName(city, lang, true),
          indicator: indicatorName(indicator, lang),
          from: formatPeriodSpan(FIRST_PERIOD, lang),
          a: rate(first),
          to: formatPeriodSpan(COMMENDED_PERIOD, lang),
          b: rate(last),
          kind,
        }),
      ]
    }),
  )
  return {
    rows,
    levels,
    recoveries,
    observations,
    table: {
      rowHeader: t.indicatorColumn,
      columns: cities.map((c) => `${regionName(c, lang, true)}（%）`),
      rows: rows.map((row) => ({
        header: String(row.label),
        cells: cities.map((city) => {
          const value = row[city.code]
          const decimals = row[`${city.code}:decimals`]
          return typeof value === 'number' && typeof decimals === 'number'
            ? { value, decimals }
            : null
        }),
      })),
    },
  }
}
