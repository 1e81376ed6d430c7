import { z } from 'zod/mini'
import { CodeSchema, DatasetIdSchema, PeriodSchema, SchemaVersionSchema } from './common.ts'

export const ObservationSchema = z.object({
  region: CodeSchema,
  period: PeriodSchema,
  indicator: CodeSchema,
  /** As published; growth rates are the bureau's figures, never recomputed. */
  value: z.number(),
  /** Decimals as printed (增长43% → 0, 增长6.0% → 1): display exactly these. */
  decimals: z.int().check(z.gte(0), z.lte(6)),
  source: z.string().check(z.minLength(1)),
  /** The release that published this value (releases/{dataset}.json); earlier values are there. */
  release: CodeSchema,
  /** Present when a later release revised the figure (its earlier values: releases/{dataset}.json). */
  revised: z.optional(z.literal(true)),
  note: z.optional(z.string()),
})
export type Observation = z.infer<typeof ObservationSchema>

/** observations/{dataset}/{year}.json: every observation of one dataset and year. */
export const ObservationsFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  dataset: DatasetIdSchema,
  year: z.int(),
  synthetic: z.boolean(),
  observations: z.array(ObservationSchema),
})
export type ObservationsFile = z.infer<typeof ObservationsFileSchema>

export { observationsPath } from './constants.ts'
