/**
 * A real client: LibreOffice (Debian libreoffice-writer-nogui, libreoffice-impress-nogui; .ci/run
 * installs them) opens each generated file and converts it to PDF; pdftotext reads the result.
 * DOCUMENTS_OUT=dir keeps the files and PDFs there (to look at them: pdftoppm -png).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildNotice } from '../../../../src/features/documents/lib/notice.ts'
import { noticeDocx } from '../../../../src/features/documents/lib/notice-docx.ts'
import { noticeInput } from '../../../support/documents.ts'

const out = process.env.DOCUMENTS_OUT ?? mkdtempSync(path.join(tmpdir(), 'documents-'))
mkdirSync(out, { recursive: true })

/** Converts a file to PDF with LibreOffice headless; the PDF's text (pdftotext -layout) and pages. */
function toPdf(file: string): { text: string; pages: number } {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${out}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  )
  const pdf = file.replace(/\.\w+$/, '.pdf')
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) }
}

/** Text without the spaces and line breaks layout puts between characters. */
const folded = (text: string) => text.replace(/\s+/g, '')

describe('LibreOffice opens the generated files', { timeout: 180_000 }, () => {
  for (const dataset of ['official', 'demo'] as const) {
    it(`the ${dataset} 通报 (.docx) converts to PDF with its figures, period and sources`, async () => {
      const notice = buildNotice(noticeInput(dataset))
      const file = path.join(out, `notice-${dataset}.docx`)
      writeFileSync(file, Buffer.from(await (await noticeDocx(notice)).arrayBuffer()))
      const { text, pages } = toPdf(file)
      expect(folded(text)).toContain(folded(notice.stamp))
      expect(folded(text)).toMatch(/—1—/)
      // The body's text, without what each page repeats (header and page number).
      const repeated = folded(
        notice.synthetic ? `${notice.synthetic}\u3000${notice.stamp}` : notice.stamp,
      )
      const pdf = folded(text).replaceAll(repeated, '').replace(/—\d+—/g, '')
      expect(pdf).toContain(folded(notice.title))
      for (const block of notice.blocks) {
        if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'source')
          expect(pdf).toContain(folded(block.text))
        if (block.kind === 'table' || block.kind === 'chart') {
          expect(pdf).toContain(folded(block.title))
          for (const note of block.notes) expect(pdf).toContain(folded(note))
        }
      }
      expect(pdf).toContain(folded(notice.date))
      if (dataset === 'demo')
        expect(
          text
            .split('\f')
            .filter((p) => p.trim())
            .every((p) => p.includes('演示数据')),
        ).toBe(true)
      console.log(`${dataset} notice: ${pages} pages`)
      expect(readFileSync(file).byteLength).toBeGreaterThan(0)
    })
  }
})
