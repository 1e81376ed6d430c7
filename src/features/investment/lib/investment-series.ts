import type { YearSeriesSpec } from '../../../components/chart/year-series.ts'

/** The investment panel: 工业投资 and 技改投资 values as bars, their growth and 技改's share as lines. */
export const INVESTMENT_SERIES: readonly YearSeriesSpec[] = [
  { id: 'industrial_investment_100m_yuan', type: 'bar', axis: 'left' },
  { id: 'tech_transformation_investment_100m_yuan', type: 'bar', axis: 'left' },
  { id: 'industrial_investment_yoy_pct', type: 'line', axis: 'right' },
  { id: 'tech_transformation_investment_yoy_pct', type: 'line', axis: 'right' },
  {
    id: 'tech_transformation_investment_share_of_industrial_investment_pct',
    type: 'line',
    axis: 'right',
    dashed: true,
  },
]

/** 技改 alone (the presentation's tech slide): its value, growth and share of 工业投资. */
export const TECH_SERIES: readonly YearSeriesSpec[] = [
  { id: 'tech_transformation_investment_100m_yuan', type: 'bar', axis: 'left' },
  { id: 'tech_transformation_investment_yoy_pct', type: 'line', axis: 'right' },
  {
    id: 'tech_transformation_investment_share_of_industrial_investment_pct',
    type: 'line',
    axis: 'right',
    dashed: true,
  },
]
