/**
 * A real client: LibreOffice (Debian libreoffice-writer-nogui, libreoffice-impress-nogui,
 * libreoffice-calc-nogui; .ci/run installs them) opens each generated file and converts it to PDF
 * (pdftotext reads the result) or, a workbook, to one CSV per sheet.
 * DOCUMENTS_OUT=dir keeps the files and PDFs there (to look at them: pdftoppm -png).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../../../src/features/documents/lib/deck.ts'
import { deckPptxBytes } from '../../../../src/features/documents/lib/deck-pptx.ts'
import { cellText } from '../../../../src/features/documents/lib/model.ts'
import { buildNotice } from '../../../../src/features/documents/lib/notice.ts'
import { noticeDocx } from '../../../../src/features/documents/lib/notice-docx.ts'
import { formatPeriod } from '../../../../src/lib/format/period.ts'
import { deckInput, noticeInput } from '../../../support/documents.ts'
import { sheetNames, workbookBlob } from '../../../../src/components/chart/xlsx.ts'
import { buildWorkbook } from '../../../../src/features/documents/lib/workbook.ts'
import { parse } from 'csv-parse/sync'
import { officeParts, partText } from './docx-helpers.ts'

const out = process.env.DOCUMENTS_OUT ?? mkdtempSync(path.join(tmpdir(), 'documents-'))
mkdirSync(out, { recursive: true })

/** Converts a file to PDF with LibreOffice headless; the PDF's text (pdftotext -layout) and pages. */
function toPdf(file: string): { text: string; pages: number; pdf: string } {
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
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), pdf }
}

interface Word {
  text: string
  left: number
  right: number
  top: number
  bottom: number
}

/** Each page's words in the order they are drawn, with their height on the page (pdftotext -bbox). */
function pageWords(pdf: string): { height: number; words: Word[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })
  return [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, height, body]) => ({
      height: Number(height),
      words: [
        ...body!.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
        ),
      ].map(([, left, top, right, bottom, text]) => ({
        text: text!,
        left: Number(left),
        right: Number(right),
        top: Number(top),
        bottom: Number(bottom),
      })),
    }),
  )
}

/** The 通报's pages in LibreOffice, at most: the official default view, and the demo's fuller one. */
const MAX_PAGES = { official: 2, demo: 4 }

/**
 * Text without its spaces and line breaks; a full-width comma or stop that ends a line hangs in
 * the margin (Writer's hanging punctuation), where pdftotext does not read it: none is compared.
 */
const folded = (text: string) => text.replace(/[\s，。]+/g, '')

/**
 * Whether a text holds a string, the dash of "1-12月" optional: a line broken after it may lose
 * it in extraction. A minus sign (not between two digits) must be there.
 */
function holds(page: string, text: string): boolean {
  const pattern = folded(text)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/(\d)-(?=\d)/g, '$1-?')
  return new RegExp(pattern).test(folded(page))
}

/** EMU per point. */
const EMU = 12700

/** A table as the slide's XML places it (points): its columns' edges, its top, its rows' texts. */
interface PlacedTable {
  edges: number[]
  top: number
  rows: string[][]
}

function placedTables(xml: string): PlacedTable[] {
  return [...xml.matchAll(/<p:graphicFrame>([\s\S]*?)<\/p:graphicFrame>/g)].flatMap(([, f]) => {
    if (!f!.includes('<a:tbl>')) return []
    const [, x, y] = /<a:off x="(\d+)" y="(\d+)"/.exec(f!)!
    const edges = [Number(x) / EMU]
    for (const [, w] of f!.matchAll(/<a:gridCol w="(\d+)"/g))
      edges.push(edges.at(-1)! + Number(w) / EMU)
    const rows = [...f!.matchAll(/<a:tr [^>]*>([\s\S]*?)<\/a:tr>/g)].map(([, r]) =>
      [...r!.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map(([, c]) => partText(c!)),
    )
    return [{ edges, top: Number(y) / EMU, rows }]
  })
}

/** The top (points) of the slide's text box whose text starts so. */
function boxTop(xml: string, start: string): number | undefined {
  const box = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].find(([, sp]) =>
    partText(sp!).startsWith(start),
  )
  const y = box && /<a:off x="\d+" y="(\d+)"/.exec(box[1]!)?.[1]
  return y ? Number(y) / EMU : undefined
}

/** Words as read: top to bottom in lines (a word within 3 pt of the line's foot), left to right. */
function reading(words: Word[]): string {
  const lines: Word[][] = []
  for (const w of [...words].sort((a, b) => a.bottom - b.bottom)) {
    const line = lines.at(-1)
    if (line && w.bottom - line[0]!.bottom < 3) line.push(w)
    else lines.push([w])
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.left - b.left)
        .map((w) => w.text)
        .join(''),
    )
    .join('')
}

/** The texts that a string does not hold in this order (each after the one before). */
function missingInOrder(text: string, wanted: string[]): string[] {
  let from = 0
  return wanted.filter((want) => {
    const at = folded(text).indexOf(folded(want), from)
    if (at < 0) return true
    from = at + folded(want).length
    return false
  })
}

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
        if (block.kind !== 'table' && block.kind !== 'chart')
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
      // At most 2 A4 pages for the default view (the demo's, with the 21 cities' table, 4).
      expect(pages).toBeLessThanOrEqual(MAX_PAGES[dataset])
    })
  }

  for (const dataset of ['official', 'demo'] as const) {
    it(`the ${dataset} deck (.pptx) converts to one page per slide, with each slide's words and figures`, async () => {
      const input = deckInput(dataset)
      const slides = buildDeck(input)
      const file = path.join(out, `deck-${dataset}.pptx`)
      writeFileSync(file, Buffer.from(await deckPptxBytes(slides, input)))
      const { pages, pdf } = toPdf(file)
      console.log(`${dataset} deck: ${slides.length} slides, ${pages} pages`)
      expect(pages).toBe(slides.length)
      const asOf = `数据截至 ${formatPeriod(input.dataAsOf!, 'zh')}`
      const parts = await officeParts(readFileSync(file))
      pageWords(pdf).forEach(({ height, words }, i) => {
        const slide = slides[i]!
        const where = `slide ${i + 1} (${slide.title})`
        const xml = parts.get(`ppt/slides/slide${i + 1}.xml`)!
        // The words outside tables, and each chart's legend, read line by line.
        const free = [
          slide.title,
          slide.subtitle,
          asOf,
          ...(input.syntheticLabel ? [input.syntheticLabel] : []),
          ...slide.blocks.flatMap((block) => {
            if (block.kind === 'paragraph') return [block.text]
            if (block.kind === 'chart') return block.series.map((s) => s.name)
            return []
          }),
        ]
        expect(
          free.filter((want) => !holds(reading(words), want)),
          where,
        ).toEqual([])
        // The tables as placed hold the model's rows (a long one in two halves, each with the head).
        const placed = placedTables(xml)
        const modelRows = slide.blocks.flatMap((block) =>
          block.kind === 'table'
            ? [
                [block.table.rowHeader, ...block.table.columns],
                ...block.table.rows.map((row) => [
                  row.header,
                  ...row.cells.map((cell) => cellText(cell, 'zh')),
                ]),
              ]
            : [],
        )
        const heads = new Set<string>()
        const placedRows = placed.flatMap((t) =>
          t.rows.filter((row) => {
            const key = row.join('|')
            if (row === t.rows[0] && heads.has(key)) return false
            heads.add(key)
            return true
          }),
        )
        expect(placedRows, where).toEqual(modelRows)
        // LibreOffice draws every cell inside its column, in row order, above the sources line
        // and on the slide: nothing is cut, nothing runs into the sources or off the slide.
        const sourcesTop = boxTop(xml, '来源：') ?? height
        for (const t of placed)
          t.edges.slice(0, -1).forEach((left, c) => {
            const right = t.edges[c + 1]!
            const inColumn = words.filter(
              (w) =>
                w.top >= t.top - 1 &&
                (w.left + w.right) / 2 >= left &&
                (w.left + w.right) / 2 < right,
            )
            const cells = t.rows.map((row) => row[c]!)
            const table = inColumn.filter((w) => w.top < sourcesTop - 1)
            expect(missingInOrder(reading(table), cells), `${where}, column ${c + 1}`).toEqual([])
            expect(
              table.filter((w) => w.bottom > sourcesTop + 0.5).map((w) => w.text),
              `${where}: over the sources line`,
            ).toEqual([])
          })
        for (const w of words) expect(w.bottom, where).toBeLessThanOrEqual(height)
      })
    })
  }

  for (const dataset of ['official', 'demo'] as const)
    it(`the ${dataset} period workbook (.xlsx) opens in Calc: every sheet, its title, sources and figures as shown`, async () => {
      const deck = deckInput(dataset)
      const sheets = buildWorkbook({
        ...deck,
        region: 'guangdong',
        period: noticeInput(dataset).period,
        datasetLabel: dataset,
      })
      const file = path.join(out, `${dataset}-period.xlsx`)
      writeFileSync(file, new Uint8Array(await (await workbookBlob(sheets)).arrayBuffer()))
      // Every sheet as its own CSV (the last token, -1), cells as Calc shows them (the ninth).
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${out}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
          '--outdir',
          out,
          file,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      )
      const names = sheetNames(sheets.map((s) => s.name))
      sheets.forEach((spec, i) => {
        const csv = readFileSync(path.join(out, `${dataset}-period-${names[i]!}.csv`), 'utf8')
        const rows: string[][] = parse(csv, { relaxColumnCount: true })
        expect(rows[0]![0]).toBe(spec.title)
        spec.meta.forEach(([label, value], j) => {
          expect(rows[1 + j]!.slice(0, 2)).toEqual([label, value])
        })
        // Each figure as published (its decimals kept: 1.0 stays 1.0), beside its row's name.
        const shown = new Map(rows.map((row) => [row[0], row]))
        for (const part of spec.parts) {
          if (part.kind !== 'table') continue
          for (const row of part.table.rows)
            row.cells.forEach((cell, c) => {
              if (cell && 'value' in cell)
                expect(shown.get(row.header)?.[c + 1], `${spec.name}: ${row.header}`).toBe(
                  cell.value.toFixed(cell.decimals),
                )
            })
        }
      })
    })
})
