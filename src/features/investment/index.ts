export { InvestmentPanel } from './components/investment-panel.tsx'
export { INVESTMENT_SERIES, TECH_SERIES } from './lib/investment-series.ts'
export { INVESTMENT_MESSAGES } from './messages.ts'
