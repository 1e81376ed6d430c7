/** The investment panel: 工业投资 and 技改投资 values as bars, their growth and 技改's share as lines. */
export const INVESTMENT_SERIES = [
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
] as const
