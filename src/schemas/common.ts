// zod/mini: the same schemas as zod, tree-shakable, so validating every response costs the
// first view a few kilobytes instead of the whole library (see README, "Performance").
import { z } from 'zod/mini'
import { CODE_PATTERN, DATASET_IDS, PERIOD_PATTERN, SCHEMA_VERSION } from './constants.ts'

export {
  CODE_PATTERN,
  DATASET_IDS,
  isDatasetId,
  PERIOD_PATTERN,
  SCHEMA_VERSION,
  type DatasetId,
} from './constants.ts'

export const SchemaVersionSchema = z.literal(SCHEMA_VERSION)

export const CodeSchema = z
  .string()
  .check(z.regex(CODE_PATTERN, 'lower-case letters, digits and _, starting with a letter'))

export const PeriodSchema = z
  .string()
  .check(
    z.regex(PERIOD_PATTERN, 'a period YYYY-MM from 02 to 12 (January is never published alone)'),
  )

export const CountSchema = z.int().check(z.gte(0))

export const DatasetIdSchema = z.enum(DATASET_IDS)

export const LabelSchema = z.object({ zh: z.string(), en: z.string() })
export type Label = z.infer<typeof LabelSchema>
