export { TrendPanel } from './components/trend-panel.tsx'
export { buildTrend, trendYears } from './lib/build-trend.ts'
export { TREND_MESSAGES } from './messages.ts'
