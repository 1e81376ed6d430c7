import { BriefingPanel } from '../features/briefing/components/briefing-panel.tsx'
import { CommendedPanel } from '../features/commended/components/commended-panel.tsx'
import { HightechPanel } from '../features/hightech/components/hightech-panel.tsx'
import { StandingSection } from '../features/standing/components/standing-section.tsx'
import { InvestmentPanel } from '../features/investment/components/investment-panel.tsx'
import { TrendPanel } from '../features/trend/components/trend-panel.tsx'
import { PanelBoundary } from '../components/panel-boundary.tsx'

/**
 * The chart panels, loaded as their own chunk after the tiles: the first view's JavaScript
 * stays within its budget and the figures officials read first paint without waiting.
 */
export default function Panels({ official }: { official: boolean }) {
  return (
    <>
      <PanelBoundary>
        <BriefingPanel />
      </PanelBoundary>
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
      <StandingSection />
    </>
  )
}
