import { lazyRetry } from '../../lib/lazy-retry.ts'
import type { Observation } from '../../schemas/observations.ts'

/** 本期更新 and the next release under the header: a chunk of its own, not first-view code. */
export const ReleaseBar = lazyRetry<{ now?: () => Date }>(() =>
  import('./components/release-bar.tsx').then((module) => ({ default: module.ReleaseBar })),
)

/** 修订 beside a revised figure, its code loaded where the releases are (not first-view code). */
export const RevisedMark = lazyRetry<{ observation: Observation }>(() =>
  import('./components/revised-mark.tsx').then((module) => ({ default: module.RevisedMark })),
)
export { RELEASE_MESSAGES } from './messages.ts'

export { releaseBarHeight } from './lib/bar-height.ts'

/** What a release day brought, and in words: for the documents (通报, deck). */
export { releaseNews, type ReleaseNews } from './lib/release-news.ts'
export { loadNews } from './lib/load-news.ts'
export { newsQuery } from './lib/news-query.ts'
export { releaseSlideText, type ReleaseSlideText } from './lib/release-slide.ts'
export { ReleaseSlide } from './components/release-slide.tsx'
export { rankMoveLines, releaseSummary, revisionLines } from './lib/release-text.ts'
