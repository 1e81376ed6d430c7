/**
 * The deck (deck.ts) as a PowerPoint file with pptxgenjs: 16:9, one slide per slide of the deck,
 * native charts (line, bar) carrying their values, tables as PowerPoint tables, every text run
 * in zh-CN with an East Asian font face, the period and 数据截至 and the sources on each slide,
 * speaker notes with the slide's 通报 sentence and its sources, the demo marked on every slide.
 */
import { asOfText } from './as-of.ts'
import PptxGenJS from 'pptxgenjs'
import type { PanelTable } from '../../../domain/chart-data.ts'
import { DOCUMENT_MESSAGES } from '../messages.ts'
import type { DeckInput, SlideModel } from './deck.ts'
import { cellText, columnEms, textEms as ems, type ChartBlock } from './model.ts'

/** The East Asian face PowerPoint and WPS pick by; LibreOffice substitutes its CJK font. */
export const DECK_FONT = 'Microsoft YaHei'

/** A table's cells: pptxgenjs writes a cell's runs as en-US unless the cell says otherwise. */
function tableRows(table: PanelTable, lang: DeckInput['lang']): PptxGenJS.TableRow[] {
  const zh = { lang: 'zh-CN' }
  const head = [table.rowHeader, ...table.columns].map((text) => ({
    text,
    options: { ...zh, bold: true, fill: { color: 'E2E8F0' } },
  }))
  return [
    head,
    ...table.rows.map((row) => [
      { text: row.header, options: zh },
      ...row.cells.map((c) => ({
        text: cellText(c, lang),
        options: { ...zh, align: c && !('text' in c) ? ('right' as const) : ('left' as const) },
      })),
    ]),
  ]
}

const cellString = (cell: PptxGenJS.TableCell | undefined) =>
  typeof cell?.text === 'string' ? cell.text : ''

/** Cell margins (inches): narrow, as PowerPoint's "Narrow" preset, so a row is its text's height. */
const CELL_MARGIN: [number, number, number, number] = [0.015, 0.05, 0.015, 0.05]

/**
 * A table line's height in ems: 1.5, as LibreOffice sets its CJK substitute (Noto Sans CJK) in
 * a cell — measured on its PDF; Microsoft YaHei in PowerPoint needs a little less.
 */
const LINE_HEIGHT = 1.5

/** Column widths (inches) at a font size, by the documents' one rule (columnEms). */
function columnWidths(rows: PptxGenJS.TableRow[], total: number, fontSize: number): number[] {
  const em = fontSize / 72
  const pad = CELL_MARGIN[1] + CELL_MARGIN[3] + 0.08
  const texts = rows.map((row) => row.map(cellString))
  return columnEms(texts, total / em, pad / em).map((w) => w * em)
}

/**
 * Each row's height (inches) at a font size: its tallest cell's lines, a tenth more than the
 * ems need, as a line of mixed text breaks before a word that does not fit.
 */
function rowHeights(rows: PptxGenJS.TableRow[], widths: number[], fontSize: number): number[] {
  const em = fontSize / 72
  return rows.map((row) => {
    const lines = Math.max(
      1,
      ...row.map((cell, i) => {
        const room = Math.max(em, widths[i]! - CELL_MARGIN[1] - CELL_MARGIN[3])
        const need = ems(cellString(cell)) * em
        return need <= room ? 1 : Math.ceil((need * 1.1) / room)
      }),
    )
    return lines * em * LINE_HEIGHT + CELL_MARGIN[0] + CELL_MARGIN[2]
  })
}

interface TableLayout {
  /** One table, or a long one in two halves side by side, each with the header row. */
  parts: PptxGenJS.TableRow[][]
  fontSize: number
  colW: number[]
  rowH: number[][]
}

/**
 * The largest font (12 pt down to 6 pt: 16 px on a 1080p screen) at which the table fits its box; a table of more than
 * twelve rows that fits only below 10 pt is set in two halves side by side (the 21 cities).
 */
function layTable(rows: PptxGenJS.TableRow[], w: number, h: number, split: boolean): TableLayout {
  const sizes = [12, 11, 10, 9, 8, 7, 6]
  const fit = (parts: PptxGenJS.TableRow[][], width: number, fontSize: number) => {
    const colW = columnWidths([parts[0]![0]!, ...parts.flat()], width, fontSize)
    const rowH = parts.map((part) => rowHeights(part, colW, fontSize))
    const fits = rowH.every((heights) => heights.reduce((a, b) => a + b, 0) <= h)
    return { layout: { parts, fontSize, colW, rowH }, fits }
  }
  for (const size of sizes.filter((s) => s >= 10)) {
    const whole = fit([rows], w, size)
    if (whole.fits) return whole.layout
  }
  const [head, ...body] = rows
  if (split && head && body.length > 12) {
    const half = Math.ceil(body.length / 2)
    const halves = [
      [head, ...body.slice(0, half)],
      [head, ...body.slice(half)],
    ]
    for (const size of sizes) {
      const both = fit(halves, w / 2 - 0.1, size)
      if (both.fits) return both.layout
    }
  }
  for (const size of sizes.filter((s) => s < 10)) {
    const whole = fit([rows], w, size)
    if (whole.fits) return whole.layout
  }
  return fit([rows], w, 6).layout
}

/**
 * A chart as the screen draws it: bars as bars and lines as lines, in one native chart (a
 * combo chart when both), the right-axis series on a secondary value axis with its unit, so
 * 亿元 bars and % lines are each read on their own scale.
 */
function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  block: ChartBlock,
  box: PptxGenJS.PositionProps,
) {
  const hasLeft = block.series.some((s) => s.axis === 'left')
  const onRight = (s: ChartBlock['series'][number]) => s.axis === 'right' && hasLeft
  const groups = (['bar', 'line'] as const)
    .flatMap((type) => [false, true].map((right) => ({ type, right })))
    .map(({ type, right }) => ({
      type,
      right,
      series: block.series.filter((s) => s.type === type && onRight(s) === right),
    }))
    .filter((g) => g.series.length > 0)
  const secondary = groups.some((g) => g.right)
  const axisText = { fontFace: DECK_FONT, lang: 'zh-CN' }
  const valAxis = (title: string | undefined) => ({
    ...axisText,
    valAxisLabelFontSize: 10,
    showValAxisTitle: Boolean(title),
    valAxisTitle: title ?? '',
  })
  const common: PptxGenJS.IChartOpts = {
    ...box,
    ...axisText,
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 10,
    catAxisLabelFontSize: 9,
    displayBlanksAs: 'gap',
    altText: block.alt,
    ...(secondary
      ? {
          valAxes: [
            valAxis(block.leftUnit),
            { ...valAxis(block.rightUnit), valGridLine: { style: 'none' } },
          ],
          catAxes: [{ catAxisLabelFontSize: 9 }, { catAxisHidden: true }],
        }
      : valAxis(block.leftUnit)),
  }
  const charts: PptxGenJS.IChartMulti[] = groups.map((g) => ({
    type: g.type,
    // A value not published stays empty in the chart's sheet (a gap), never 0.
    // (pptxgenjs's type says number[]; it writes null as an empty point.)
    data: g.series.map((s) => ({
      name: s.name,
      labels: block.categories,
      values: s.values as number[],
    })),
    options: {
      chartColors: g.series.map((s) => s.color),
      ...(g.type === 'bar' ? { barDir: 'col' as const } : { lineDataSymbol: 'circle' as const }),
      ...(g.right ? { secondaryValAxis: true, secondaryCatAxis: true } : {}),
    },
  }))
  const [only] = charts
  if (charts.length === 1 && only)
    slide.addChart(only.type, only.data, { ...common, ...only.options })
  // A combo chart's options go where a single chart's data goes (pptxgenjs's documented call,
  // `addChart([{ type, data, options }, …], options)`, which its types do not declare).
  else slide.addChart(charts, common as unknown as [])
}

export function deckPresentation(slides: SlideModel[], input: DeckInput): PptxGenJS {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9' // 10 × 5.625 in
  pptx.title = input.title
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT }
  const m = DOCUMENT_MESSAGES[input.lang]
  const asOf = asOfText(input.dataAsOf, input.catalog, input.lang)
  const text = { fontFace: DECK_FONT, lang: 'zh-CN', color: '0F172A' }
  for (const model of slides) {
    const slide = pptx.addSlide()
    slide.addText(model.title, { ...text, x: 0.4, y: 0.2, w: 7, h: 0.5, fontSize: 24, bold: true })
    slide.addText(model.subtitle, { ...text, x: 0.4, y: 0.68, w: 6, h: 0.3, fontSize: 12 })
    slide.addText(`${input.lang === 'zh' ? '数据截至' : 'Data as of'} ${asOf}`, {
      ...text,
      x: 6.6,
      y: 0.2,
      w: 3,
      h: 0.35,
      fontSize: 12,
      align: 'right',
    })
    if (input.syntheticLabel)
      slide.addText(input.syntheticLabel, {
        ...text,
        x: 5.6,
        y: 0.58,
        w: 4,
        h: 0.35,
        fontSize: 11,
        bold: true,
        color: '9A3412',
        align: 'right',
      })
    const tables = model.blocks.filter((b) => b.kind === 'table')
    const charts = model.blocks.filter((b) => b.kind === 'chart')
    const words = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    let y = 1.05
    if (words.length > 0) {
      // A line of 11 pt across 9.2 in holds about 60 ems: a longer paragraph wraps (本期更新).
      const lines = words.reduce((n, w) => n + Math.max(1, Math.ceil(ems(w) / 58)), 0)
      const h = 0.05 + lines * 0.2
      slide.addText(words.join('\n'), { ...text, x: 0.4, y, w: 9.2, h, fontSize: 11 })
      y += h + 0.05
    }
    const top = y
    const bottom = 5.05
    const chartW = tables.length > 0 && charts.length > 0 ? 5.4 : 9.2
    if (tables.length > 0) {
      const w = charts.length > 0 ? 3.7 : 9.2
      // Tables share the height left under the words.
      const h = (bottom - y - 0.1) / tables.length
      for (const t of tables) {
        const layout = layTable(tableRows(t.table, input.lang), w, h, charts.length === 0)
        layout.parts.forEach((part, i) => {
          slide.addTable(part, {
            x: 0.4 + i * (w / 2 + 0.1),
            y,
            w: layout.parts.length > 1 ? w / 2 - 0.1 : w,
            colW: layout.colW,
            rowH: layout.rowH[i],
            margin: CELL_MARGIN,
            fontFace: DECK_FONT,
            lang: 'zh-CN',
            fontSize: layout.fontSize,
            border: { type: 'solid', pt: 0.5, color: '94A3B8' },
            autoPage: false,
          })
        })
        y += Math.max(...layout.rowH.map((heights) => heights.reduce((a, b) => a + b, 0))) + 0.1
      }
    }
    for (const c of charts)
      addChart(pptx, slide, c, {
        x: tables.length > 0 ? 4.2 : 0.4,
        y: top,
        w: chartW,
        h: bottom - top - 0.05,
      })
    const sources =
      model.sources.length > 0
        ? `${m.notesSources}${input.lang === 'zh' ? '：' : ': '}${model.sources.join(input.lang === 'zh' ? '；' : '; ')}`
        : ''
    slide.addText(sources, {
      ...text,
      x: 0.4,
      y: bottom,
      w: 9.2,
      h: 0.5,
      fontSize: 7,
      color: '334155',
      valign: 'top',
      fit: 'shrink',
    })
    slide.addNotes(model.notes)
  }
  return pptx
}

export async function deckPptx(slides: SlideModel[], input: DeckInput): Promise<Blob> {
  const out = await deckPresentation(slides, input).write({ outputType: 'blob' })
  return out as Blob
}

/** For Node (tests, bench): the file's bytes. */
export async function deckPptxBytes(slides: SlideModel[], input: DeckInput): Promise<ArrayBuffer> {
  return (await deckPresentation(slides, input).write({ outputType: 'arraybuffer' })) as ArrayBuffer
}
