import { describe, expect, it } from 'vitest'
import { resolveDeck } from '../../../../src/app/presentation/deck.ts'
import { parsePresentation, parseSlide } from '../../../../src/lib/url/presentation.ts'
import { datasetEntry } from '../../../../src/domain/catalog.ts'
import { resolveFilters } from '../../../../src/lib/url/use-filters.ts'
import { DecksFileSchema } from '../../../../src/schemas/decks.ts'
import { loadCatalog, readApiFile } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const decks = DecksFileSchema.parse(readApiFile('decks.json'))

function deckFor(search: string) {
  const { filters } = resolveFilters(search, catalog)
  return resolveDeck(
    parsePresentation(search).params,
    decks,
    filters,
    catalog,
    datasetEntry(catalog, filters.dataset),
  )
}

describe('presentation parameters', () => {
  it('parse slide tokens with their argument and seconds', () => {
    expect(parseSlide('map:hightech_mfg_va_yoy_pct@15')).toEqual({
      type: 'map',
      indicator: 'hightech_mfg_va_yoy_pct',
      seconds: 15,
    })
    expect(parseSlide('city:guangzhou')).toEqual({ type: 'city', region: 'guangzhou' })
    expect(parseSlide('overview')).toEqual({ type: 'overview' })
    expect(parseSlide('map:gdp_yoy_pct')).toBeUndefined()
    expect(parseSlide('overview@1')).toBeUndefined()
    expect(parseSlide('chart')).toBeUndefined()
  })

  it('list what they ignored', () => {
    const { params, problems } = parsePresentation(
      '?slides=overview,bogus,map@2&interval=x&refresh=1&regions=广州',
    )
    expect(params.slides).toEqual([{ type: 'overview' }])
    expect(problems).toEqual([
      'slides=bogus',
      'slides=map@2',
      'interval=x',
      'regions=广州',
      'refresh=1',
    ])
  })
})

describe('resolveDeck', () => {
  it('plays the default deck, each slide for its own or the deck’s seconds', () => {
    const deck = deckFor('?present=1&dataset=demo')
    expect(deck.name?.zh).toBe('三稳与技改例会')
    expect(deck.slides.map((s) => `${s.type}:${s.region}@${s.seconds}`)).toEqual([
      'overview:guangdong@30',
      'attention:guangdong@30',
      'targets:guangdong@20',
      'iva:guangdong@20',
      'investment:guangdong@20',
      'hightech:guangdong@20',
      'tech:guangdong@20',
      'ranking:guangdong@20',
      'map:guangdong@20',
      'scorecard:guangdong@30',
      'city:guangzhou@30',
      'city:shenzhen@30',
    ])
  })

  it('lets interval= override the deck and expands "city" into one slide per region', () => {
    const deck = deckFor('?present=1&dataset=demo&slides=iva,city&regions=zhuhai,foshan&interval=9')
    expect(deck.slides.map((s) => `${s.type}:${s.region}@${s.seconds}`)).toEqual([
      'iva:guangdong@9',
      'city:zhuhai@9',
      'city:foshan@9',
    ])
  })

  it('plays one period, the URL’s or its region’s default; a city without figures for it shows its own latest and says so', () => {
    // 全省's default, 2025年1-12月: 东莞 has figures for it, 广州 has not.
    const official = deckFor('?present=1&slides=overview,city:dongguan,city:guangzhou')
    expect(official.slides.map((s) => [s.type, s.region, s.period, s.deckPeriod])).toEqual([
      ['overview', 'guangdong', '2025-12', undefined],
      ['city', 'dongguan', '2025-12', undefined],
      ['city', 'guangzhou', '2024-08', '2025-12'],
    ])
    const chosen = deckFor('?present=1&period=2017-03&slides=city:guangzhou,city:zhuhai')
    expect(chosen.slides.map((s) => s.period)).toEqual(['2017-03', '2017-03'])
  })

  it('reports an unknown deck or region and plays what it can', () => {
    const deck = deckFor('?present=1&deck=nope&slides=city&regions=guangzhou,atlantis')
    expect(deck.problems).toEqual(['deck=nope', 'regions=atlantis'])
    expect(deck.slides.map((s) => s.region)).toEqual(['guangzhou'])
  })
})
