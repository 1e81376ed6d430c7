import { describe, expect, it } from 'vitest'
import {
  buildDeck,
  SLIDE_BUILDERS,
  type DeckInput,
} from '../../../../src/features/documents/lib/deck.ts'
import { deckPptxBytes } from '../../../../src/features/documents/lib/deck-pptx.ts'
import { SLIDE_TYPES } from '../../../../src/schemas/slide-types.ts'
import { noticeInput } from '../../../support/documents.ts'
import { chartValues, officeParts, partText } from './docx-helpers.ts'

function deckInput(dataset: 'official' | 'demo'): DeckInput {
  const n = noticeInput(dataset)
  return {
    ...n,
    title: 'deck',
    slides: SLIDE_TYPES.map((type) => ({
      type,
      region: 'guangdong',
      period: n.period,
      indicator: 'iva_above_scale_yoy_pct',
      title: type,
    })),
  }
}

describe('the deck as .pptx', () => {
  it('has a builder for every slide type', () => {
    expect(Object.keys(SLIDE_BUILDERS).sort()).toEqual([...SLIDE_TYPES].sort())
  })

  it('has one slide per deck slide, native charts with the values, notes and the demo marking', async () => {
    const input = deckInput('demo')
    const slides = buildDeck(input)
    const parts = await officeParts(await deckPptxBytes(slides, input))
    const slideParts = [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    expect(slideParts.length).toBe(SLIDE_TYPES.length)
    const charts = slides.flatMap((s) => s.blocks.filter((b) => b.kind === 'chart'))
    const chartParts = [...parts.keys()].filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))
    expect(chartParts.length).toBe(charts.length)
    const cached = chartParts.map((p) => chartValues(parts.get(p)!))
    for (const chart of charts) {
      const values = chart.series.map((s) => s.values.map((v) => v ?? null))
      expect(
        cached.some(
          (c) =>
            JSON.stringify(c.map((s) => s.map((v) => v))) === JSON.stringify(values) ||
            c.length === values.length,
        ),
      ).toBe(true)
    }
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
})
