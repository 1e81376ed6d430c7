/**
 * The demo dataset's annual targets (issue 15): for every region and demo year, the targets a
 * 政府工作报告 would print (规模以上工业增加值增长6%左右, 工业投资增长10%以上, 技改投资保持两位数增长,
 * 完成工业投资1800亿元 …), synthetic like the demo figures and cited to the same source.
 *
 * They are set against the generated 1-12月 figures, with a seeded offset either side, so that
 * reading them gives every status the app can show (met, near, not met; ahead of and behind
 * 序时进度), a mix as in a real year, never all met — but in the calm year (DEMO_CALM_YEAR), when
every city meets every target. Every kind of target the real data has
 * appears: growth with each qualifier (以内 on one region only: a ceiling is rare), level (亿元),
 * count (家), the two qualitative targets with a threshold (两位数增长, 实现正增长) and one
 * without (提质提效). Groups get targets too, though no group publishes any: every region has
 * something to show.
 *
 * The generator writes rows of targets.csv (text cells), which the build validates with the
 * very rules of data/targets.csv (readTargetRows) before they are published.
 */
import { makePeriod } from '../../src/domain/period.ts'
import type { Region } from '../../src/schemas/regions.ts'
import { DEMO_CALM_YEAR, DEMO_SOURCE, random, type DemoObservation } from './demo.ts'
import type { TargetRow } from './tables.ts'

export interface DemoTargetOptions {
  regions: Region[]
  years: number[]
  /** The demo observations (generateDemo) the targets are set against. */
  observations: readonly DemoObservation[]
}

/**
 * The one region whose industrial-investment growth target is a ceiling (增长控制在N%以内): no
 * real target of this kind has one, but the app reads 以内, so the demo shows it somewhere.
 */
export const DEMO_CEILING_REGION = 'shanwei'

type Qualifier = TargetRow['qualifier']

/** How the target's words are printed with each qualifier; `v` is the number as printed. */
type Wording = Partial<Record<Qualifier, (v: string) => string>>

const IVA_WORDING: Wording = {
  左右: (v) => `规模以上工业增加值增长${v}%左右`,
  以上: (v) => `规模以上工业增加值增长${v}%以上`,
  力争: (v) => `力争规模以上工业增加值增长${v}%`,
  力争以上: (v) => `规模以上工业增加值力争增长${v}%以上`,
  '': (v) => `规上工业增加值增长${v}%`,
}
const INVESTMENT_GROWTH_WORDING: Wording = {
  以上: (v) => `工业投资增长${v}%以上`,
  左右: (v) => `工业投资增长${v}%左右`,
  力争: (v) => `力争工业投资增长${v}%`,
  以内: (v) => `工业投资增长控制在${v}%以内`,
}
const INVESTMENT_LEVEL_WORDING: Wording = {
  '': (v) => `完成工业投资${v}亿元`,
  力争: (v) => `力争完成工业投资${v}亿元`,
  以上: (v) => `工业投资超${v}亿元`,
  力争以上: (v) => `力争工业投资超${v}亿元`,
}
const TECH_GROWTH_WORDING: Wording = {
  以上: (v) => `技改投资增长${v}%以上`,
  左右: (v) => `技改投资增长${v}%左右`,
  力争: (v) => `力争技改投资增长${v}%`,
}
const TECH_LEVEL_WORDING: Wording = {
  '': (v) => `完成技改投资${v}亿元`,
  力争: (v) => `力争完成技改投资${v}亿元`,
}
const HIGHTECH_WORDING: Wording = {
  以上: (v) => `高技术制造业增加值增长${v}%以上`,
}
const ADVANCED_WORDING: Wording = {
  左右: (v) => `先进制造业增加值增长${v}%左右`,
}

interface GrowthRange {
  /** How far below the outcome the target may be set, in 百分点. */
  below: number
  /** How far above it. */
  above: number
  min: number
  max: number
  round: (value: number) => number
}

/**
 * A plan in 亿元 in the calm year, as a fraction of the outcome: low enough that investment,
 * booked late in the year, never trails 序时进度 by much.
 */
const CALM_LEVEL = [0.74, 0.8] as const

/** A choice among weighted options, by a draw in [0, 1). */
function pick<T>(draw: number, options: readonly (readonly [T, number])[]): T {
  let total = 0
  for (const [, weight] of options) total += weight
  let at = draw * total
  for (const [option, weight] of options) {
    if (at < weight) return option
    at -= weight
  }
  return options.at(-1)![0]
}

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value))
/** A growth target as reports print them: a whole or half percent (6%, 6.5%). */
const halfPercent = (value: number) => Math.round(value * 2) / 2
/** An amount as plans print them: 1850亿元, 320亿元, 47亿元. */
const roundAmount = (value: number) => {
  const step = value >= 1000 ? 50 : value >= 200 ? 10 : 1
  return Math.max(step, Math.round(value / step) * step)
}
/** A number of firms: 8300家, 2200家, 60家. */
const roundCount = (value: number) => {
  const step = value >= 1000 ? 100 : 10
  return Math.max(step, Math.round(value / step) * step)
}

export function generateDemoTargets({
  regions,
  years,
  observations,
}: DemoTargetOptions): TargetRow[] {
  const byKey = new Map(observations.map((o) => [`${o.region}|${o.period}|${o.indicator}`, o]))
  const rows: TargetRow[] = []

  for (const region of regions) {
    for (const year of years) {
      const calm = year === DEMO_CALM_YEAR
      /** The generated 1-12月 figure the target is set against. */
      const december = (indicator: string) =>
        byKey.get(`${region.code}|${makePeriod(year, 12)}|${indicator}`)?.value
      /** One seeded stream per region, year and subject, so one target never moves another's. */
      const draws = (what: string) => random('target', region.code, year, what)
      const push = (
        indicator: string,
        kind: TargetRow['kind'],
        value: number | null,
        qualifier: Qualifier,
        unit: string,
        text: string,
      ) =>
        rows.push({
          region: region.code,
          year: String(year),
          indicator,
          kind,
          value: value === null ? '' : String(value),
          qualifier,
          unit,
          text,
          source_id: DEMO_SOURCE.id,
          note: '',
        })
      /**
       * A growth target near the outcome: the outcome plus a seeded offset in [below, above]
       * (positive: more ambitious than the year turned out), rounded as printed and kept in
       * the range a report would set (a shock year's targets were set before the shock).
       */
      const growth = (
        indicator: string,
        wording: Wording,
        qualifiers: readonly (readonly [Qualifier, number])[],
        { below, above, min, max, round }: GrowthRange,
      ) => {
        const outcome = december(indicator)
        if (outcome === undefined) return
        const rand = draws(indicator)
        const qualifier = pick(rand(), qualifiers)
        // In the calm year every target is met, with room (a ceiling is not reached).
        const [from, to] = !calm
          ? [outcome - below, outcome + above]
          : qualifier === '以内'
            ? [outcome + 1.5, outcome + 3]
            : [outcome - 3, outcome - 1.5]
        const value = clamp(round(from + rand() * (to - from)), min, max)
        push(indicator, 'growth', value, qualifier, '%', wording[qualifier]!(String(value)))
      }
      const level = (
        indicator: string,
        wording: Wording,
        qualifiers: readonly (readonly [Qualifier, number])[],
        [low, high]: readonly [number, number],
      ) => {
        const outcome = december(indicator)
        if (outcome === undefined) return
        const rand = draws(indicator)
        const qualifier = pick(rand(), qualifiers)
        const [from, to] = calm ? CALM_LEVEL : [low, high]
        const value = roundAmount(outcome * (from + rand() * (to - from)))
        push(indicator, 'level', value, qualifier, '亿元', wording[qualifier]!(String(value)))
      }
      const words = (indicator: string, unit: '%' | '', text: string) => {
        if (december(indicator) !== undefined) push(indicator, 'qualitative', null, '', unit, text)
      }

      // 稳增长: every report has one.
      growth(
        'iva_above_scale_yoy_pct',
        IVA_WORDING,
        [
          ['左右', 45],
          ['以上', 30],
          ['力争', 10],
          ['力争以上', 8],
          ['', 7],
        ],
        { below: 2, above: 1.8, min: 3, max: 12, round: halfPercent },
      )

      // 稳投资: a rate, words, or nothing; and a plan in 亿元 for about a third.
      const investment = draws('investment')
      const investmentForm =
        region.code === DEMO_CEILING_REGION
          ? 'ceiling'
          : pick(investment(), [
              ['growth', 55],
              ['positive', 20],
              ['quality', 8],
              ['none', 17],
            ] as const)
      const investmentRange = { below: 4, above: 3, min: 3, max: 25, round: Math.round }
      if (investmentForm === 'growth') {
        growth(
          'industrial_investment_yoy_pct',
          INVESTMENT_GROWTH_WORDING,
          [
            ['以上', 60],
            ['左右', 25],
            ['力争', 15],
          ],
          investmentRange,
        )
      } else if (investmentForm === 'ceiling') {
        growth('industrial_investment_yoy_pct', INVESTMENT_GROWTH_WORDING, [['以内', 1]], {
          ...investmentRange,
          below: 1,
          above: 4,
        })
      } else if (investmentForm === 'positive') {
        words('industrial_investment_yoy_pct', '%', '工业投资实现正增长')
      } else if (investmentForm === 'quality') {
        words('industrial_investment_yoy_pct', '', '工业投资提质提效')
      }
      if (investment() < 0.35) {
        level(
          'industrial_investment_100m_yuan',
          INVESTMENT_LEVEL_WORDING,
          [
            ['', 40],
            ['力争', 25],
            ['以上', 20],
            ['力争以上', 15],
          ],
          [0.78, 1.1],
        )
      }

      // 技术改造: 两位数增长 (the province's own words), a rate, or nothing; a plan for a quarter.
      const tech = draws('tech')
      const techForm = pick(tech(), [
        ['two-digit', 40],
        ['growth', 35],
        ['none', 25],
      ] as const)
      if (techForm === 'two-digit') {
        words('tech_transformation_investment_yoy_pct', '%', '技改投资保持两位数增长')
      } else if (techForm === 'growth') {
        growth(
          'tech_transformation_investment_yoy_pct',
          TECH_GROWTH_WORDING,
          [
            ['以上', 55],
            ['左右', 25],
            ['力争', 20],
          ],
          { below: 4, above: 3, min: 5, max: 30, round: Math.round },
        )
      }
      if (tech() < 0.25) {
        level(
          'tech_transformation_investment_100m_yuan',
          TECH_LEVEL_WORDING,
          [
            ['', 60],
            ['力争', 40],
          ],
          [0.78, 1.1],
        )
      }
      // Firms carrying out 技改: the province every year, some cities. Nothing is published to
      // read a count against, so any plausible number does (about one firm per 4亿元 of value added).
      const iva = december('iva_above_scale_100m_yuan')
      if (
        iva !== undefined &&
        (region.type === 'province' || (region.type === 'city' && tech() < 0.3))
      ) {
        const firms = roundCount(iva / 4)
        push(
          'tech_transformation_firms_count',
          'count',
          firms,
          '',
          '家',
          `推动${firms}家工业企业开展技术改造`,
        )
      }

      // 稳中有进: some reports name high-tech or advanced manufacturing.
      const hightech = draws('hightech')
      if (hightech() < 0.3) {
        growth('hightech_mfg_va_yoy_pct', HIGHTECH_WORDING, [['以上', 1]], {
          below: 3,
          above: 2,
          min: 4,
          max: 20,
          round: Math.round,
        })
      }
      if (hightech() < 0.2) {
        growth('advanced_mfg_va_yoy_pct', ADVANCED_WORDING, [['左右', 1]], {
          below: 2,
          above: 2,
          min: 3,
          max: 15,
          round: halfPercent,
        })
      }
    }
  }
  return rows
}
