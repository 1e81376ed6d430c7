import { CommendedPanel } from '../features/commended/components/commended-panel.tsx'
import { HightechPanel } from '../features/hightech/components/hightech-panel.tsx'
import { InvestmentPanel } from '../features/investment/components/investment-panel.tsx'
import { TrendPanel } from '../features/trend/components/trend-panel.tsx'
import { PanelBoundary } from './panel-boundary.tsx'

/**
 * The chart panels, loaded as their own chunk after the tiles: the first view's JavaScript
 * stays within its budget and the figures officials read first paint without waiting.
 */
export default function Panels({ official }: { official: boolean }) {
  return (
    <>
      <PanelBoundary>
        <TrendPanel />
      </PanelBoundary>
      <PanelBoundary>
        <InvestmentPanel />
      </PanelBoundary>
      <PanelBoundary>
        <HightechPanel />
      </PanelBoundary>
      {official && (
        <PanelBoundary>
          <CommendedPanel />
        </PanelBoundary>
      )}
    </>
  )
}
