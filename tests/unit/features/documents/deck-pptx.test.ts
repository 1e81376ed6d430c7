import { describe, expect, it } from 'vitest'
import { buildDeck, SLIDE_BUILDERS } from '../../../../src/features/documents/lib/deck.ts'
import { deckPptxBytes } from '../../../../src/features/documents/lib/deck-pptx.ts'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import { buildCommended, COMMENDED_MESSAGES } from '../../../../src/features/commended/index.ts'
import { SLIDE_TYPES } from '../../../../src/schemas/slide-types.ts'
import { deckInput } from '../../../support/documents.ts'
import { chartSeries, chartsOf, officeParts, partText } from './docx-helpers.ts'

async function build(dataset: 'official' | 'demo') {
  const input = deckInput(dataset)
  const slides = buildDeck(input)
  const parts = await officeParts(await deckPptxBytes(slides, input))
  return { input, slides, parts }
}

const byName = <T extends { name: string }>(list: T[]) =>
  [...list].sort((a, b) => a.name.localeCompare(b.name))

describe('the deck as .pptx', () => {
  it('has a builder for every slide type', () => {
    expect(Object.keys(SLIDE_BUILDERS).sort()).toEqual([...SLIDE_TYPES].sort())
  })

  it('has one slide per deck slide, notes and the demo marking, every run in zh-CN', async () => {
    const { parts } = await build('demo')
    const slideParts = [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    expect(slideParts.length).toBe(SLIDE_TYPES.length)
    for (const p of slideParts) {
      const text = partText(parts.get(p)!)
      expect(text).toContain('演示数据')
      expect(text).toContain('数据截至')
    }
    const notes = [...parts.keys()].filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p))
    expect(notes.length).toBe(SLIDE_TYPES.length)
    expect(partText(parts.get(notes[0]!)!)).toContain('通报表述')
    // Every run of every slide, table cells included, is set in zh-CN.
    for (const p of slideParts) {
      const langs = [...parts.get(p)!.matchAll(/<a:rPr lang="([^"]+)"/g)].map((m) => m[1])
      expect(langs.length).toBeGreaterThan(0)
      expect(new Set(langs)).toEqual(new Set(['zh-CN']))
    }
  })

  for (const dataset of ['official', 'demo'] as const)
    it(`draws each ${dataset} slide's charts natively, each series with the slide's labels and values`, async () => {
      const { slides, parts } = await build(dataset)
      let drawn = 0
      slides.forEach((slide, i) => {
        const charts = slide.blocks.filter((b) => b.kind === 'chart')
        const xml = chartsOf(parts, `ppt/slides/slide${i + 1}.xml`).map((p) => parts.get(p)!)
        expect(xml.length, slide.title).toBe(charts.length)
        charts.forEach((chart, c) => {
          const cached = chartSeries(xml[c]!).map(({ name, labels, values }) => ({
            name,
            labels,
            values,
          }))
          // A value not published is an empty point (a gap), never 0.
          const expected = chart.series.map((s) => ({
            name: s.name,
            labels: chart.categories,
            values: s.values,
          }))
          expect(byName(cached), `${slide.title}: ${chart.title}`).toEqual(byName(expected))
          drawn += 1
        })
      })
      expect(drawn).toBeGreaterThan(0)
    })

  it('has the commended slide of 2019: growth rates charted, the other figures in a table, the recovery as its notes', async () => {
    const { input, slides, parts } = await build('official')
    const i = SLIDE_TYPES.indexOf('commended')
    const slide = slides[i]!
    expect(slide.subtitle).toBe('2019年1-12月')
    const chart = slide.blocks.find((b) => b.kind === 'chart')
    const table = slide.blocks.find((b) => b.kind === 'table')
    if (chart?.kind !== 'chart' || table?.kind !== 'table') throw new Error('no chart or table')
    expect(chart.leftUnit).toBe('%')
    expect(chart.categories.every((name) => name.endsWith('增速'))).toBe(true)
    // Where a city published no rate, a gap: never 0.
    expect(chart.series.some((s) => s.values.includes(null))).toBe(true)
    expect(table.table.rows.map((r) => r.header)).toContain('技改投资占工业投资比重')
    expect(chart.categories).not.toContain('技改投资占工业投资比重')
    const notes = [...parts.keys()].find((p) => p === `ppt/notesSlides/notesSlide${i + 1}.xml`)
    const { recoveries } = buildCommended(input.table, input.catalog, 'zh', {
      ...CHART_MESSAGES.zh,
      ...COMMENDED_MESSAGES.zh,
    })
    expect(recoveries.length).toBeGreaterThan(0)
    for (const { text } of recoveries) expect(partText(parts.get(notes!)!)).toContain(text)
  })

  it('draws bars as bars and lines as lines in one chart, the right-axis series on their own axis', async () => {
    const { slides, parts } = await build('demo')
    let combos = 0
    slides.forEach((slide, i) => {
      const charts = slide.blocks.filter((b) => b.kind === 'chart')
      const xml = chartsOf(parts, `ppt/slides/slide${i + 1}.xml`).map((p) => parts.get(p)!)
      charts.forEach((chart, c) => {
        const cached = new Map(chartSeries(xml[c]!).map((s) => [s.name, s]))
        for (const s of chart.series)
          expect(cached.get(s.name)?.type, `${slide.title}: ${s.name}`).toBe(
            s.type === 'bar' ? 'barChart' : 'lineChart',
          )
        const axes = (side: 'left' | 'right') =>
          new Set(chart.series.filter((s) => s.axis === side).map((s) => cached.get(s.name)!.axes))
        if (axes('left').size > 0 && axes('right').size > 0) {
          for (const right of axes('right')) expect(axes('left').has(right)).toBe(false)
          // The secondary value axis carries the right-hand unit as its title.
          expect(xml[c]).toContain(`<a:t>${chart.rightUnit}</a:t>`)
        }
        if (new Set(chart.series.map((s) => s.type)).size > 1) combos += 1
      })
    })
    // The demo has bar-and-line slides (investment, high-tech, 技改): the test is not empty.
    expect(combos).toBeGreaterThan(0)
  })
})
