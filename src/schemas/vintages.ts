import { z } from 'zod/mini'
import { DatasetIdSchema, PeriodSchema, SchemaVersionSchema } from './common.ts'
import { PeriodAttentionSchema } from './attention.ts'
import { RegionCountsSchema, RegionIndicatorPeriodsSchema } from './manifest.ts'
import { DaySchema } from './releases.ts'

/**
 * One release day, as the manifest would have described the dataset once its releases were
 * out: what it published first (added to the coverage and the latest periods of the days
 * before), and the 需关注 findings that read differently then. Replayed up to a day, the steps
 * give the catalog of that day; the figures themselves come from releases/{dataset}.json.
 */
export const VintageStepSchema = z.object({
  date: DaySchema,
  /** The figures the day's releases published first, per period: observations per region. */
  added: z.array(z.object({ period: PeriodSchema, regions: RegionCountsSchema })),
  /** The latest period of each key figure the day published first: region → indicator → period. */
  latest: RegionIndicatorPeriodsSchema,
  /** The periods whose 需关注 findings, as of this day, differ from the current ones. */
  attention: z.array(PeriodAttentionSchema),
})
export type VintageStep = z.infer<typeof VintageStepSchema>

/** vintages/{dataset}.json: one step per release day, oldest first. */
export const VintagesFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  dataset: DatasetIdSchema,
  steps: z.array(VintageStepSchema),
})
export type VintagesFile = z.infer<typeof VintagesFileSchema>

export { vintagesPath } from './constants.ts'
