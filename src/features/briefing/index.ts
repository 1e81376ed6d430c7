import { lazyRetry } from '../../lib/lazy-retry.ts'
export { briefingFacts, type BriefingFacts } from './lib/briefing-facts.ts'
export { buildBriefing } from './lib/build-briefing.ts'
export { renderBriefing, type Briefing, type BriefingSentence } from './lib/render-briefing.ts'
export { BRIEFING_MESSAGES } from './messages.ts'

/**
 * The headline as a chunk of its own (the briefing's writers are not first-view code). Asked for
 * as soon as this module loads, so it is in before the figures it words have arrived.
 */
const loadHeadline = () =>
  import('./components/headline.tsx').then((module) => ({ default: module.Headline }))
export const Headline = lazyRetry(loadHeadline, { now: true })

/**
 * The briefing panel, drawn with the tiles (on a desk screen it is in view at once, and it is
 * prerendered with them), as a chunk of its own asked for as soon as this module loads.
 */
const loadBriefingPanel = () =>
  import('./components/briefing-panel.tsx').then((module) => ({ default: module.BriefingPanel }))
export const BriefingPanel = lazyRetry(loadBriefingPanel, { now: true })
