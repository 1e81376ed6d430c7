import { describe, expect, it } from 'vitest'
import { slideHasContent } from '../../../../src/app/presentation/playable.ts'
import { buildDeck } from '../../../../src/features/documents/lib/deck.ts'
import { deckPptxBytes } from '../../../../src/features/documents/lib/deck-pptx.ts'
import {
  releaseSlideText,
  revisionLines,
  type ReleaseNews,
} from '../../../../src/features/releases/index.ts'
import { catalog, latestNews, noticeInput } from '../../../support/documents.ts'
import { officeParts, partText } from './docx-helpers.ts'

/** A deck of the 本期更新 slide alone, with the dataset's latest release day. */
function releasesDeck(dataset: 'demo' | 'official', lang: 'zh' | 'en' = 'zh') {
  const n = noticeInput(dataset, lang)
  return {
    ...n,
    title: 'deck',
    slides: [
      {
        type: 'releases' as const,
        region: 'guangdong',
        period: n.period,
        indicator: '',
        title: lang === 'zh' ? '本期更新' : 'This release',
      },
    ],
  }
}

const texts = (slide: ReturnType<typeof buildDeck>[number]) =>
  slide.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))

describe('the deck’s 本期更新 slide', () => {
  it('says the day, what it brought, and each revision 由X修订为Y with its sources (demo)', () => {
    // The demo's latest day brings a month and revises two figures of the month before.
    const input = releasesDeck('demo')
    const news = input.news!
    expect(news.revised).toHaveLength(2)
    const [slide] = buildDeck(input)
    const lines = texts(slide!)
    expect(slide!.subtitle).toBe(`${news.day}发布`)
    expect(lines[0]).toMatch(
      new RegExp(`^本期更新（${news.day}）：新增：\\d{4}年1-\\d+月 全省及21市 \\d+项；修订：2项$`),
    )
    expect(lines[1]).toBe('修订数据')
    expect(lines.slice(2, 4)).toEqual(revisionLines(news, catalog, 'zh'))
    for (const line of lines.slice(2, 4))
      expect(line).toMatch(/ 由-?\d+(\.\d+)?%修订为-?\d+(\.\d+)?%（(原：.+；现：.+|来源：.+)）$/)
    expect(lines.at(-1)).toBe(`本期发布：${news.tables.join('；')}`)
    expect(lines.some((l) => l.startsWith('另有'))).toBe(false)
    // The sources of both values are printed on the slide, and every line is in its notes.
    expect(slide!.sources.join('；')).toContain('演示数据')
    for (const line of [lines[0]!, ...lines.slice(2, 4)]) expect(slide!.notes).toContain(line)
  })

  it('in English', () => {
    const [slide] = buildDeck(releasesDeck('demo', 'en'))
    const lines = texts(slide!)
    expect(lines[0]).toMatch(/^This release \(\d{4}-\d\d-\d\d\): new: .+; revised: 2 figures$/)
    expect(lines[1]).toBe('Revised figures')
    expect(lines[2]).toMatch(/: revised from -?\d.*% to -?\d.*% \(/)
  })

  it('folds a long list: what a slide does not hold is counted (另有N项), in full in the notes', () => {
    const news = latestNews('demo')
    const many: ReleaseNews = {
      ...news,
      revised: Array.from({ length: 12 }, (_, i) => news.revised[i % 2]!),
    }
    const text = releaseSlideText(many, catalog, 'zh')
    const [list] = text.lists
    expect(list!.lines.length).toBeGreaterThan(2)
    expect(list!.lines.length).toBeLessThan(12)
    expect(list!.more).toBe(`另有${12 - list!.lines.length}项`)
    expect(text.all).toHaveLength(12)
    const [slide] = buildDeck({ ...releasesDeck('demo'), news: many })
    expect(texts(slide!)).toContain(list!.more)
    expect(slide!.notes.split('由').length - 1).toBe(12)
  })

  it('is played when the day brought something, skipped without releases, kept when not known', () => {
    const input = releasesDeck('demo')
    const view = {
      ...input.slides[0]!,
      key: 'releases',
      seconds: undefined,
    }
    const has = (news: ReleaseNews | null | undefined) =>
      slideHasContent(view, input.table, catalog, [], undefined, news)
    expect(has(input.news)).toBe(true)
    expect(has(null)).toBe(false)
    expect(has({ ...input.news!, added: [], revised: [], groups: [], moves: [] })).toBe(false)
    // A file that failed: the slide stays and says so.
    expect(has(undefined)).toBe(true)
    // The official data's latest day adds figures and revises none: no list, the summary only.
    const official = buildDeck(releasesDeck('official'))[0]!
    expect(texts(official)[0]).toMatch(/^本期更新（.+）：新增：/)
    expect(texts(official)).not.toContain('修订数据')
  })

  it('round-trips through .pptx: the slide’s words, its sources and its notes', async () => {
    const input = releasesDeck('demo')
    const slides = buildDeck(input)
    const parts = await officeParts(await deckPptxBytes(slides, input))
    const slide = partText(parts.get('ppt/slides/slide1.xml')!)
    for (const line of texts(slides[0]!)) expect(slide).toContain(line)
    expect(slide).toContain('本期更新')
    expect(slide).toContain(`${input.news!.day}发布`)
    expect(slide).toMatch(/由-?\d.*修订为/)
    expect(slide).toContain('演示数据')
    const notes = partText(parts.get('ppt/notesSlides/notesSlide1.xml')!)
    for (const line of revisionLines(input.news!, catalog, 'zh')) expect(notes).toContain(line)
  })
})
