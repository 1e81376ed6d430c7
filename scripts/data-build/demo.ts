/**
 * The demo dataset: a complete, deterministic, synthetic dataset for trying every view.
 *
 * Every flow is generated per city and month in integer fen-of-亿元 (hundredths), then summed,
 * so that group and province levels are exactly the sums of their cities, year-to-date values
 * exactly the sums of their months, and shares exactly part ÷ whole of the published levels.
 * Growth rates are computed from the generated levels (the real bureau's comparable-price
 * rates cannot be, which is why the app never derives them: only this generator does).
 */
import type { Observation } from '../../src/schemas/observations.ts'
import type { Region } from '../../src/schemas/regions.ts'
import type { CalendarEntry, EarlierValue, Release } from '../../src/schemas/releases.ts'
import type { Source } from '../../src/schemas/sources.ts'
import {
  makePeriod,
  periodMonth,
  periodsOfYear,
  periodYear,
  type Period,
} from '../../src/domain/period.ts'
import { dayAfterPeriod } from './release-calendar.ts'

export const DEMO_SOURCE: Source = {
  id: 'demo-synthetic',
  publisher: '演示数据生成器 / Demo data generator',
  title: '演示数据（模拟生成，非统计数据） / Demo data (synthetic, not statistics)',
  date: '',
  url: '',
  via: '',
  grade: 'synthetic',
}

export const DEMO_SEED = 20200514

/** The demo's first year: it opens with 1-2月 of 2018 (the 2020 shock falls in its third year). */
export const DEMO_FIRST_YEAR = 2018

/**
 * The demo's calm year: every city grows near the province's pace, a little faster month by
 * month, and meets its targets, so that 需关注 finds little or nothing in its periods. A real
 * year has months like that, and the views must show them (the panel's "nothing to report").
 */
export const DEMO_CALM_YEAR = 2019

/** What the demo dataset covers: its years, the last of them up to `through` only. */
export interface DemoSpan {
  years: number[]
  /** The demo's last period: the official data's latest (see demoSpan). */
  through: Period
}

/**
 * The demo reaches the latest period the official data reach, so that a rehearsal looks like
 * this month's meeting; it follows each import, and is the same for the same tables. It starts
 * in DEMO_FIRST_YEAR, or covers the last `lastYears` years (--scale). Without an official figure
 * (fixture tables) it is DEMO_FIRST_YEAR alone.
 */
export function demoSpan(official: readonly { period: Period }[], lastYears?: number): DemoSpan {
  const latest = official.reduce<Period | null>(
    (max, { period }) => (max === null || period > max ? period : max),
    null,
  )
  const through = latest ?? makePeriod(DEMO_FIRST_YEAR, 12)
  const last = periodYear(through)
  const first = lastYears === undefined ? DEMO_FIRST_YEAR : last - lastYears + 1
  return { years: Array.from({ length: last - first + 1 }, (_, i) => first + i), through }
}

/** "2018-02 to 2025-12": the span as npm run data and bench:data print it. */
export const spanText = ({ years, through }: DemoSpan) =>
  `${makePeriod(years[0]!, 2)} to ${through}`

export interface DemoObservation {
  region: string
  period: string
  indicator: string
  value: number
  decimals: number
  source: string
}

interface CityProfile {
  code: string
  /** Above-scale industrial value added of the base year, 亿元. */
  iva: number
  /** Underlying yearly growth of value added, %. */
  growth: number
  hightechShare: number
  advancedShare: number
  /** Industrial investment as a fraction of value added. */
  investmentRatio: number
  /** Technical transformation as a fraction of industrial investment. */
  techShare: number
}

/** Magnitudes of the late 2010s, rounded: plausible, not real. */
const CITY_PROFILES: CityProfile[] = [
  {
    code: 'guangzhou',
    iva: 4400,
    growth: 5.5,
    hightechShare: 0.15,
    advancedShare: 0.6,
    investmentRatio: 0.22,
    techShare: 0.33,
  },
  {
    code: 'shenzhen',
    iva: 8800,
    growth: 8.5,
    hightechShare: 0.66,
    advancedShare: 0.71,
    investmentRatio: 0.1,
    techShare: 0.46,
  },
  {
    code: 'zhuhai',
    iva: 1000,
    growth: 7.5,
    hightechShare: 0.3,
    advancedShare: 0.55,
    investmentRatio: 0.22,
    techShare: 0.3,
  },
  {
    code: 'foshan',
    iva: 4600,
    growth: 6.5,
    hightechShare: 0.07,
    advancedShare: 0.48,
    investmentRatio: 0.18,
    techShare: 0.45,
  },
  {
    code: 'huizhou',
    iva: 1700,
    growth: 8,
    hightechShare: 0.42,
    advancedShare: 0.64,
    investmentRatio: 0.3,
    techShare: 0.3,
  },
  {
    code: 'dongguan',
    iva: 3600,
    growth: 8,
    hightechShare: 0.38,
    advancedShare: 0.5,
    investmentRatio: 0.12,
    techShare: 0.4,
  },
  {
    code: 'zhongshan',
    iva: 1150,
    growth: 5,
    hightechShare: 0.17,
    advancedShare: 0.45,
    investmentRatio: 0.2,
    techShare: 0.38,
  },
  {
    code: 'jiangmen',
    iva: 950,
    growth: 7,
    hightechShare: 0.12,
    advancedShare: 0.4,
    investmentRatio: 0.3,
    techShare: 0.4,
  },
  {
    code: 'zhaoqing',
    iva: 700,
    growth: 6.5,
    hightechShare: 0.1,
    advancedShare: 0.33,
    investmentRatio: 0.35,
    techShare: 0.3,
  },
  {
    code: 'shantou',
    iva: 650,
    growth: 7.5,
    hightechShare: 0.04,
    advancedShare: 0.25,
    investmentRatio: 0.3,
    techShare: 0.35,
  },
  {
    code: 'shanwei',
    iva: 200,
    growth: 9.5,
    hightechShare: 0.2,
    advancedShare: 0.35,
    investmentRatio: 0.45,
    techShare: 0.25,
  },
  {
    code: 'chaozhou',
    iva: 330,
    growth: 5.5,
    hightechShare: 0.08,
    advancedShare: 0.24,
    investmentRatio: 0.3,
    techShare: 0.35,
  },
  {
    code: 'jieyang',
    iva: 750,
    growth: 4.5,
    hightechShare: 0.05,
    advancedShare: 0.3,
    investmentRatio: 0.35,
    techShare: 0.3,
  },
  {
    code: 'yangjiang',
    iva: 400,
    growth: 7,
    hightechShare: 0.03,
    advancedShare: 0.45,
    investmentRatio: 0.5,
    techShare: 0.25,
  },
  {
    code: 'zhanjiang',
    iva: 750,
    growth: 6.5,
    hightechShare: 0.03,
    advancedShare: 0.5,
    investmentRatio: 0.4,
    techShare: 0.3,
  },
  {
    code: 'maoming',
    iva: 700,
    growth: 5,
    hightechShare: 0.02,
    advancedShare: 0.55,
    investmentRatio: 0.3,
    techShare: 0.35,
  },
  {
    code: 'shaoguan',
    iva: 320,
    growth: 6,
    hightechShare: 0.04,
    advancedShare: 0.3,
    investmentRatio: 0.35,
    techShare: 0.4,
  },
  {
    code: 'heyuan',
    iva: 300,
    growth: 6.5,
    hightechShare: 0.25,
    advancedShare: 0.4,
    investmentRatio: 0.3,
    techShare: 0.3,
  },
  {
    code: 'meizhou',
    iva: 210,
    growth: 5,
    hightechShare: 0.06,
    advancedShare: 0.22,
    investmentRatio: 0.4,
    techShare: 0.3,
  },
  {
    code: 'qingyuan',
    iva: 420,
    growth: 6,
    hightechShare: 0.05,
    advancedShare: 0.3,
    investmentRatio: 0.4,
    techShare: 0.3,
  },
  {
    code: 'yunfu',
    iva: 250,
    growth: 6.5,
    hightechShare: 0.04,
    advancedShare: 0.25,
    investmentRatio: 0.4,
    techShare: 0.28,
  },
]

/** The calm year's pace, about the province's: the cities' own paces are drawn towards it. */
const CALM_PACE = 7

/** Share of a year's value added made in each month: January and February are the quietest. */
const VALUE_ADDED_SEASON = [
  0.07, 0.055, 0.085, 0.082, 0.085, 0.09, 0.083, 0.085, 0.09, 0.085, 0.093, 0.097,
]
/** Investment is booked late in the year. */
const INVESTMENT_SEASON = [0.04, 0.04, 0.07, 0.07, 0.08, 0.1, 0.08, 0.08, 0.1, 0.09, 0.11, 0.14]

/** mulberry32, seeded per series so that adding a city does not change the others. */
export function random(...keys: (string | number)[]): () => number {
  let h = DEMO_SEED
  for (const ch of keys.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761)
  let state = h >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FLOWS = ['iva', 'below', 'hightech', 'advanced', 'investment', 'tech'] as const
type Flow = (typeof FLOWS)[number]
/** Monthly flows in hundredths of 亿元, by flow, year and month (1-12). */
type Flows = Record<Flow, Map<number, number[]>>

/** The year's 技改 share of industrial investment, from its flows; null before the first year. */
function yearShare(flows: Flows, year: number): number | null {
  const sum = (flow: Flow) => flows[flow].get(year)?.reduce((a, b) => a + b, 0)
  const [tech, investment] = [sum('tech'), sum('investment')]
  return tech === undefined || !investment ? null : tech / investment
}

function cityFlows(profile: CityProfile, years: number[]): Flows {
  const flows = Object.fromEntries(FLOWS.map((f) => [f, new Map<number, number[]>()])) as Flows
  const rand = random('city', profile.code)
  const noise = (spread: number) => (rand() * 2 - 1) * spread
  const baseYear = years[0]! - 1
  const premium = { hightech: 2 + noise(3), advanced: 0.5 + noise(1.5) }

  for (const year of [baseYear, ...years]) {
    // The calm year draws as many numbers as any other (so the years after it keep their
    // draws) but narrows what they do: the cities' paces close up, month-to-month noise
    // nearly vanishes, and growth edges up through the year, so that no figure falls back.
    const calm = year === DEMO_CALM_YEAR
    const spread = calm ? 0.3 : 1
    const jitter = calm ? 0.05 : 1
    const lift = (month: number) => (calm ? 0.1 * month : 0)
    const yearGrowth = CALM_PACE + (profile.growth - CALM_PACE + noise(1.5)) * spread
    const investmentGrowth = 9 + noise(12) * spread
    // 技改 grows faster than the rest of industrial investment, so its share rises — but a
    // share far above the city's own (1.3 times it) is pulled back, or over the years it would
    // climb towards all of industrial investment.
    const share = yearShare(flows, year - 1)
    const pull = share === null ? 0 : Math.max(0, share / profile.techShare - 1.3) * 100
    const techGrowth = investmentGrowth + 6 + noise(14) * spread - pull
    const hightechPremium = 2 + (premium.hightech - 2) * spread
    const advancedPremium = 0.5 + (premium.advanced - 0.5) * spread
    const row = (flow: Flow, month: number, base: () => number, growth: number) => {
      const last = flows[flow].get(year - 1)?.[month - 1]
      return last === undefined ? base() : last * (1 + growth / 100)
    }
    for (const flow of FLOWS) flows[flow].set(year, [])
    for (let month = 1; month <= 12; month++) {
      // A 2020-style shock: a deep fall in the first months that eases by the autumn, so that
      // year-to-date growth is negative early in the year, its decline narrows, and it turns to
      // growth (下降, 降幅收窄, 由降转增) — at a different month in each city.
      const slump = year === 2020 ? Math.max(0, 26 - month * (5 + noise(1))) : 0
      const growth = yearGrowth - slump + noise(1.2) * jitter + lift(month)
      const iva = row(
        'iva',
        month,
        () => profile.iva * VALUE_ADDED_SEASON[month - 1]! * (1 + noise(0.02)),
        growth,
      )
      const investmentBase = profile.iva * profile.investmentRatio * INVESTMENT_SEASON[month - 1]!
      const values: Record<Flow, number> = {
        iva,
        below: row('below', month, () => iva * 0.18, growth - 1.5 + noise(3) * jitter),
        hightech: row(
          'hightech',
          month,
          () => iva * profile.hightechShare,
          growth + hightechPremium + noise(2) * jitter,
        ),
        advanced: row(
          'advanced',
          month,
          () => iva * profile.advancedShare,
          growth + advancedPremium + noise(1) * jitter,
        ),
        investment: row(
          'investment',
          month,
          () => investmentBase * (1 + noise(0.1)),
          investmentGrowth + noise(5) * jitter + lift(month),
        ),
        tech: row(
          'tech',
          month,
          () => investmentBase * profile.techShare,
          techGrowth + noise(6) * jitter + lift(month),
        ),
      }
      for (const flow of FLOWS) flows[flow].get(year)!.push(values[flow])
    }
  }
  // Round once, at the end, so that every sum below is exact.
  for (const flow of FLOWS) {
    for (const [year, months] of flows[flow])
      flows[flow].set(
        year,
        months.map((v) => Math.round(v * 100)),
      )
  }
  return flows
}

function sumFlows(parts: Flows[], years: number[]): Flows {
  const flows = Object.fromEntries(FLOWS.map((f) => [f, new Map<number, number[]>()])) as Flows
  for (const flow of FLOWS) {
    for (const year of [years[0]! - 1, ...years]) {
      flows[flow].set(
        year,
        Array.from({ length: 12 }, (_, m) =>
          parts.reduce((sum, p) => sum + p[flow].get(year)![m]!, 0),
        ),
      )
    }
  }
  return flows
}

const round1 = (value: number) => {
  const rounded = Math.round(value * 10) / 10
  return rounded === 0 ? 0 : rounded
}
const growthPct = (now: number, before: number) => round1((now / before - 1) * 100)
const yuan = (hundredths: number) => hundredths / 100

function ytd(flows: Flows, flow: Flow, year: number, month: number): number {
  return flows[flow]
    .get(year)!
    .slice(0, month)
    .reduce((a, b) => a + b, 0)
}

function observationsOf(region: string, flows: Flows, years: number[]): DemoObservation[] {
  const out: DemoObservation[] = []
  const push = (period: string, indicator: string, value: number, decimals: number) =>
    out.push({ region, period, indicator, value, decimals, source: DEMO_SOURCE.id })

  for (const year of years) {
    for (let month = 2; month <= 12; month++) {
      const period = makePeriod(year, month)
      const now = (flow: Flow) => ytd(flows, flow, year, month)
      const before = (flow: Flow) => ytd(flows, flow, year - 1, month)
      const monthOf = (flow: Flow, y: number) => flows[flow].get(y)![month - 1]!

      // The bureau publishes no February alone: 1-2月 is the first period of the year.
      if (month > 2) {
        push(period, 'iva_above_scale_month_100m_yuan', yuan(monthOf('iva', year)), 2)
        push(
          period,
          'iva_above_scale_month_yoy_pct',
          growthPct(monthOf('iva', year), monthOf('iva', year - 1)),
          1,
        )
      }
      push(period, 'iva_above_scale_100m_yuan', yuan(now('iva')), 2)
      push(period, 'iva_above_scale_yoy_pct', growthPct(now('iva'), before('iva')), 1)
      push(period, 'iva_below_scale_yoy_pct', growthPct(now('below'), before('below')), 1)
      push(period, 'industrial_investment_100m_yuan', yuan(now('investment')), 2)
      push(
        period,
        'industrial_investment_yoy_pct',
        growthPct(now('investment'), before('investment')),
        1,
      )
      push(period, 'tech_transformation_investment_100m_yuan', yuan(now('tech')), 2)
      push(
        period,
        'tech_transformation_investment_yoy_pct',
        growthPct(now('tech'), before('tech')),
        1,
      )
      push(
        period,
        'tech_transformation_investment_share_of_industrial_investment_pct',
        round1((now('tech') / now('investment')) * 100),
        1,
      )
      push(period, 'hightech_mfg_va_100m_yuan', yuan(now('hightech')), 2)
      push(period, 'hightech_mfg_va_yoy_pct', growthPct(now('hightech'), before('hightech')), 1)
      push(period, 'hightech_mfg_va_share_pct', round1((now('hightech') / now('iva')) * 100), 1)
      // A contribution to growth means little when there is hardly any growth: not published
      // then, as a bureau would not (it would read in the thousands of percent).
      if (Math.abs(now('iva') / before('iva') - 1) >= 0.01) {
        push(
          period,
          'hightech_mfg_contribution_pct',
          round1(((now('hightech') - before('hightech')) / (now('iva') - before('iva'))) * 100),
          1,
        )
      }
      push(period, 'advanced_mfg_va_100m_yuan', yuan(now('advanced')), 2)
      push(period, 'advanced_mfg_va_yoy_pct', growthPct(now('advanced'), before('advanced')), 1)
      push(period, 'advanced_mfg_va_share_pct', round1((now('advanced') / now('iva')) * 100), 1)
    }
  }
  return out
}

export interface DemoOptions {
  regions: Region[]
  years: number[]
}

/**
 * The indicators of the demo dataset: every indicator of the three stabilities and 技改, for
 * every region and period — but for the month figures, never published for 1-2月, and the
 * contribution rate, left out when growth is too near zero for it to mean anything.
 */
export const DEMO_INDICATORS = [
  'iva_above_scale_month_100m_yuan',
  'iva_above_scale_month_yoy_pct',
  'iva_above_scale_100m_yuan',
  'iva_above_scale_yoy_pct',
  'iva_below_scale_yoy_pct',
  'industrial_investment_100m_yuan',
  'industrial_investment_yoy_pct',
  'tech_transformation_investment_100m_yuan',
  'tech_transformation_investment_yoy_pct',
  'tech_transformation_investment_share_of_industrial_investment_pct',
  'hightech_mfg_va_100m_yuan',
  'hightech_mfg_va_yoy_pct',
  'hightech_mfg_va_share_pct',
  'hightech_mfg_contribution_pct',
  'advanced_mfg_va_100m_yuan',
  'advanced_mfg_va_yoy_pct',
  'advanced_mfg_va_share_pct',
] as const

/** A profile for a city without one (the --scale cities), drawn from the same ranges. */
function syntheticProfile(code: string): CityProfile {
  const rand = random('profile', code)
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo)
  return {
    code,
    iva: Math.round(between(150, 3000)),
    growth: between(4, 9),
    hightechShare: between(0.03, 0.5),
    advancedShare: between(0.2, 0.7),
    investmentRatio: between(0.1, 0.45),
    techShare: between(0.25, 0.45),
  }
}

export function generateDemo({ regions, years }: DemoOptions): DemoObservation[] {
  const profiles = new Map(CITY_PROFILES.map((p) => [p.code, p]))
  const cities = regions.filter((r) => r.type === 'city')
  const flowsByCity = new Map(
    cities.map((city) => [
      city.code,
      cityFlows(profiles.get(city.code) ?? syntheticProfile(city.code), years),
    ]),
  )
  const out: DemoObservation[] = []
  for (const region of regions) {
    const members =
      region.type === 'city'
        ? [region.code]
        : cities
            .filter((c) => region.type === 'province' || c.group === region.code)
            .map((c) => c.code)
    const flows =
      region.type === 'city'
        ? flowsByCity.get(region.code)!
        : sumFlows(
            members.map((code) => flowsByCity.get(code)!),
            years,
          )
    out.push(...observationsOf(region.code, flows, years))
  }
  return out
}

/**
 * The day the demo's table of a period is expected: the 18th to the 22nd of the month after,
 * drawn per period (a provincial bureau's rhythm; synthetic like the figures).
 */
export function demoReleaseDay(period: Period): string {
  const day = 18 + Math.floor(random('release', period)() * 5)
  return `${dayAfterPeriod(period).slice(0, 7)}-${day}`
}

/** The demo's release calendar: every period it publishes, and those of the 12 months after. */
export function demoCalendar({ years, through }: DemoSpan): CalendarEntry[] {
  const ahead = Array.from({ length: 12 }, (_, i) => {
    const months = periodYear(through) * 12 + periodMonth(through) + i
    return makePeriod(Math.floor(months / 12), (months % 12) + 1)
  }).filter((period) => periodMonth(period) !== 1)
  return [...years.flatMap(periodsOfYear).filter((p) => p <= through), ...ahead].map((period) => ({
    dataset: 'demo',
    period,
    date: demoReleaseDay(period),
  }))
}

/** The figures each demo release revises of the period before (a bureau's usual corrections). */
const DEMO_REVISED = ['iva_above_scale_yoy_pct', 'industrial_investment_yoy_pct'] as const

export interface DemoReleases {
  observations: Observation[]
  releases: Release[]
  earlier: EarlierValue[]
}

/**
 * The demo's releases: one a period (d_YYYY_MM), on its calendar day — but never after
 * `notAfter`, the official data's latest release, which the demo follows — bringing that
 * period's figures. Each but the first also revises two figures of the period before, a city's
 * value-added and another's investment growth: the generated figure is the revised one, and
 * the value first published (0.1 or 0.2 points off) is kept as an earlier value, so that the
 * demo shows 本期更新 and 修订 as a real month does.
 */
export function releaseDemo(
  observations: readonly DemoObservation[],
  regions: readonly Region[],
  notAfter: string | null,
): DemoReleases {
  const periods = [...new Set(observations.map((o) => o.period))].sort()
  const cities = regions.filter((r) => r.type === 'city').map((r) => r.code)
  const idOf = (period: Period) => `d_${period.replace('-', '_')}`
  const key = (region: string, period: string, indicator: string) =>
    `${region} ${period} ${indicator}`
  const byKey = new Map(observations.map((o) => [key(o.region, o.period, o.indicator), o]))
  /** The release that published each revised figure's current value. */
  const revisedBy = new Map<string, string>()
  const earlier: EarlierValue[] = []
  const counts = new Map<string, number>()
  for (const { period } of observations) counts.set(period, (counts.get(period) ?? 0) + 1)
  const releases: Release[] = periods.map((period, i) => {
    const previous = periods[i - 1]
    const revised: string[] = []
    if (previous !== undefined && cities.length > 1) {
      const rand = random('revision', period)
      const first = Math.floor(rand() * cities.length)
      const second = (first + 1 + Math.floor(rand() * (cities.length - 1))) % cities.length
      DEMO_REVISED.forEach((indicator, n) => {
        const figure = byKey.get(key(cities[n === 0 ? first : second]!, previous, indicator))
        if (!figure) return
        const off = (rand() < 0.5 ? -1 : 1) * (rand() < 0.5 ? 0.1 : 0.2)
        earlier.push({
          region: figure.region,
          period: figure.period,
          indicator: figure.indicator,
          value: round1(figure.value + off),
          decimals: figure.decimals,
          source: figure.source,
          release: idOf(previous),
        })
        revisedBy.set(key(figure.region, figure.period, figure.indicator), idOf(period))
        revised.push(figure.period)
      })
    }
    const day = demoReleaseDay(period)
    return {
      id: idOf(period),
      date: notAfter !== null && notAfter < day ? notAfter : day,
      source: DEMO_SOURCE.id,
      table: `${periodYear(period)}年1-${periodMonth(period)}月 演示数据（模拟生成）`,
      periods: [...new Set([...revised, period])].sort(),
      added: counts.get(period)!,
      revised: revised.length,
      unchanged: 0,
    }
  })
  return {
    observations: observations.map((o) => ({
      ...o,
      release: revisedBy.get(key(o.region, o.period, o.indicator)) ?? idOf(o.period),
    })),
    releases,
    earlier,
  }
}
