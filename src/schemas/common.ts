// zod/mini: the same schemas as zod, tree-shakable, so validating every response costs a few
// kilobytes instead of the whole library; the app loads them with the first file they check
// (src/lib/api/file-schemas.ts), and its first chunks read only constants.ts.
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
