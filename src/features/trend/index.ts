export { TrendPanel } from './components/trend-panel.tsx'
export { buildTrend, trendYears, type Trend } from './lib/build-trend.ts'
export { TREND_MESSAGES } from './messages.ts'
