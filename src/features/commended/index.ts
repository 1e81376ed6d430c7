export { CommendedLink } from './components/commended-link.tsx'
export {
  CommendedChart,
  CommendedOthers,
  CommendedRecoveries,
  commendedSeries,
} from './components/commended-parts.tsx'
export { CommendedPanel } from './components/commended-panel.tsx'
export {
  buildCommended,
  COMMENDED_GROWTH,
  COMMENDED_OTHERS,
  type Commended,
} from './lib/build-commended.ts'
export { COMMENDED_CITIES, COMMENDED_PERIOD } from './lib/commended-period.ts'
export { COMMENDED_MESSAGES } from './messages.ts'
