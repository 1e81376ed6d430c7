import { memo, type ReactNode } from 'react'
import { OnScreenPanel } from '../components/on-screen-panel.tsx'
import type { Lang } from '../lib/i18n/lang.ts'
import { panelHeight, type PanelName } from './panel-heights.ts'
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
  lang,
  wide = false,
  children,
}: {
  name: PanelName
  lang: Lang
  wide?: boolean
  children: ReactNode
}) {
  return (
    <OnScreenPanel
      name={name}
      reserve={panelHeight(name, lang)}
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
  lang,
  official,
  commended,
}: {
  /** Each panel's place is held at its drawn height, which is the language's (panel-heights.ts). */
  lang: Lang
  official: boolean
  /** The period is the commended cities' (2019年1-12月): their panel, else one line to it. */
  commended: boolean
}) {
  return (
    <>
      <Panel name="targets" lang={lang} wide>
        <TargetsPanel />
      </Panel>
      <Panel name="target-history" lang={lang} wide>
        <TargetHistoryPanel />
      </Panel>
      <Panel name="trend" lang={lang}>
        <TrendPanel />
      </Panel>
      <Panel name="investment" lang={lang}>
        <InvestmentPanel />
      </Panel>
      <Panel name="hightech" lang={lang}>
        <HightechPanel />
      </Panel>
      {official &&
        (commended ? (
          <Panel name="commended" lang={lang} wide>
            <CommendedPanel />
          </Panel>
        ) : (
          <CommendedLink className="xl:col-span-2" />
        ))}
      <Panel name="standing" lang={lang} wide>
        <MarkedStanding />
      </Panel>
    </>
  )
})
