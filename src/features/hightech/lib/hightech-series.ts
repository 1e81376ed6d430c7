import type { YearSeriesSpec } from '../../../components/chart/year-series.ts'

/** The high-tech panel: shares of 高技术 and 先进制造业 as bars, their growth as lines on the right axis. */
export const HIGHTECH_SERIES: readonly YearSeriesSpec[] = [
  { id: 'hightech_mfg_va_share_pct', type: 'bar', axis: 'left' },
  { id: 'advanced_mfg_va_share_pct', type: 'bar', axis: 'left' },
  { id: 'hightech_mfg_va_yoy_pct', type: 'line', axis: 'right' },
  { id: 'advanced_mfg_va_yoy_pct', type: 'line', axis: 'right' },
]
