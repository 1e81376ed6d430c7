import { lazyRetry } from '../../lib/lazy-retry.ts'

export { KpiTile, type KpiTileSize } from './components/kpi-tile.tsx'
export { kpiHeight } from './lib/kpi-height.ts'

/**
 * The headline figures, as a chunk of their own, asked for as soon as this module loads: the
 * page's shell (header, filters) hydrates without waiting for them, and their code arrives
 * while the data they show is fetched. In the prerendered page they are on screen before any
 * script (vite.config.ts, prerenderPages).
 */
const loadKpiSection = () =>
  import('./components/kpi-section.tsx').then((module) => ({ default: module.KpiSection }))
export const KpiSection = lazyRetry(loadKpiSection, { now: true })
