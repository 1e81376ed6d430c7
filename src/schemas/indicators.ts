import { z } from 'zod/mini'
import { CodeSchema, SchemaVersionSchema } from './common.ts'

export const UnitSchema = z.enum(['100m_yuan', 'pct', 'count', 'rank'])
export type Unit = z.infer<typeof UnitSchema>

export const IndicatorKindSchema = z.enum([
  'level',
  'growth',
  'share',
  'contribution',
  'count',
  'rank',
])
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>

/** 稳增长 / 稳投资 / 稳中有进 / 技术改造, and context indicators that belong to none. */
export const StabilitySchema = z.enum(['growth', 'investment', 'hightech', 'tech', 'context'])
export type Stability = z.infer<typeof StabilitySchema>

export const MeasureSchema = z.enum(['ytd', 'month'])
export const PriceBasisSchema = z.enum(['comparable', 'nominal', 'none'])

const TextSchema = z.string().check(z.minLength(1))

export const IndicatorSchema = z.object({
  id: CodeSchema,
  nameZh: TextSchema,
  nameEn: TextSchema,
  unit: UnitSchema,
  kind: IndicatorKindSchema,
  stability: StabilitySchema,
  /** ytd: cumulative January-to-period figure; month: the month alone. */
  measure: MeasureSchema,
  /** Decimals usually published; each observation carries the decimals it was printed with. */
  decimals: z.int().check(z.gte(0), z.lte(4)),
  /** comparable: at comparable prices, can not be recomputed from levels; nominal: current prices. */
  priceBasis: PriceBasisSchema,
  /** For shares: the level indicators whose quotient (× 100) the share is. */
  numerator: z.nullable(CodeSchema),
  denominator: z.nullable(CodeSchema),
  /**
   * For a rank indicator (kind "rank"): the figure whose rank a source printed, and among whom
   * (the province's 21 cities, or the city's region group). Present only on rank indicators.
   */
  rankOf: z.optional(z.object({ indicator: CodeSchema, scope: z.enum(['province', 'group']) })),
  definitionZh: TextSchema,
  definitionEn: TextSchema,
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const IndicatorsFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  indicators: z.array(IndicatorSchema),
})
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>
