// zod/mini: the same schemas as zod, tree-shakable, so validating every response costs the
// first view a few kilobytes instead of the whole library (see README, "Performance").
import { z } from 'zod/mini'

/** Bumped on any incompatible change of a file's shape; clients refuse other versions. */
export const SCHEMA_VERSION = 1

export const SchemaVersionSchema = z.literal(SCHEMA_VERSION)

/** YYYY-MM, cumulative from January; January is never published alone, so -01 is invalid. */
export const PERIOD_PATTERN = /^(\d{4})-(0[2-9]|1[0-2])$/

export const CODE_PATTERN = /^[a-z][a-z0-9_]*$/

export const CodeSchema = z
  .string()
  .check(z.regex(CODE_PATTERN, 'lower-case letters, digits and _, starting with a letter'))

export const PeriodSchema = z
  .string()
  .check(
    z.regex(PERIOD_PATTERN, 'a period YYYY-MM from 02 to 12 (January is never published alone)'),
  )

export const CountSchema = z.int().check(z.gte(0))

export const DATASET_IDS = ['official', 'demo'] as const
export type DatasetId = (typeof DATASET_IDS)[number]
export const DatasetIdSchema = z.enum(DATASET_IDS)

/** The URL's check of a dataset, without zod (the first view's script carries no schema). */
export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value)
}

export const LabelSchema = z.object({ zh: z.string(), en: z.string() })
export type Label = z.infer<typeof LabelSchema>
