/**
 * The 通报 (notice.ts) as a Word document after GB/T 9704-2012 (党政机关公文格式): A4, margins
 * 37 mm top and 28 mm left (版心 156 × 225 mm), the title in 2号 方正小标宋简体, the body in 3号
 * 仿宋_GB2312 at a fixed line pitch giving 22 lines a page, headings 一、 in 黑体 and （一） in
 * 楷体_GB2312, page numbers "— 1 —" in 4号 宋体 (odd pages right, even pages left). Every run
 * names its East Asian font, which Word and WPS choose by; LibreOffice substitutes the CJK
 * fonts it has (README, "Documents"). Tables are Word tables, charts native Word charts.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx'
import { ChartRun } from 'docx/charts'
import type { PanelTable } from '../../../domain/chart-data.ts'
import { cellText, columnEms, type Block, type ChartBlock, type TableBlock } from './model.ts'
import type { Notice } from './notice.ts'

/** Twips per millimetre. */
const MM = 1440 / 25.4
const twips = (mm: number) => Math.round(mm * MM)

/** GB/T 9704: A4; 版心 156 × 225 mm, 37 mm from the top and 28 mm from the left edge. */
export const PAGE = {
  width: twips(210),
  height: twips(297),
  top: twips(37),
  left: twips(28),
  right: twips(210 - 28 - 156),
  bottom: twips(297 - 37 - 225),
}
/** 22 lines in the 225 mm of the 版心: a fixed line pitch of 225/22 mm. */
export const LINE = twips(225 / 22)

/** Font names as the standard's fonts are installed on Chinese Windows and in WPS. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
}

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { title: 44, body: 32, page: 28, table: 21, small: 24, note: 18 }

function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    size,
    font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: font, cs: FONTS.latin },
    language: { eastAsia: 'zh-CN', value: 'zh-CN' },
    ...extra,
  })
}

const fixed = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }

/** A body paragraph breaks at any line: 公文 fill the 版心's 22 lines (no widow or orphan rule). */
const anyLine = { widowControl: false }

function bodyParagraph(text: string, indent = true): Paragraph {
  return new Paragraph({
    ...anyLine,
    alignment: AlignmentType.JUSTIFIED,
    spacing: fixed,
    indent: indent ? { firstLine: 640 } : undefined,
    children: [run(text, FONTS.body, SIZE.body)],
  })
}

/** A table or chart: its numbered title (kept with it), the table or chart, its 注 line. */
function captioned(
  block: TableBlock | ChartBlock,
  body: Paragraph | Table,
  lang: Notice['lang'],
): (Paragraph | Table)[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 400, lineRule: LineRuleType.EXACT, before: 120 },
      keepNext: true,
      children: [run(block.title, FONTS.heading, SIZE.small)],
    }),
    body,
    ...notesParagraph(block, lang),
  ]
}

/** Unit, period and sources under a table or chart: one line, as a 通报's 注 is. */
function notesParagraph(block: TableBlock | ChartBlock, lang: Notice['lang']): Paragraph[] {
  if (block.notes.length === 0) return []
  return [noteParagraph(block.notes.join(lang === 'zh' ? '\u3000' : '; '))]
}

function noteParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: { line: 300, lineRule: LineRuleType.EXACT, after: 60 },
    children: [run(text, FONTS.body, SIZE.table)],
  })
}

/**
 * A chart's height (px): some 34 mm, enough for a trend of thirty periods to be read, so that a
 * chart does not by itself push the 通报 onto a third page.
 */
const CHART_HEIGHT = 130

/** The 版心's width (twips) and a table cell's side margins. */
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right
const CELL_SIDE = 60

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

function wordTable(table: PanelTable, lang: Notice['lang']): Table {
  const words = new Set(table.wordColumns ?? [])
  const texts = [
    [table.rowHeader, ...table.columns],
    ...table.rows.map((row) => [row.header, ...row.cells.map((c) => cellText(c, lang))]),
  ]
  // Columns as wide as their text (LibreOffice shares an unsized table's width equally, which
  // set 不适用 and the targets' sentences over four lines each).
  const em = SIZE.table * 10 // twips in an em of the table's font (half-points × 10)
  const widths = columnEms(texts, TEXT_WIDTH / em, (2 * CELL_SIDE + 60) / em).map((w) =>
    Math.floor(w * em),
  )
  const cell = (text: string, header: boolean, right: boolean, column: number) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { line: 280, lineRule: LineRuleType.EXACT },
          children: [run(text, header ? FONTS.heading : FONTS.body, SIZE.table)],
        }),
      ],
      margins: { left: CELL_SIDE, right: CELL_SIDE },
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: thin,
      bottom: thin,
      left: thin,
      right: thin,
      insideHorizontal: thin,
      insideVertical: thin,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: texts[0]!.map((text, i) => cell(text, true, false, i)),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(row.header, false, false, 0),
              ...row.cells.map((c, i) =>
                cell(
                  cellText(c, lang),
                  false,
                  !words.has(i) && c !== null && !('text' in c),
                  i + 1,
                ),
              ),
            ],
          }),
      ),
    ],
  })
}

function chartParagraph(block: ChartBlock): Paragraph {
  const left = block.series.filter((s) => s.axis === 'left')
  const bars = block.series.some((s) => s.type === 'bar')
  const chart = new ChartRun({
    type: bars ? 'column' : 'line',
    categories: block.categories,
    series: block.series.map((s) => ({
      name: s.name,
      values: s.values,
      color: s.color,
      type: s.type === 'bar' ? ('column' as const) : ('line' as const),
      axis: s.axis === 'right' && left.length > 0 ? ('secondary' as const) : ('primary' as const),
      ...(s.type === 'line' ? { markers: true } : {}),
    })),
    valueAxis: { title: block.leftUnit, font: { name: FONTS.body, size: 9 } },
    ...(block.rightUnit && left.length > 0 && block.series.some((s) => s.axis === 'right')
      ? { secondaryValueAxis: { title: block.rightUnit } }
      : {}),
    categoryAxis: { font: { name: FONTS.body, size: 7 }, labelRotation: -45 },
    font: { name: FONTS.body },
    // One series needs no key: the figure's title names it (and its plot keeps the height).
    legend:
      block.series.length > 1 ? { position: 'bottom', font: { name: FONTS.body, size: 9 } } : false,
    emptyValues: 'gap',
    transformation: { width: 560, height: CHART_HEIGHT },
    altText: { name: block.title, title: block.title, description: block.alt },
  })
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // docx/charts is a bundle of its own: its ChartRun is a Run of the same library, which the
    // type-aware rule cannot see across the two entry points.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    children: [chart],
  })
}

/** 一、 in 黑体 and （一） in 楷体, on the body's line pitch, kept with what follows. */
function headingParagraph(text: string, font: string): Paragraph {
  return new Paragraph({
    spacing: fixed,
    indent: { firstLine: 640 },
    keepNext: true,
    children: [run(text, font, SIZE.body)],
  })
}

/**
 * （一） and its paragraph as one paragraph, the heading run in with its full stop, as 公文 set a
 * 二级标题 before a short text; it saves the 通报 a line a part.
 */
function runInParagraph(heading: string, text: string, lang: Notice['lang']): Paragraph {
  return new Paragraph({
    ...anyLine,
    alignment: AlignmentType.JUSTIFIED,
    spacing: fixed,
    indent: { firstLine: 640 },
    children: [
      run(`${heading}${lang === 'zh' ? '。' : '. '}`, FONTS.subheading, SIZE.body),
      run(text, FONTS.body, SIZE.body),
    ],
  })
}

/**
 * The numbered sources, the 通报's 附注: 小五 at 13 pt, run on in one paragraph (an entry a
 * line left half of each line empty, and the 落款 onto a page of its own).
 */
function sourcesParagraph(entries: string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: 260, lineRule: LineRuleType.EXACT },
    children: entries.map((text, i) =>
      run(i === 0 ? text : `\u3000${text}`, FONTS.body, SIZE.note),
    ),
  })
}

/** The body's blocks: a subheading run in with the paragraph under it, the sources run on. */
function bodyParagraphs(blocks: Block[], lang: Notice['lang']): (Paragraph | Table)[] {
  return blocks.flatMap((block, i) => {
    const before = blocks[i - 1]
    const next = blocks[i + 1]
    if (block.kind === 'subheading' && next?.kind === 'paragraph')
      return [runInParagraph(block.text, next.text, lang)]
    if (block.kind === 'paragraph' && before?.kind === 'subheading') return []
    if (block.kind === 'source') {
      if (before?.kind === 'source') return []
      const run = blocks.slice(i).findIndex((b) => b.kind !== 'source')
      const entries = blocks.slice(i, run < 0 ? undefined : i + run)
      return [sourcesParagraph(entries.map((b) => (b.kind === 'source' ? b.text : '')))]
    }
    return blockParagraphs(block, lang)
  })
}

function blockParagraphs(block: Block, lang: Notice['lang']): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.text, FONTS.heading)]
    case 'subheading':
      return [headingParagraph(block.text, FONTS.subheading)]
    case 'paragraph':
      return [bodyParagraph(block.text)]
    case 'note':
      return [noteParagraph(block.text)]
    case 'source':
      return [sourcesParagraph([block.text])]
    case 'table':
      return captioned(block, wordTable(block.table, lang), lang)
    case 'chart':
      return captioned(block, chartParagraph(block), lang)
  }
}

function pageNumber(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: SIZE.page,
            font: { ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber, eastAsia: FONTS.pageNumber },
          }),
        ],
      }),
    ],
  })
}

/** The period, 数据截至 and, for the demo, its marking: on every page. */
function stampHeader(notice: Notice): Header {
  const text = notice.synthetic ? `${notice.synthetic}\u3000${notice.stamp}` : notice.stamp
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          run(
            text,
            FONTS.body,
            SIZE.table,
            notice.synthetic ? { bold: true, color: '9A3412' } : {},
          ),
        ],
      }),
    ],
  })
}

export function noticeDocument(notice: Notice): Document {
  const red = { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 8 }
  const head: Paragraph[] = [
    // 版头: 发文机关标志 in red, 发文字号, and the red line under them.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 400, after: 240 },
      children: [run(notice.issuer, FONTS.title, 60, { color: 'C00000' })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: fixed,
      border: { bottom: red },
      children: [run(notice.number, FONTS.body, SIZE.body)],
    }),
    new Paragraph({ spacing: fixed, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: twips(14), lineRule: LineRuleType.EXACT },
      children: [run(notice.title, FONTS.title, SIZE.title)],
    }),
    new Paragraph({ spacing: fixed, children: [] }),
  ]
  if (notice.synthetic) head.push(bodyParagraph(`【${notice.synthetic}】`, false))
  if (notice.recipients) head.push(bodyParagraph(notice.recipients, false))
  const body = bodyParagraphs(notice.blocks, notice.lang)
  const close = [
    new Paragraph({ spacing: fixed, keepNext: true, children: [] }),
    // 落款: the issuer, and under it the date, right-aligned, the date 1 character further in;
    // kept together on one page (a date alone on a last page is no 落款).
    ...[notice.issuer, notice.date].map(
      (text, i) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: fixed,
          keepNext: i === 0,
          indent: { right: 640 + i * 320 },
          children: [run(text, FONTS.body, SIZE.body)],
        }),
    ),
    ...(notice.contact ? [bodyParagraph(`（${notice.contact}）`)] : []),
  ]
  return new Document({
    creator: notice.issuer,
    title: notice.title,
    description: notice.stamp,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            size: SIZE.body,
            font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS.body },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: twips(15),
              footer: twips(20),
            },
          },
        },
        headers: { default: stampHeader(notice), even: stampHeader(notice) },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [...head, ...body, ...close],
      },
    ],
  })
}

/** The .docx file's bytes. */
export async function noticeDocx(notice: Notice): Promise<Blob> {
  return Packer.toBlob(noticeDocument(notice))
}
