import type { ChartRow, PanelTable } from '../../../domain/chart-data.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { describeChange } from '../../../domain/change.ts'
import type { ChartMessages } from '../../../components/chart/messages.ts'
import type { CommendedMessages } from '../messages.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriodSpan } from '../../../lib/format/period.ts'
import { withParens } from '../../../lib/format/punctuation.ts'
import type { Observation } from '../../../schemas/observations.ts'
import { COMMENDED_CITIES, COMMENDED_PERIOD } from './commended-period.ts'

const FIRST_PERIOD = '2019-02'

/** Growth rates (增速, %): the chart, the two cities side by side on one axis of one unit. */
export const COMMENDED_GROWTH = [
  'iva_above_scale_yoy_pct',
  'iva_below_scale_yoy_pct',
  'industrial_investment_yoy_pct',
  'tech_transformation_investment_yoy_pct',
  'hightech_mfg_va_yoy_pct',
  'above_scale_profit_yoy_pct',
  'strategic_emerging_va_yoy_pct',
]

/**
 * The article's other figures, listed with their units: shares and a contribution rate (each a
 * percentage of another whole, so not on the growth rates' axis, #29), amounts and a count.
 */
export const COMMENDED_OTHERS = [
  'tech_transformation_investment_share_of_industrial_investment_pct',
  'hightech_mfg_contribution_pct',
  'advanced_mfg_va_share_pct',
  'iva_above_scale_share_of_province_pct',
  'strategic_emerging_va_share_of_gdp_pct',
  'industrial_investment_100m_yuan',
  'tech_transformation_investment_100m_yuan',
  'major_projects_investment_100m_yuan',
  'gross_output_above_scale_100m_yuan',
  'base_stations_5g',
]

export interface Commended {
  /** The growth rates the chart draws: one row an indicator some city published, null missing. */
  rows: ChartRow[]
  /** Exactly the chart's figures (its Table view, CSV). */
  table: PanelTable
  /** The other figures, written with their units; null where a city has none ("—"). */
  others: { indicator: string; name: string; values: (string | null)[] }[]
  /**
   * "广州规上工业增加值累计增速由1-2月的1.1%回升至1-12月的5.1%": only from two published figures,
   * each with its indicator (a slide shows the headline's, 规上, its notes all).
   */
  recoveries: { indicator: string; text: string }[]
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
  const known = (ids: string[]) =>
    ids.flatMap((id) => {
      const indicator = catalog.indicator.get(id)
      return indicator ? [indicator] : []
    })
  const rows = known(COMMENDED_GROWTH).flatMap((indicator) => {
    const row: ChartRow = { label: indicatorName(indicator, lang) }
    for (const city of cities) {
      const o = get(city.code, indicator.id)
      row[city.code] = o?.value ?? null
      row[`${city.code}:decimals`] = o?.decimals ?? null
    }
    // A rate neither city published is not a row of "—"s.
    return cities.some((city) => row[city.code] !== null) ? [row] : []
  })
  const others = known(COMMENDED_OTHERS).flatMap((indicator) => {
    const values = cities.map((city) => {
      const o = get(city.code, indicator.id)
      return o ? formatValue(o.value, o.decimals, indicator.unit, lang).text : null
    })
    return values.some((v) => v !== null)
      ? [{ indicator: indicator.id, name: indicatorName(indicator, lang), values }]
      : []
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
        {
          indicator: id,
          text: t.recovery({
            city: regionName(city, lang, true),
            indicator: indicatorName(indicator, lang),
            from: formatPeriodSpan(FIRST_PERIOD, lang),
            a: rate(first),
            to: formatPeriodSpan(COMMENDED_PERIOD, lang),
            b: rate(last),
            kind,
          }),
        },
      ]
    }),
  )
  return {
    rows,
    others,
    recoveries,
    observations,
    table: {
      rowHeader: t.indicatorColumn,
      columns: cities.map((c) => withParens(regionName(c, lang, true), '%', lang)),
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
