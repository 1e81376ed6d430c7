import { memo, type ReactNode } from 'react'
import { OnScreenPanel } from '../components/on-screen-panel.tsx'
import { PanelBoundary } from '../components/panel-boundary.tsx'
import { RegionMarksContext } from '../components/region-marks.ts'
import { useAttentionMarks } from '../features/attention/index.ts'
import { CommendedLink, CommendedPanel } from '../features/commended/index.ts'
import { HightechPanel } from '../features/hightech/index.ts'
import { InvestmentPanel } from '../features/investment/index.ts'
import { StandingSection } from '../features/standing/index.ts'
import { TargetHistoryPanel, TargetsPanel } from '../features/targets/index.ts'
import { TrendPanel } from '../features/trend/index.ts'

/** A panel of the grid: drawn when it is near the screen, contained if it fails. */
function Panel({
  name,
  height,
  wide = false,
  children,
}: {
  name: string
  height: string
  wide?: boolean
  children: ReactNode
}) {
  return (
    <OnScreenPanel
      name={name}
      minHeight={height}
      className={wide ? 'min-w-0 xl:col-span-2' : 'min-w-0'}
    >
      <PanelBoundary>{children}</PanelBoundary>
    </OnScreenPanel>
  )
}

/** The map and the ranking, with the cities the 需关注 findings name marked. */
function MarkedStanding() {
  return (
    <RegionMarksContext value={useAttentionMarks()}>
      <StandingSection />
    </RegionMarksContext>
  )
}

/**
 * The chart panels, loaded as their own chunk after the tiles, each drawn as it nears the
 * screen: the first view's JavaScript and work stay small, and the headline figures paint and
 * respond first. Memoized: a filter change reaches each panel through its OnScreenPanel only.
 */
export default memo(function Panels({
  official,
  commended,
}: {
  official: boolean
  /** The period is the commended cities' (2019年1-12月): their panel, else one line to it. */
  commended: boolean
}) {
  return (
    <>
      <Panel name="targets" height="0" wide>
        <TargetsPanel />
      </Panel>
      <Panel name="target-history" height="0" wide>
        <TargetHistoryPanel />
      </Panel>
      <Panel name="trend" height="31rem">
        <TrendPanel />
      </Panel>
      <Panel name="investment" height="31rem">
        <InvestmentPanel />
      </Panel>
      <Panel name="hightech" height="31rem">
        <HightechPanel />
      </Panel>
      {official &&
        (commended ? (
          <Panel name="commended" height="40rem" wide>
            <CommendedPanel />
          </Panel>
        ) : (
          <CommendedLink className="xl:col-span-2" />
        ))}
      <Panel name="standing" height="60rem" wide>
        <MarkedStanding />
      </Panel>
    </>
  )
})
