export { HightechPanel } from './components/hightech-panel.tsx'
export { HIGHTECH_SERIES } from './lib/hightech-series.ts'
export { HIGHTECH_MESSAGES } from './messages.ts'
