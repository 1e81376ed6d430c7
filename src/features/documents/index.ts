import { lazyRetry } from '../../lib/lazy-retry.ts'
export type { DeckInput, DeckSlide } from './lib/deck.ts'
export type { NoticeInput } from './lib/notice.ts'
export type { WorkbookInput } from './lib/workbook.ts'

/**
 * 下载通报（Word） and 下载本期数据（Excel） for the selected view, a chunk of its own: on the
 * dashboard's 简报 panel they are not first-view code (nor are the files they fetch).
 */
export const PeriodDocuments = lazyRetry<object>(() =>
  import('./components/period-documents.tsx').then((module) => ({
    default: module.PeriodDocuments,
  })),
)
export { deckNotes, makeDeck, makeNotice, makeWorkbook } from './make.ts'
export { DocumentButton } from './components/document-button.tsx'
