/**
 * A figure read against the year's published target (issue 15; PRODUCT.md, "Targets and
 * 序时进度"; README, "Targets"). Pure: kinds, numbers with their decimals and periods, never
 * words, so the UI can say them in either language.
 *
 * - A growth target (增长5%左右) is read against the latest cumulative growth of the year: the
 *   gap in 百分点, exact to the published decimals, and a status 达到 / 接近 / 未达.
 * - Two qualitative targets name a threshold in words (两位数增长 ≥ 10, 实现正增长 > 0; the
 *   generator publishes it as `threshold`): they are read the same way, against the threshold,
 *   and the reading says so (`basis: 'threshold'`). Other words (提质提效, 大幅增长) are not read.
 * - A level target (完成工业投资1320亿元) is read against the cumulative amount: the share of
 *   the annual plan completed (a computed value), 序时进度 (months elapsed ÷ 12) and the gap
 *   between the two in 百分点.
 * - Count targets (家) have nothing published to be read against: text only.
 * - The 1-12月 figure, once published, is the outcome: 达到 / 未达到.
 *
 * Every indicator with a target is one where more is better (growth, investment); 以内 is the
 * one ceiling.
 */
import type { Target } from '../schemas/targets.ts'
import {
  comparisonOf,
  completionOf,
  growthStatus,
  micro,
  qualifierComparison,
  scaled,
  scheduleOf,
  type Comparison,
  type ComputedFigure,
  type Figure,
  type OutcomeStatus,
  type TargetStatus,
} from './target-arithmetic.ts'
import { changeInPoints } from './change.ts'
import type { ObservationTable } from './observation-table.ts'
import { makePeriod, periodMonth, periodYear, type Period } from './period.ts'

/** A published cumulative figure (1-N月) of the target's indicator, as printed, with its source. */
export interface PublishedFigure extends Figure {
  period: Period
  source: string
}

/** A growth figure against the line: the gap (figure − line, in 百分点) and the status. */
export interface GrowthCheck<S extends TargetStatus = TargetStatus> {
  figure: PublishedFigure
  gap: Figure
  status: S
}

export interface GrowthReading {
  kind: 'growth'
  target: Target
  /** `target`: read against the target's own number; `threshold`: against the number its words name. */
  basis: 'target' | 'threshold'
  comparison: Comparison
  /** The number read against, in %: the target's value, or the threshold. */
  line: Figure
  /** The latest cumulative growth of the year (up to the period asked for); null: none published. */
  latest: GrowthCheck | null
  /** The 1-12月 growth against the line, once published. */
  outcome: GrowthCheck<OutcomeStatus> | null
}

/** 超序时进度 (ahead), 慢序时进度 (behind), or exactly on it. */
export type Pace = 'ahead' | 'behind' | 'on-schedule'

export interface LevelProgress {
  /** The cumulative amount, in 亿元. */
  figure: PublishedFigure
  /** 完成年度计划X%: figure ÷ plan × 100, one decimal (half up). */
  completion: ComputedFigure
  /** Months of the cumulative period: 2 for 1-2月, 12 for 1-12月. */
  months: number
  /** 序时进度: months ÷ 12 × 100, one decimal where it has one (16.7, 25, 50, 100). */
  schedule: ComputedFigure
  /** completion − schedule, in 百分点. */
  gap: ComputedFigure
  pace: Pace
}

export interface LevelOutcome {
  figure: PublishedFigure
  completion: ComputedFigure
  /**
   * The published amount itself against the plan (1799.96 of 1800 is 未达到, though its
   * completion shows 100.0%). Null for 左右: the ±0.5 百分点 of 左右 are for rates, and no rule
   * is published for an amount "about" its plan.
   */
  status: OutcomeStatus | null
}

export interface LevelReading {
  kind: 'level'
  target: Target
  comparison: Exclude<Comparison, 'above'>
  /** The annual plan in 亿元 (a 万亿元 target × 10000). */
  plan: Figure
  /** The latest cumulative amount of the year (up to the period asked for) against the plan. */
  latest: LevelProgress | null
  /** The 1-12月 amount against the plan, once published. */
  outcome: LevelOutcome | null
}

/** A target shown only as its text: `count` (nothing published to read it against), or words naming no threshold. */
export interface TextReading {
  kind: 'text'
  reason: 'count' | 'qualitative'
  target: Target
  /** For words: the latest cumulative figure of the indicator, shown beside them, never judged. */
  latest: PublishedFigure | null
}

export type TargetReading = GrowthReading | LevelReading | TextReading

/** The rows of one region, year and indicator: the first is the target, the others corroborate or differ. */
export interface TargetGroup {
  region: string
  year: number
  indicator: string
  targets: Target[]
}

const figureOf = ({ value, decimals }: Figure): Figure => ({ value, decimals })

/** The latest published cumulative figure of the target's year, up to `asOf` when given. */
function latestFigure(
  target: Target,
  table: ObservationTable,
  asOf?: Period,
): PublishedFigure | null {
  const asOfYear = asOf === undefined ? target.year + 1 : periodYear(asOf)
  if (asOfYear < target.year) return null
  const last = asOfYear > target.year || asOf === undefined ? 12 : periodMonth(asOf)
  for (let month = last; month >= 2; month--) {
    const figure = figureAt(target, table, makePeriod(target.year, month))
    if (figure) return figure
  }
  return null
}

function figureAt(target: Target, table: ObservationTable, period: Period): PublishedFigure | null {
  const o = table.get(target.region, period, target.indicator)
  return o ? { period, value: o.value, decimals: o.decimals, source: o.source } : null
}

/** The 1-12月 figure, when it is published and not after `asOf`. */
function outcomeFigure(
  target: Target,
  table: ObservationTable,
  asOf?: Period,
): PublishedFigure | null {
  const december = makePeriod(target.year, 12)
  if (asOf !== undefined && asOf < december) return null
  return figureAt(target, table, december)
}

function checkGrowth(figure: PublishedFigure, line: Figure, comparison: Comparison): GrowthCheck {
  const gap = changeInPoints(figure, line)
  return { figure, gap, status: growthStatus(gap, comparison) }
}

function readGrowth(
  target: Target,
  basis: GrowthReading['basis'],
  line: Figure,
  table: ObservationTable,
  asOf?: Period,
): GrowthReading {
  const comparison = comparisonOf(target)
  const latest = latestFigure(target, table, asOf)
  const outcome = outcomeFigure(target, table, asOf)
  const ended = outcome ? checkGrowth(outcome, line, comparison) : null
  return {
    kind: 'growth',
    target,
    basis,
    comparison,
    line,
    latest: latest ? checkGrowth(latest, line, comparison) : null,
    outcome: ended ? { ...ended, status: ended.status === 'met' ? 'met' : 'not-met' } : null,
  }
}

/** The plan in 亿元: a 万亿元 target × 10000, exactly (1.2万亿元 → 12000亿元). */
function planOf(target: Target & { kind: 'level' }): Figure {
  if (target.unit === '亿元') return figureOf(target)
  const shift = 4 - target.decimals
  const value = shift >= 0 ? scaled(target) * 10 ** shift : scaled(target) / 10 ** -shift
  return { value, decimals: Math.max(0, -shift) }
}

function readLevel(
  target: Target & { kind: 'level' },
  table: ObservationTable,
  asOf?: Period,
): LevelReading {
  const comparison = qualifierComparison(target.qualifier)
  const plan = planOf(target)
  const latest = latestFigure(target, table, asOf)
  const outcome = outcomeFigure(target, table, asOf)
  return {
    kind: 'level',
    target,
    comparison,
    plan,
    latest: latest ? progressOf(latest, plan) : null,
    outcome: outcome
      ? {
          figure: outcome,
          completion: completionOf(outcome, plan),
          status: levelOutcome(outcome, plan, comparison),
        }
      : null,
  }
}

function progressOf(figure: PublishedFigure, plan: Figure): LevelProgress {
  const completion = completionOf(figure, plan)
  const { months, ...schedule } = scheduleOf(figure.period)
  const gap = changeInPoints(completion, schedule)
  return {
    figure,
    completion,
    months,
    schedule,
    gap: { ...gap, computed: true },
    pace: gap.value > 0 ? 'ahead' : gap.value < 0 ? 'behind' : 'on-schedule',
  }
}

function levelOutcome(
  figure: Figure,
  plan: Figure,
  comparison: LevelReading['comparison'],
): OutcomeStatus | null {
  if (comparison === 'about') return null
  const difference = micro(figure.value) - micro(plan.value)
  return (comparison === 'at-most' ? difference <= 0 : difference >= 0) ? 'met' : 'not-met'
}

/**
 * What the dashboard shows for one target: read against the published figures of its region
 * and year in `table` (the same dataset). `asOf` (a period) reads the year only up to that
 * period, as a view of that period would; without it, the whole year as published.
 */
export function readTarget(target: Target, table: ObservationTable, asOf?: Period): TargetReading {
  switch (target.kind) {
    case 'growth':
      return readGrowth(target, 'target', figureOf(target), table, asOf)
    case 'level':
      return readLevel(target, table, asOf)
    case 'count':
      return { kind: 'text', reason: 'count', target, latest: null }
    case 'qualitative':
      return target.threshold
        ? readGrowth(target, 'threshold', figureOf(target.threshold), table, asOf)
        : { kind: 'text', reason: 'qualitative', target, latest: latestFigure(target, table, asOf) }
  }
}

/**
 * The targets matching `where`, one group per region, year and indicator, in the order of
 * targets/{dataset}.json (region, year, indicator); each group's rows keep theirs, so the first is the
 * target and the others (other documents) corroborate it or state another.
 */
export function groupTargets(
  targets: readonly Target[],
  where: { region?: string; year?: number; indicator?: string } = {},
): TargetGroup[] {
  const groups = new Map<string, TargetGroup>()
  for (const target of targets) {
    if (where.region !== undefined && target.region !== where.region) continue
    if (where.year !== undefined && target.year !== where.year) continue
    if (where.indicator !== undefined && target.indicator !== where.indicator) continue
    const key = `${target.region}|${target.year}|${target.indicator}`
    const group = groups.get(key)
    if (group) group.targets.push(target)
    else {
      const { region, year, indicator } = target
      groups.set(key, { region, year, indicator, targets: [target] })
    }
  }
  return [...groups.values()]
}

/** Whether two rows state the same target (so one line, with both sources, shows them). */
export function sameTarget(a: Target, b: Target): boolean {
  return (
    a.kind === b.kind &&
    a.value === b.value &&
    a.decimals === b.decimals &&
    a.qualifier === b.qualifier &&
    a.unit === b.unit &&
    (a.kind === 'qualitative' ? a.text === b.text : true)
  )
}
