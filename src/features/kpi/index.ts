export { KpiSection } from './components/kpi-section.tsx'
export { KpiTile, type KpiTileSize } from './components/kpi-tile.tsx'
