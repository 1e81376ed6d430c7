import { describe, expect, it } from 'vitest'
import { fillSpotlight, resolveDeck } from '../../../../src/app/presentation/deck.ts'
import { slideHasContent } from '../../../../src/app/presentation/playable.ts'
import { COMMENDED_PERIOD } from '../../../../src/features/commended/index.ts'
import { AttentionFileSchema, type PeriodAttention } from '../../../../src/schemas/attention.ts'
import { parsePresentation, parseSlide } from '../../../../src/lib/url/presentation.ts'
import { datasetEntry } from '../../../../src/domain/catalog.ts'
import { resolveFilters } from '../../../../src/lib/url/use-filters.ts'
import { DecksFileSchema } from '../../../../src/schemas/decks.ts'
import { loadCatalog, loadTable, readApiFile } from '../../../support/api-data.ts'

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
  it('plays the default deck as a meeting: no timer, the spotlight left for the month’s 预警 cities', () => {
    const deck = deckFor('?present=1&dataset=demo')
    expect(deck.name?.zh).toBe('三稳与技改例会')
    expect(deck.rotating).toBe(false)
    expect(deck.spotlight).toBe(3)
    expect(deck.slides.map((s) => `${s.type}:${s.region}@${s.seconds}`)).toEqual([
      'overview:guangdong@undefined',
      'attention:guangdong@undefined',
      'releases:guangdong@undefined',
      'targets:guangdong@undefined',
      'iva:guangdong@undefined',
      'investment:guangdong@undefined',
      'hightech:guangdong@undefined',
      'tech:guangdong@undefined',
      'ranking:guangdong@undefined',
      'map:guangdong@undefined',
      // The 计分卡 in pages, one per region group.
      'scorecard:guangdong@undefined',
      'scorecard:guangdong@undefined',
      'scorecard:guangdong@undefined',
      'scorecard:guangdong@undefined',
      'city:guangdong@undefined',
    ])
    expect(deck.slides.filter((s) => s.type === 'scorecard').map((s) => s.group)).toEqual(
      catalog.groups.map((g) => g.code),
    )
    expect(deck.slides.at(-1)?.spotlight).toBe('pending')
  })

  it('plays a rotating deck, each slide for its own or the deck’s seconds; interval= makes any deck rotate', () => {
    const lobby = deckFor('?present=1&dataset=demo&deck=lobby')
    expect(lobby.rotating).toBe(true)
    expect(lobby.slides.map((s) => s.seconds)).toEqual([30, 30, 20, 20, 20, 20, 20])
    const timed = deckFor('?present=1&dataset=demo&interval=12')
    expect(timed.rotating).toBe(true)
    expect(new Set(timed.slides.map((s) => s.seconds))).toEqual(new Set([12]))
    expect(deckFor('?present=1&slides=overview,map@5').rotating).toBe(true)
    expect(deckFor('?present=1&slides=overview,map').rotating).toBe(false)
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
    expect(official.slides.map((s) => [s.type, s.region, s.period, s.older])).toEqual([
      ['overview', 'guangdong', '2025-12', undefined],
      ['city', 'dongguan', '2025-12', undefined],
      ['city', 'guangzhou', '2024-08', { deckPeriod: '2025-12', fellBack: true }],
    ])
    // A slide naming its own, older period is marked too, not moved.
    const commended = deckFor('?present=1&deck=commended')
    expect(commended.slides.map((s) => [s.type, s.period, s.older])).toEqual([
      ['commended', '2019-12', { deckPeriod: '2025-12', fellBack: false }],
      ['city', '2019-12', { deckPeriod: '2025-12', fellBack: false }],
      ['city', '2019-12', { deckPeriod: '2025-12', fellBack: false }],
      ['investment', '2019-12', { deckPeriod: '2025-12', fellBack: false }],
    ])
    const chosen = deckFor('?present=1&period=2017-03&slides=city:guangzhou,city:zhuhai')
    expect(chosen.slides.map((s) => s.period)).toEqual(['2017-03', '2017-03'])
  })

  it('shows the commended slide for its own period only, 2019年1-12月, in any deck', () => {
    const { filters } = resolveFilters('?present=1', catalog)
    const table = loadTable('official', [2019, 2025])
    const [slide, other] = deckFor('?present=1&slides=commended,overview').slides
    expect([slide?.period, slide?.older?.deckPeriod]).toEqual([COMMENDED_PERIOD, filters.period])
    expect(slideHasContent(slide!, table, catalog, [])).toBe(true)
    expect(other?.period).toBe(filters.period)
    // Named at another period, it has nothing to show: 2019's figures are not another year's.
    expect(slideHasContent({ ...slide!, period: filters.period }, table, catalog, [])).toBe(false)
  })

  it('reports an unknown deck or region and plays what it can', () => {
    const deck = deckFor('?present=1&deck=nope&slides=city&regions=guangzhou,atlantis')
    expect(deck.problems).toEqual(['deck=nope', 'regions=atlantis'])
    expect(deck.slides.map((s) => s.region)).toEqual(['guangzhou'])
  })
})

describe('fillSpotlight', () => {
  const pending = deckFor('?present=1&dataset=demo&period=2024-06').slides.filter(
    (s) => s.spotlight === 'pending',
  )
  const isCity = (code: string) => catalog.cities.some((c) => c.code === code)
  const alert = (region: string, level: 'warning' | 'watch') => ({ region, level })
  const findings = (alerts: { region: string; level: 'warning' | 'watch' }[]) => () =>
    ({ alerts }) as unknown as PeriodAttention

  it('shows the cities with 预警, in the findings’ order, each once, up to the deck’s number', () => {
    const filled = fillSpotlight(
      pending,
      3,
      findings([
        alert('meizhou', 'warning'),
        alert('guangdong', 'warning'),
        alert('meizhou', 'warning'),
        alert('zhongshan', 'warning'),
        alert('chaozhou', 'warning'),
        alert('shantou', 'warning'),
        alert('foshan', 'watch'),
      ]),
      isCity,
    )
    expect(filled.map((s) => [s.type, s.region, s.period, s.spotlight])).toEqual([
      ['city', 'meizhou', '2024-06', undefined],
      ['city', 'zhongshan', '2024-06', undefined],
      ['city', 'chaozhou', '2024-06', undefined],
    ])
    expect(new Set(filled.map((s) => s.key)).size).toBe(3)
  })

  it('says there is none when no city has a 预警 (关注 alone is not enough), and when the findings failed', () => {
    expect(fillSpotlight(pending, 3, findings([alert('foshan', 'watch')]), isCity)).toEqual([
      { ...pending[0], spotlight: 'none' },
    ])
    expect(fillSpotlight(pending, 3, () => null, isCity)[0]?.spotlight).toBe('none')
    expect(fillSpotlight(pending, 3, () => undefined, isCity)[0]?.spotlight).toBe('unknown')
  })

  it('follows the bundled demo’s findings', () => {
    const demo = deckFor('?present=1&dataset=demo&period=2024-06')
    const file = AttentionFileSchema.parse(readApiFile('attention/demo/2024.json'))
    const period = file.periods.find((p) => p.period === '2024-06')!
    const warned = [
      ...new Set(period.alerts.filter((a) => a.level === 'warning').map((a) => a.region)),
    ].filter(isCity)
    expect(warned.length).toBeGreaterThan(0)
    const filled = fillSpotlight(demo.slides, demo.spotlight, () => period, isCity)
    expect(filled.filter((s) => s.type === 'city').map((s) => s.region)).toEqual(warned.slice(0, 3))
  })
})
