/**
 * The arithmetic of reading a figure against a target (domain/targets.ts reads the targets with
 * it): 序时进度, the share of a plan completed, and the status of a growth figure against its
 * line, each on the printed figures exactly (whole numbers, not floating-point approximations).
 */
import type { Target, TargetQualifier } from '../schemas/targets.ts'
import { periodMonth, type Period } from './period.ts'

/** A number and the decimals it is shown with. */
export interface Figure {
  value: number
  decimals: number
}

/** A number this module computed from published ones: shown marked 计算值, never as published. */
export interface ComputedFigure extends Figure {
  computed: true
}

/** 左右 is met within this many 百分点 of the target, either side (and above it, a fortiori). */
export const ABOUT_TOLERANCE_POINTS = 0.5

/**
 * 接近: not met, but short of meeting by at most this many 百分点 — of the target itself for
 * 以上 / 力争 / a bare figure / a threshold, of the lower edge of the band (target − 0.5) for
 * 左右, of the ceiling for 以内. 5.5%以上 with 5.1: 接近; with 4.9: 未达. 5%左右 with 4.2:
 * 接近 (the band starts at 4.5); with 3.9: 未达.
 */
export const NEAR_MARGIN_POINTS = 0.5

/** 达到 / 接近 / 未达, for a figure of the year so far. */
export type TargetStatus = 'met' | 'near' | 'not-met'

/** 达到 / 未达到, for the year's outcome (1-12月): no 接近 once the year is over. */
export type OutcomeStatus = 'met' | 'not-met'

/**
 * How a figure is compared with the target's line: `about` (左右: within ±0.5 百分点, or above),
 * `at-least` (以上, 力争, 力争以上, a bare figure, 两位数增长: value ≥ line), `at-most` (以内:
 * value ≤ line), `above` (实现正增长: value > line).
 */
export type Comparison = 'about' | 'at-least' | 'at-most' | 'above'

/** Units of 10⁻⁶: figures compared as whole numbers, so 4.5 − 5 is −0.5 exactly. */
export const micro = (value: number) => Math.round(value * 1e6)

/** 序时进度 of a cumulative period: months elapsed ÷ 12 (1-2月 16.7, 1-6月 50, 1-12月 100). */
export function scheduleOf(period: Period): ComputedFigure & { months: number } {
  const months = periodMonth(period)
  const tenths = Math.round((months * 1000) / 12)
  return { value: tenths / 10, decimals: tenths % 10 === 0 ? 0 : 1, computed: true, months }
}

/** How many 10^-decimals a printed figure is: 1101.83 → 110183. */
export const scaled = ({ value, decimals }: Figure) => Math.round(value * 10 ** decimals)

/**
 * 完成年度计划X%: amount ÷ plan × 100 to one decimal, rounded half up on the exact quotient of
 * the printed figures (not on a floating-point approximation of it).
 */
export function completionOf(amount: Figure, plan: Figure): ComputedFigure {
  const numerator = scaled(amount) * 10 ** plan.decimals * 1000
  const denominator = scaled(plan) * 10 ** amount.decimals
  const tenths = Math.floor((2 * numerator + denominator) / (2 * denominator))
  return { value: tenths / 10, decimals: 1, computed: true }
}

/** The comparison a qualifier asks for: 左右 about, 以内 at most, any other at least. */
export function qualifierComparison(qualifier: TargetQualifier): Exclude<Comparison, 'above'> {
  return qualifier === '左右' ? 'about' : qualifier === '以内' ? 'at-most' : 'at-least'
}

/** The comparison a target asks for: its threshold's, or its qualifier's. */
export function comparisonOf(target: Target): Comparison {
  return target.kind === 'qualitative' && target.threshold
    ? target.threshold.comparison
    : qualifierComparison(target.qualifier)
}

/**
 * The status of a growth figure against a line. The margin is how far the figure is past the
 * point where the target would be met (negative: short of it).
 */
export function growthStatus(gap: Figure, comparison: Comparison): TargetStatus {
  const g = micro(gap.value)
  const margin =
    comparison === 'about' ? g + micro(ABOUT_TOLERANCE_POINTS) : comparison === 'at-most' ? -g : g
  const met = comparison === 'above' ? margin > 0 : margin >= 0
  if (met) return 'met'
  return margin >= -micro(NEAR_MARGIN_POINTS) ? 'near' : 'not-met'
}
