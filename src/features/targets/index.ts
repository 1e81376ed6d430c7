import { lazyRetry } from '../../lib/lazy-retry.ts'
export { TargetsPanel } from './components/targets-panel.tsx'
export { TargetBullets } from './components/target-bullets.tsx'
export { regionTargets, type RegionTarget } from './lib/region-targets.ts'
export { readingText, statusOf, targetShort } from './lib/target-text.ts'
export { targetBullets, targetsTable } from './lib/targets-table.ts'
export { TARGET_MESSAGES } from './messages.ts'
export { TargetHistoryPanel } from './components/target-history-panel.tsx'
export { hasTarget } from './lib/has-target.ts'

/**
 * A KPI tile's target note, as a chunk of its own (reading targets is not first-view code).
 * Asked for as soon as this module loads, so it is in before the figures it reads.
 */
const loadTileNote = () => import('./components/tile-target-note.tsx')
export const TileTargetNote = lazyRetry(loadTileNote, { now: true })
