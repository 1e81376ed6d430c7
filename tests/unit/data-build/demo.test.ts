import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildApi } from '../../../scripts/data-build/api.ts'
import {
  DEMO_FIRST_YEAR,
  DEMO_INDICATORS,
  demoCalendar,
  demoSpan,
  generateDemo,
  releaseDemo,
  type DemoObservation,
} from '../../../scripts/data-build/demo.ts'
import { readTables } from '../../../scripts/data-build/tables.ts'
import { ManifestSchema } from '../../../src/schemas/manifest.ts'
import { ObservationsFileSchema, observationsPath } from '../../../src/schemas/observations.ts'
import { ReleaseCalendarFileSchema, ReleasesFileSchema } from '../../../src/schemas/releases.ts'
import { TargetsFileSchema, targetsPath } from '../../../src/schemas/targets.ts'
import { GENERATED_AT } from './helpers.ts'
import { makePeriod, periodMonth, periodsOfYear, periodYear } from '../../../src/domain/period.ts'

const { tables } = readTables('data')
const regions = tables.regions
const span = demoSpan(tables.observations)
const DEMO_YEARS = span.years
const demo = generateDemo({ regions, years: DEMO_YEARS })
const byKey = new Map(demo.map((o) => [`${o.region}|${o.period}|${o.indicator}`, o]))
const get = (region: string, period: string, indicator: string): DemoObservation => {
  const o = byKey.get(`${region}|${period}|${indicator}`)
  if (!o) throw new Error(`missing ${region} ${period} ${indicator}`)
  return o
}
/** Levels compared in hundredths of 亿元, the generator's unit, so sums are exact. */
const cents = (value: number) => Math.round(value * 100)
const periods = DEMO_YEARS.flatMap(periodsOfYear)
const cities = regions.filter((r) => r.type === 'city')

describe('the demo dataset', () => {
  it('is the same on every run', () => {
    expect(generateDemo({ regions, years: DEMO_YEARS })).toEqual(demo)
  })

  it('reaches the latest period of the official data (2025年1-12月), from 2018年1-2月', () => {
    const latest = tables.observations
      .map((o) => o.period)
      .sort()
      .at(-1)
    expect(span).toEqual({
      years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
      through: latest,
    })
    expect(latest).toBe('2025-12')
  })

  it('is said as it is in README.md and docs/api.md', () => {
    for (const file of ['README.md', 'docs/api.md']) {
      const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ')
      const said =
        /(\d{4})年1-2月 to the official data(?:set)?'s latest period \((?:its `dataAsOf`, )?now (\d{4})年1-(\d{1,2})月/.exec(
          text,
        )
      expect(said, `${file}: the demo's span`).not.toBeNull()
      expect(said!.slice(1).map(Number), file).toEqual([
        DEMO_FIRST_YEAR,
        periodYear(span.through),
        periodMonth(span.through),
      ])
    }
  })

  it('ends in the year under way when the official data do: a partial last year, or the last years of --scale', () => {
    expect(demoSpan([{ period: '2025-12' }, { period: '2026-03' }, { period: '2019-06' }])).toEqual(
      {
        years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
        through: '2026-03',
      },
    )
    expect(demoSpan([{ period: '2026-03' }], 3)).toEqual({
      years: [2024, 2025, 2026],
      through: '2026-03',
    })
    // No official figure (fixture tables): its first year alone.
    expect(demoSpan([])).toEqual({ years: [DEMO_FIRST_YEAR], through: '2018-12' })
  })

  it('publishes its months up to its last period, and the targets of the year under way', () => {
    const files = buildApi(tables, {
      generatedAt: GENERATED_AT,
      demo: { years: [2025, 2026], through: '2026-03' },
    })
    const manifest = ManifestSchema.parse(JSON.parse(files.get('index.json')!))
    const entry = manifest.datasets.find((d) => d.id === 'demo')!
    expect(entry.dataAsOf).toBe('2026-03')
    expect(entry.years.map((y) => y.year)).toEqual([2025, 2026])
    const year = ObservationsFileSchema.parse(
      JSON.parse(files.get(observationsPath('demo', 2026))!),
    )
    expect(new Set(year.observations.map((o) => o.period))).toEqual(new Set(['2026-02', '2026-03']))
    const targets = TargetsFileSchema.parse(JSON.parse(files.get(targetsPath('demo'))!)).targets
    expect(
      targets.filter((t) => t.year === 2026 && t.region === 'guangdong').length,
    ).toBeGreaterThan(0)
  })

  it('is complete: every region, indicator and period from 2018年1-2月 to its last period', () => {
    expect(periods[0]).toBe('2018-02')
    expect(periods.at(-1)).toBe(span.through)
    expect(periods).not.toContain('2019-01')
    expect(byKey.size).toBe(demo.length)
    // Left out only where a bureau publishes nothing: February alone (1-2月 is the first
    // period), and a contribution to growth when growth is within 1% of zero.
    for (const region of regions) {
      for (const period of periods) {
        for (const indicator of DEMO_INDICATORS) {
          if (byKey.has(`${region.code}|${period}|${indicator}`)) continue
          const why = indicator.includes('_month_')
            ? period.endsWith('-02')
            : indicator === 'hightech_mfg_contribution_pct' &&
              Math.abs(get(region.code, period, 'iva_above_scale_yoy_pct').value) < 1.05
          expect(why, `${region.code} ${period} ${indicator}`).toBe(true)
        }
      }
    }
  })

  it('cites its synthetic source on every observation', () => {
    expect(new Set(demo.map((o) => o.source))).toEqual(new Set(['demo-synthetic']))
  })

  const levels = [
    'iva_above_scale_100m_yuan',
    'iva_above_scale_month_100m_yuan',
    'industrial_investment_100m_yuan',
    'tech_transformation_investment_100m_yuan',
    'hightech_mfg_va_100m_yuan',
    'advanced_mfg_va_100m_yuan',
  ]

  it('sums cities exactly into their groups and the province', () => {
    for (const period of periods) {
      for (const indicator of levels) {
        if (!byKey.has(`guangdong|${period}|${indicator}`)) continue // February alone
        const province = cities.reduce(
          (sum, c) => sum + cents(get(c.code, period, indicator).value),
          0,
        )
        expect(cents(get('guangdong', period, indicator).value), `${period} ${indicator}`).toBe(
          province,
        )
        for (const group of regions.filter((r) => r.type === 'group')) {
          const members = cities.filter((c) => c.group === group.code)
          const sum = members.reduce((s, c) => s + cents(get(c.code, period, indicator).value), 0)
          expect(cents(get(group.code, period, indicator).value)).toBe(sum)
        }
      }
    }
  })

  it('makes each share its part ÷ whole of the same region and period, to the published decimal', () => {
    const shares = [
      ['hightech_mfg_va_share_pct', 'hightech_mfg_va_100m_yuan', 'iva_above_scale_100m_yuan'],
      ['advanced_mfg_va_share_pct', 'advanced_mfg_va_100m_yuan', 'iva_above_scale_100m_yuan'],
      [
        'tech_transformation_investment_share_of_industrial_investment_pct',
        'tech_transformation_investment_100m_yuan',
        'industrial_investment_100m_yuan',
      ],
    ] as const
    for (const region of regions) {
      for (const period of periods) {
        for (const [share, part, whole] of shares) {
          const exact =
            (get(region.code, period, part).value / get(region.code, period, whole).value) * 100
          const published = get(region.code, period, share).value
          expect(
            Math.abs(published - exact),
            `${region.code} ${period} ${share}`,
          ).toBeLessThanOrEqual(0.05)
          expect(published).toBeGreaterThanOrEqual(0)
          expect(published).toBeLessThanOrEqual(100)
        }
      }
    }
  })

  it('adds each month to the year-to-date value of the period before', () => {
    for (const region of regions) {
      for (const year of DEMO_YEARS) {
        for (let month = 3; month <= 12; month++) {
          const ytd = cents(
            get(region.code, makePeriod(year, month), 'iva_above_scale_100m_yuan').value,
          )
          const before = cents(
            get(region.code, makePeriod(year, month - 1), 'iva_above_scale_100m_yuan').value,
          )
          const inMonth = cents(
            get(region.code, makePeriod(year, month), 'iva_above_scale_month_100m_yuan').value,
          )
          expect(ytd - before, `${region.code} ${year}-${month}`).toBe(inMonth)
        }
        // 1-2月 holds January too, and February is never published alone.
        expect(byKey.has(`${region.code}|${year}-02|iva_above_scale_month_100m_yuan`)).toBe(false)
        expect(byKey.has(`${region.code}|${year}-02|iva_above_scale_month_yoy_pct`)).toBe(false)
      }
    }
  })

  it('has plausible magnitudes: the province near 3万亿元 a year, Shenzhen the largest city', () => {
    const province = get('guangdong', '2019-12', 'iva_above_scale_100m_yuan').value
    expect(province).toBeGreaterThan(25_000)
    expect(province).toBeLessThan(45_000)
    const largest = cities
      .map((c) => ({
        code: c.code,
        value: get(c.code, '2019-12', 'iva_above_scale_100m_yuan').value,
      }))
      .sort((a, b) => b.value - a.value)[0]
    expect(largest?.code).toBe('shenzhen')
  })

  it('includes declines, so the views can be tried with negative growth', () => {
    const negatives = demo.filter((o) => o.indicator.endsWith('_yoy_pct') && o.value < 0)
    expect(negatives.length).toBeGreaterThan(0)
  })

  it('has a 2020-style shock: declines that narrow and turn to growth within the year', () => {
    const growth = (region: string, month: number) =>
      get(region, makePeriod(2020, month), 'iva_above_scale_yoy_pct').value
    expect(growth('guangdong', 2)).toBeLessThan(-5)
    expect(growth('guangdong', 12)).toBeGreaterThan(0)
    const kinds = new Set<string>()
    for (const city of cities) {
      for (let month = 3; month <= 12; month++) {
        const [before, now] = [growth(city.code, month - 1), growth(city.code, month)]
        if (before < 0 && now < 0 && now > before) kinds.add('降幅收窄')
        if (before < 0 && now > 0) kinds.add('由降转增')
      }
    }
    expect([...kinds].sort()).toEqual(['由降转增', '降幅收窄'])
  })
})

describe('the demo’s releases and calendar', () => {
  const released = releaseDemo(demo, regions, null)
  const releaseOf = new Map(released.releases.map((r) => [r.id, r]))
  const calendar = demoCalendar(span)
  const due = new Map(calendar.map((entry) => [entry.period, entry.date]))

  it('are the same on every run', () => {
    expect(releaseDemo(demo, regions, null)).toEqual(released)
    expect(demoCalendar(span)).toEqual(calendar)
  })

  it('release each period once, oldest first, on its calendar day: the 18th to the 22nd of the month after', () => {
    expect(released.releases.map((r) => r.id)).toEqual(
      periods.map((p) => `d_${p.replace('-', '_')}`),
    )
    for (const [release, period] of released.releases.map((r, i) => [r, periods[i]!] as const)) {
      expect(release.date, period).toBe(due.get(period))
      const [year, month, day] = release.date.split('-').map(Number) as [number, number, number]
      expect(year * 12 + month, period).toBe(periodYear(period) * 12 + periodMonth(period) + 1)
      expect(day).toBeGreaterThanOrEqual(18)
      expect(day).toBeLessThanOrEqual(22)
      expect(release.added).toBe(demo.filter((o) => o.period === period).length)
    }
  })

  it('run their calendar twelve months past the last period, January left out', () => {
    const months = (period: string) => periodYear(period) * 12 + periodMonth(period)
    const ahead = calendar.map((e) => e.period).slice(periods.length)
    expect(calendar.map((e) => e.period).slice(0, periods.length)).toEqual(periods)
    expect(ahead.map((p) => months(p) - months(span.through))).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1).filter(
        (n) => (periodMonth(span.through) + n) % 12 !== 1,
      ),
    )
    expect(new Set(calendar.map((e) => e.dataset))).toEqual(new Set(['demo']))
  })

  it('revise two figures of the period before in each release but the first, keeping the value first published', () => {
    expect(released.releases[0]).toMatchObject({ revised: 0, periods: [periods[0]] })
    expect(released.earlier).toHaveLength(2 * (periods.length - 1))
    for (const [i, release] of released.releases.entries()) {
      if (i === 0) continue
      expect(release).toMatchObject({ revised: 2, periods: [periods[i - 1], periods[i]] })
    }
    const current = new Map(
      released.observations.map((o) => [`${o.region}|${o.period}|${o.indicator}`, o]),
    )
    for (const value of released.earlier) {
      const figure = current.get(`${value.region}|${value.period}|${value.indicator}`)!
      // The release after the one that first published it gave the figure its value.
      const next = periods[periods.indexOf(value.period) + 1]!
      expect(value.release).toBe(`d_${value.period.replace('-', '_')}`)
      expect(figure.release).toBe(`d_${next.replace('-', '_')}`)
      expect([0.1, 0.2]).toContain(Math.round(Math.abs(figure.value - value.value) * 10) / 10)
      expect(value.decimals).toBe(figure.decimals)
      expect(releaseOf.get(figure.release)!.periods).toContain(value.period)
    }
    // Every other figure is its own period's.
    const revised = new Set(released.earlier.map((v) => `${v.region}|${v.period}|${v.indicator}`))
    for (const o of released.observations)
      if (!revised.has(`${o.region}|${o.period}|${o.indicator}`))
        expect(o.release).toBe(`d_${o.period.replace('-', '_')}`)
  })

  it('are never dated after the official data’s latest release', () => {
    // The first of the month of its last release: after the one before, not after the last.
    const cap = `${released.releases.at(-1)!.date.slice(0, 7)}-01`
    const capped = releaseDemo(demo, regions, cap)
    expect(capped.releases.at(-1)!.date).toBe(cap)
    expect(capped.releases.at(-2)!.date).toBe(released.releases.at(-2)!.date)
  })

  it('are published in the API, with the calendar', () => {
    const files = buildApi(tables, { generatedAt: GENERATED_AT, demo: span })
    const file = ReleasesFileSchema.parse(JSON.parse(files.get('releases/demo.json')!))
    expect(file.dataset).toBe('demo')
    expect(file.releases.at(-1)!.id).toBe(`d_${span.through.replace('-', '_')}`)
    const entries = ReleaseCalendarFileSchema.parse(
      JSON.parse(files.get('release-calendar.json')!),
    ).entries
    expect(entries.filter((e) => e.dataset === 'demo')).toEqual(calendar)
  })
})
