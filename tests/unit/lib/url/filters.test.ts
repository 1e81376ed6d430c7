import { describe, expect, it } from 'vitest'
import { defaultPeriod, datasetEntry } from '../../../../src/domain/catalog.ts'
import { defaultPeriods } from '../../../../src/domain/default-period.ts'
import { DEFAULT_FILTERS, parseFilters, serializeFilters } from '../../../../src/lib/url/filters.ts'
import {
  canonicalSearch,
  nextSearch,
  pinnedSearch,
  resolveFilters,
} from '../../../../src/lib/url/use-filters.ts'
import { catalogAsOf } from '../../../../src/domain/catalog-as-of.ts'
import { asofOf, indexReleases } from '../../../../src/domain/vintage.ts'
import { ReleasesFileSchema } from '../../../../src/schemas/releases.ts'
import { VintagesFileSchema } from '../../../../src/schemas/vintages.ts'
import { loadCatalog, readApiFile } from '../../../support/api-data.ts'

const catalog = loadCatalog()

describe('parseFilters', () => {
  it('reads every parameter of a valid link', () => {
    const { filters, ignored } = parseFilters(
      '?dataset=demo&region=shenzhen&compare=guangzhou,foshan&period=2019-06&measure=month&lang=en&theme=dark&colors=green-up&indicator=hightech_mfg_va_share_pct&sort=tech.asc',
    )
    expect(ignored).toEqual([])
    expect(filters).toEqual({
      dataset: 'demo',
      region: 'shenzhen',
      compare: ['guangzhou', 'foshan'],
      period: '2019-06',
      measure: 'month',
      lang: 'en',
      theme: 'dark',
      colors: 'green-up',
      indicator: 'hightech_mfg_va_share_pct',
      sort: { column: 'tech', direction: 'asc' },
      asof: null,
    })
  })

  it('reads asof as a calendar day, and refuses one that does not exist', () => {
    expect(parseFilters('?asof=2024-02-29').filters.asof).toBe('2024-02-29')
    for (const raw of ['2023-02-29', '2024-13-01', '20240901', '2024-9-1'])
      expect(parseFilters(`?asof=${raw}`).ignored, raw).toEqual([
        { key: 'asof', value: raw, reason: 'invalid' },
      ])
  })

  it('uses the defaults for missing parameters, silently', () => {
    expect(parseFilters('')).toEqual({ filters: DEFAULT_FILTERS, ignored: [] })
  })

  it.each([
    ['dataset=census', 'dataset'],
    ['period=2019-13', 'period'],
    ['measure=quarter', 'measure'],
    ['region=<script>', 'region'],
    ['compare=guangzhou,%3Cimg%20src%3Dx%3E', 'compare'],
    ['lang=fr', 'lang'],
    ['theme=neon', 'theme'],
    ['colors=blue', 'colors'],
    ['indicator=gdp_yoy_pct', 'indicator'],
    ['sort=tech.sideways', 'sort'],
  ])('falls back on an invalid value and reports it: %s', (query, key) => {
    const { filters, ignored } = parseFilters(`?${query}`)
    expect(filters[key as keyof typeof filters]).toEqual(
      DEFAULT_FILTERS[key as keyof typeof filters],
    )
    expect(ignored).toMatchObject([{ key, reason: 'invalid' }])
  })

  it('says why January is refused: it is never published alone', () => {
    const { filters, ignored } = parseFilters('?period=2019-01')
    expect(filters.period).toBeNull()
    expect(ignored).toEqual([{ key: 'period', value: '2019-01', reason: 'january' }])
  })

  it('reports unknown keys, repeated keys and absurdly long values, and never throws', () => {
    const long = 'x'.repeat(10_000)
    const { filters, ignored } = parseFilters(
      `?foo=1&region=guangzhou&region=shenzhen&period=${long}`,
    )
    expect(filters.region).toBe('guangzhou')
    expect(filters.period).toBeNull()
    expect(ignored.map((i) => `${i.key}:${i.reason}`).sort()).toEqual([
      'foo:unknown-key',
      'period:invalid',
      'region:repeated',
    ])
    expect(ignored.every((i) => i.value.length <= 41)).toBe(true)
  })

  it('takes at most four compared regions, without repeats', () => {
    expect(parseFilters('?compare=a,b,a,c,d,e').filters.compare).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('serializeFilters', () => {
  it('leaves defaults out of the URL', () => {
    expect(serializeFilters(DEFAULT_FILTERS, null)).toBe('')
    expect(
      serializeFilters({ ...DEFAULT_FILTERS, region: 'guangzhou', period: '2019-12' }, '2019-12'),
    ).toBe('?region=guangzhou')
    expect(serializeFilters({ ...DEFAULT_FILTERS, compare: ['shenzhen', 'foshan'] }, null)).toBe(
      '?compare=shenzhen%2Cfoshan',
    )
  })

  it('round-trips through parseFilters', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      dataset: 'demo' as const,
      region: 'zhuhai',
      period: '2019-06',
      lang: 'en' as const,
    }
    expect(parseFilters(serializeFilters(filters, '2020-12')).filters).toEqual(filters)
  })
})

describe('resolveFilters as of a day', () => {
  const releases = indexReleases(ReleasesFileSchema.parse(readApiFile('releases/demo.json')))
  const { steps } = VintagesFileSchema.parse(readApiFile('vintages/demo.json'))
  const at = (day: string) =>
    catalogAsOf(catalog, asofOf('demo', day, '2026-12-07', releases, steps))
  // The demo's release of 2020年1-5月 and the next one.
  const may = releases.list.find((r) => r.id === 'd_2020_05')!
  const june = releases.list.find((r) => r.id === 'd_2020_06')!

  it('opens on the latest period published by the end of the day', () => {
    const { filters, ignored } = resolveFilters(`?dataset=demo&asof=${may.date}`, at(may.date))
    expect(ignored).toEqual([])
    expect(filters).toMatchObject({ asof: may.date, period: '2020-05', defaultPeriod: '2020-05' })
  })

  it('refuses a period published after the day, saying so', () => {
    const { filters, ignored } = resolveFilters(
      `?dataset=demo&asof=${may.date}&period=2020-06`,
      at(may.date),
    )
    expect(filters.period).toBe('2020-05')
    expect(ignored).toEqual([{ key: 'period', value: '2020-06', reason: 'unpublished-then' }])
    expect(
      resolveFilters(`?dataset=demo&asof=${june.date}&period=2020-06`, at(june.date)).ignored,
    ).toEqual([])
  })

  it.each([
    ['2010-01-01', 'asof-before'],
    ['2027-01-01', 'asof-future'],
  ])('falls back to the latest from %s (%s)', (day, reason) => {
    const { filters, ignored } = resolveFilters(`?dataset=demo&asof=${day}`, at(day))
    expect(filters.asof).toBeNull()
    expect(filters.period).toBe(datasetEntry(catalog, 'demo')!.dataAsOf)
    expect(ignored).toEqual([{ key: 'asof', value: day, reason }])
  })

  it('keeps the day when a filter changes, and leaves it for 查看最新', () => {
    const search = `?dataset=demo&asof=${may.date}`
    expect(nextSearch(search, at(may.date), { region: 'shenzhen' }).search).toBe(
      `?dataset=demo&asof=${may.date}&region=shenzhen`,
    )
    expect(nextSearch(search, at(may.date), { asof: null }).search).toBe('?dataset=demo')
  })
})

describe('resolveFilters against the data', () => {
  it('falls back from a region that does not exist', () => {
    const { filters, ignored } = resolveFilters('?region=atlantis', catalog)
    expect(filters.region).toBe('guangdong')
    expect(ignored).toEqual([{ key: 'region', value: 'atlantis', reason: 'unknown-region' }])
  })

  it('falls back from a period the dataset does not have', () => {
    const { filters, ignored } = resolveFilters('?period=2005-06', catalog)
    expect(filters.period).toBe(filters.defaultPeriod)
    expect(ignored).toMatchObject([{ key: 'period', reason: 'unknown-period' }])
  })

  it('drops unknown compared regions and the selected region itself', () => {
    const { filters } = resolveFilters(
      '?region=guangzhou&compare=guangzhou,nowhere,shenzhen',
      catalog,
    )
    expect(filters.compare).toEqual(['shenzhen'])
  })

  it('makes the URL canonical: ignored parameters removed, mode parameters kept', () => {
    expect(canonicalSearch('?region=atlantis&foo=1&view=brief&measure=month', catalog)).toBe(
      '?view=brief&measure=month',
    )
  })

  it('pins a link to what it shows: the resolved period and the dataset, whatever their defaults', () => {
    const { filters } = resolveFilters('?view=brief&lang=en', catalog)
    const pinned = new URLSearchParams(pinnedSearch('?view=brief&lang=en&foo=1', catalog))
    expect(Object.fromEntries(pinned)).toEqual({
      view: 'brief',
      lang: 'en',
      dataset: 'official',
      period: filters.defaultPeriod,
    })
    // A link that names them keeps them; one that names an unknown period gets the shown one.
    expect(pinnedSearch('?view=brief&dataset=demo&period=2019-06', catalog)).toBe(
      '?view=brief&dataset=demo&period=2019-06',
    )
    expect(new URLSearchParams(pinnedSearch('?period=2005-06', catalog)).get('period')).toBe(
      filters.defaultPeriod,
    )
  })
})

describe('defaultPeriod', () => {
  it('is the latest period with the region’s headline figure, 规上工业增加值累计增速', () => {
    const official = datasetEntry(catalog, 'official')
    // 广州: its richest period is 2019年1-12月, but its latest 累计增速 is 2024年1-8月.
    expect(defaultPeriod(official, 'guangzhou')).toBe('2024-08')
    // 深圳: 2024年1-12月, not 2019年1-12月.
    expect(defaultPeriod(official, 'shenzhen')).toBe('2024-12')
    expect(defaultPeriod(official, 'guangdong')).toBe(official?.dataAsOf)
    // The demo reaches the official data's latest period (2025年1-12月): a rehearsal opens on it.
    expect(defaultPeriod(datasetEntry(catalog, 'demo'), 'guangzhou')).toBe(official?.dataAsOf)
    expect(official?.dataAsOf).toBe('2025-12')
  })

  it("is the dataset's latest period for a region without figures", () => {
    const entry = datasetEntry(catalog, 'official')!
    expect(defaultPeriod({ ...entry, defaultPeriods: {} }, 'guangzhou')).toBe(entry.dataAsOf)
  })
})

describe('defaultPeriods', () => {
  const o = (region: string, period: string, indicator: string) => ({ region, period, indicator })
  it('takes the latest headline, else the latest key figure, and ignores other figures', () => {
    expect(
      defaultPeriods([
        o('a', '2019-12', 'iva_above_scale_yoy_pct'),
        o('a', '2020-06', 'industrial_investment_yoy_pct'),
        o('a', '2018-06', 'iva_above_scale_yoy_pct'),
        o('b', '2020-03', 'industrial_investment_yoy_pct'),
        o('b', '2021-03', 'gdp_yoy_pct'),
        o('c', '2021-03', 'gdp_yoy_pct'),
      ]),
    ).toEqual({ a: '2019-12', b: '2020-03' })
  })
})
