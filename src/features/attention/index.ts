import { lazyRetry } from '../../lib/lazy-retry.ts'
export { AttentionList } from './components/attention-list.tsx'
export { AttentionParagraph } from './components/attention-paragraph.tsx'
export { AttentionSlide, slideRoom } from './components/attention-slide.tsx'
export { LevelMark, LEVEL_SYMBOLS } from './components/level-mark.tsx'
export { attentionSummary, countLevels, coverageText, moreText } from './lib/attention-view.ts'
export { useAttention, useAttentionYears, type AttentionState } from './lib/use-attention.ts'
export { useAttentionMarks } from './lib/use-attention-marks.ts'
export { ATTENTION_MESSAGES, type AttentionMessages } from './messages.ts'

/** 需关注 on the dashboard, a chunk of its own: it reads a file the tiles do not need. */
export const AttentionPanel = lazyRetry(() => import('./components/attention-panel.tsx'), {
  now: true,
})
