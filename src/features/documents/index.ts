export type { DeckInput, DeckSlide } from './lib/deck.ts'
export type { NoticeInput } from './lib/notice.ts'
export type { WorkbookInput } from './lib/workbook.ts'

export { PeriodDocuments } from './components/period-documents-slot.tsx'
export { deckNotes, makeDeck, makeNotice, makeWorkbook } from './make.ts'
export { DocumentButton } from './components/document-button.tsx'
