import { z } from 'zod/mini'
import {
  CodeSchema,
  CountSchema,
  DatasetIdSchema,
  LabelSchema,
  PeriodSchema,
  SchemaVersionSchema,
} from './common.ts'

/**
 * The conditions a rule of data/attention-rules.csv tests (README, "需关注"): 负增长, 由正转负,
 * 低于年度目标, 慢于序时进度, 低于全省, 位次下降, 连续回落.
 */
export const ATTENTION_CONDITIONS = [
  'negative',
  'turned_negative',
  'below_target',
  'behind_schedule',
  'below_province',
  'rank_drop',
  'falling',
] as const
export type AttentionCondition = (typeof ATTENTION_CONDITIONS)[number]

/** 预警 (warning) before 关注 (watch). */
export const ATTENTION_LEVELS = ['warning', 'watch'] as const
export const AttentionLevelSchema = z.enum(ATTENTION_LEVELS)
export type AttentionLevel = z.infer<typeof AttentionLevelSchema>

/**
 * What a finding rests on, each with where it was published: `figure` a published observation
 * (region, period, indicator, source); `target` the year's target (its source, the period it
 * was read at); `rank` a standing (printed: its source; computed among a complete set: null);
 * `computed` a number computed from published ones (完成年度计划, 序时进度, a gap): no source.
 */
export const AttentionFigureSchema = z.object({
  role: z.enum([
    'current',
    'previous',
    'province',
    'target',
    'completion',
    'schedule',
    'rank',
    'previous_rank',
    'earlier',
  ]),
  kind: z.enum(['figure', 'target', 'rank', 'computed']),
  region: CodeSchema,
  indicator: CodeSchema,
  period: PeriodSchema,
  value: z.number(),
  decimals: z.int().check(z.gte(0), z.lte(6)),
  /** The source id; null for a computed number or a rank computed from a complete set. */
  source: z.nullable(z.string().check(z.minLength(1))),
})
export type AttentionFigure = z.infer<typeof AttentionFigureSchema>

export const AlertSchema = z.object({
  /** The rule's id in data/attention-rules.csv. */
  rule: CodeSchema,
  condition: z.enum(ATTENTION_CONDITIONS),
  level: AttentionLevelSchema,
  region: CodeSchema,
  indicator: CodeSchema,
  period: PeriodSchema,
  figures: z.array(AttentionFigureSchema).check(z.minLength(1)),
  /** The finding as one sentence, in the bureau's wording (zh) and in English. */
  text: LabelSchema,
})
export type Alert = z.infer<typeof AlertSchema>

/** One region's evaluation: the indicators the rules could read (their figure published). */
export const EvaluatedRegionSchema = z.object({
  region: CodeSchema,
  indicators: z.array(CodeSchema),
})

export const PeriodAttentionSchema = z.object({
  period: PeriodSchema,
  /**
   * How much the rules could read: the cities with at least one figure they read (evaluated)
   * and those with none (未评估: no finding either way), whether the province's figures were
   * read, and region × indicator figures published (evaluated) or not.
   */
  coverage: z.object({
    cities: z.object({ evaluated: CountSchema, notEvaluated: CountSchema }),
    province: z.boolean(),
    figures: z.object({ evaluated: CountSchema, notEvaluated: CountSchema }),
  }),
  evaluated: z.array(EvaluatedRegionSchema),
  /** 预警 first, then 关注; within a level in region order, then indicator order. */
  alerts: z.array(AlertSchema),
})
export type PeriodAttention = z.infer<typeof PeriodAttentionSchema>

/** attention/{dataset}/{year}.json: the 需关注 findings of each period of one dataset and year. */
export const AttentionFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  dataset: DatasetIdSchema,
  year: z.int(),
  synthetic: z.boolean(),
  /** The indicators the rules read, in indicator order: what "evaluated" counts. */
  indicators: z.array(CodeSchema),
  periods: z.array(PeriodAttentionSchema),
})
export type AttentionFile = z.infer<typeof AttentionFileSchema>

export { attentionPath } from './constants.ts'
