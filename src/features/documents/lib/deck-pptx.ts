/**
 * The deck (deck.ts) as a PowerPoint file with pptxgenjs: 16:9, one slide per slide of the deck,
 * native charts (line, bar) carrying their values, tables as PowerPoint tables, every text run
 * in zh-CN with an East Asian font face, the period and 数据截至 and the sources on each slide,
 * speaker notes with the slide's 通报 sentence and its sources, the demo marked on every slide.
 */
import PptxGenJS from 'pptxgenjs'
import type { PanelTable } from '../../../domain/chart-data.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { DOCUMENT_MESSAGES } from '../messages.ts'
import type { DeckInput, SlideModel } from './deck.ts'
import { cellText, type ChartBlock } from './model.ts'

/** The East Asian face PowerPoint and WPS pick by; LibreOffice substitutes its CJK font. */
export const DECK_FONT = 'Microsoft YaHei'

function tableRows(table: PanelTable, lang: DeckInput['lang']): PptxGenJS.TableRow[] {
  const head = [table.rowHeader, ...table.columns].map((text) => ({
    text,
    options: { bold: true, fill: { color: 'E2E8F0' } },
  }))
  return [
    head,
    ...table.rows.map((row) => [
      { text: row.header },
      ...row.cells.map((c) => ({
        text: cellText(c, lang),
        options: { align: c && !('text' in c) ? ('right' as const) : ('left' as const) },
      })),
    ]),
  ]
}

/**
 * Column widths in proportion to each column's longest text (within 4 to 40 characters), so a
 * column of sentences is not squeezed to the width of a column of one word.
 */
function columnWidths(rows: PptxGenJS.TableRow[], total: number): number[] {
  const lengths = rows[0]!.map((_, i) =>
    Math.min(
      40,
      Math.max(
        4,
        ...rows.map((row) => (typeof row[i]?.text === 'string' ? row[i].text.length : 0)),
      ),
    ),
  )
  const sum = lengths.reduce((a, b) => a + b, 0)
  return lengths.map((length) => (total * length) / sum)
}

function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  block: ChartBlock,
  box: PptxGenJS.PositionProps,
) {
  const data = (type: 'line' | 'bar') =>
    block.series
      .filter((s) => s.type === type)
      // A value not published stays empty in the chart's sheet (a gap), never 0.
      .map((s) => ({ name: s.name, labels: block.categories, values: s.values as number[] }))
  const common = {
    ...box,
    fontFace: DECK_FONT,
    lang: 'zh-CN',
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: 10,
    catAxisLabelFontSize: 9,
    valAxisLabelFontSize: 10,
    showValAxisTitle: true,
    valAxisTitle: block.leftUnit,
    displayBlanksAs: 'gap',
    altText: block.alt,
  }
  const lines = data('line')
  const bars = data('bar')
  const colors = (type: 'line' | 'bar') =>
    block.series.filter((s) => s.type === type).map((s) => s.color)
  if (bars.length > 0 && lines.length === 0)
    slide.addChart(pptx.ChartType.bar, bars, {
      ...common,
      barDir: 'col',
      chartColors: colors('bar'),
    })
  else if (lines.length > 0 && bars.length === 0)
    slide.addChart(pptx.ChartType.line, lines, {
      ...common,
      lineDataSymbol: 'circle',
      chartColors: colors('line'),
    })
  else {
    // Bars and lines together: two native charts would overlap, so every series as a line.
    const all = block.series.map((x) => ({
      name: x.name,
      labels: block.categories,
      values: x.values as number[],
    }))
    slide.addChart(pptx.ChartType.line, all, {
      ...common,
      chartColors: block.series.map((x) => x.color),
    })
  }
}

export function deckPresentation(slides: SlideModel[], input: DeckInput): PptxGenJS {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9' // 10 × 5.625 in
  pptx.title = input.title
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT }
  const m = DOCUMENT_MESSAGES[input.lang]
  const asOf = input.dataAsOf ? formatPeriod(input.dataAsOf, input.lang) : '—'
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
      slide.addText(words.join('\n'), { ...text, x: 0.4, y, w: 9.2, h: 0.4, fontSize: 11 })
      y += 0.45
    }
    const bottom = 4.95
    const chartW = tables.length > 0 && charts.length > 0 ? 5.4 : 9.2
    if (tables.length > 0) {
      const w = charts.length > 0 ? 3.7 : 9.2
      for (const t of tables) {
        const rows = tableRows(t.table, input.lang)
        slide.addTable(rows, {
          x: 0.4,
          y,
          w,
          colW: columnWidths(rows, w),
          fontFace: DECK_FONT,
          lang: 'zh-CN',
          fontSize: t.table.rows.length > 12 ? 7 : 10,
          border: { type: 'solid', pt: 0.5, color: '94A3B8' },
          autoPage: false,
        })
      }
    }
    for (const c of charts)
      addChart(pptx, slide, c, {
        x: tables.length > 0 ? 4.2 : 0.4,
        y,
        w: chartW,
        h: bottom - y - 0.05,
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
      h: 0.6,
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
