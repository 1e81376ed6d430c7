/** The documents' files, their code (docx, pptxgenjs, write-excel-file) fetched on the first call. */
import type { DeckInput } from './lib/deck.ts'
import type { NoticeInput } from './lib/notice.ts'
import type { WorkbookInput } from './lib/workbook.ts'

/** The 通报 as a Word file; the document code (docx) is fetched on the first call. */
export async function makeNotice(input: NoticeInput): Promise<{ name: string; blob: Blob }> {
  const [{ buildNotice }, { noticeDocx }] = await Promise.all([
    import('./lib/notice.ts'),
    import('./lib/notice-docx.ts'),
  ])
  const notice = buildNotice(input)
  return { name: notice.fileName, blob: await noticeDocx(notice) }
}

/** The deck as a PowerPoint file; the document code (pptxgenjs) is fetched on the first call. */
export async function makeDeck(input: DeckInput): Promise<{ name: string; blob: Blob }> {
  const [{ buildDeck }, { deckPptx }] = await Promise.all([
    import('./lib/deck.ts'),
    import('./lib/deck-pptx.ts'),
  ])
  return { name: `${input.title}.pptx`, blob: await deckPptx(buildDeck(input), input) }
}

/** Each slide's speaker notes (its 通报 sentence and sources), as the PowerPoint file has them. */
export async function deckNotes(input: DeckInput): Promise<string[]> {
  const { buildDeck } = await import('./lib/deck.ts')
  return buildDeck(input).map((slide) => slide.notes)
}

/**
 * The period as an Excel workbook, one sheet per panel; its code (write-excel-file) is fetched on
 * the first call.
 */
export async function makeWorkbook(input: WorkbookInput): Promise<{ name: string; blob: Blob }> {
  const [{ buildWorkbook, workbookName }, { workbookBlob }] = await Promise.all([
    import('./lib/workbook.ts'),
    import('../../components/chart/xlsx.ts'),
  ])
  return { name: workbookName(input), blob: await workbookBlob(buildWorkbook(input)) }
}
