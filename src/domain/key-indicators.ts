import type { Stability } from '../schemas/indicators.ts'
import type { Measure } from './period.ts'

/** A headline indicator for each measure; without a month variant it stays year-to-date. */
export interface KeyIndicator {
  ytd: string
  month?: string
}

/** The headline figures of the three stabilities and 技改, as the tiles group them. */
export const KEY_INDICATORS: {
  stability: Exclude<Stability, 'context'>
  indicators: KeyIndicator[]
}[] = [
  {
    stability: 'growth',
    indicators: [
      { ytd: 'iva_above_scale_yoy_pct', month: 'iva_above_scale_month_yoy_pct' },
      { ytd: 'iva_above_scale_100m_yuan', month: 'iva_above_scale_month_100m_yuan' },
    ],
  },
  {
    stability: 'investment',
    indicators: [
      { ytd: 'industrial_investment_yoy_pct' },
      { ytd: 'industrial_investment_100m_yuan' },
    ],
  },
  {
    stability: 'hightech',
    indicators: [
      { ytd: 'hightech_mfg_va_yoy_pct' },
      { ytd: 'hightech_mfg_va_share_pct' },
      { ytd: 'hightech_mfg_contribution_pct' },
      { ytd: 'advanced_mfg_va_share_pct' },
    ],
  },
  {
    stability: 'tech',
    indicators: [
      { ytd: 'tech_transformation_investment_yoy_pct' },
      { ytd: 'tech_transformation_investment_100m_yuan' },
      { ytd: 'tech_transformation_investment_share_of_industrial_investment_pct' },
    ],
  },
]

export const ALL_KEY_INDICATORS = KEY_INDICATORS.flatMap((group) => group.indicators)

/** The key figure of each stability: the scorecard's columns and the briefing's order. */
export const STABILITY_HEADLINES: {
  stability: Exclude<Stability, 'context'>
  indicator: KeyIndicator
}[] = KEY_INDICATORS.map((group) => ({
  stability: group.stability,
  indicator: group.indicators[0]!,
}))

/** The indicator actually shown for a measure: the month figure where one exists. */
export function effectiveIndicator(
  key: KeyIndicator,
  measure: Measure,
): { id: string; measure: Measure } {
  return measure === 'month' && key.month
    ? { id: key.month, measure: 'month' }
    : { id: key.ytd, measure: 'ytd' }
}

export function keyIndicator(ytd: string): KeyIndicator | undefined {
  return ALL_KEY_INDICATORS.find((k) => k.ytd === ytd)
}
