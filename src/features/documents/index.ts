export { DocumentButton } from './components/document-button.tsx'
export type { DeckInput, DeckSlide } from './lib/deck.ts'
export type { NoticeInput } from './lib/notice.ts'
export type { WorkbookInput } from './lib/workbook.ts'

export { PeriodDocuments } from './components/period-documents.tsx'
export { deckNotes, makeDeck, makeNotice, makeWorkbook } from './make.ts'
