import { z } from 'zod/mini'
import {
  CODE_PATTERN,
  CountSchema,
  DatasetIdSchema,
  LabelSchema,
  PERIOD_PATTERN,
  PeriodSchema,
  SchemaVersionSchema,
} from './common.ts'

const isRegionCounts = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(
    ([code, count]) => CODE_PATTERN.test(code) && Number.isInteger(count) && count >= 0,
  )

/**
 * Observations per region code. One plain loop rather than z.record: the manifest holds about a
 * thousand of these counts, and zod's parse of each entry made reading the manifest the longest
 * task of the first load (≈ 30 ms of main thread on a desktop CPU, four times that on a phone).
 */
export const RegionCountsSchema = z.custom<Record<string, number>>(
  isRegionCounts,
  'observations per region code: a lower-case code and a whole number ≥ 0 for each',
)

const isRegionPeriods = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(
    ([code, period]) =>
      CODE_PATTERN.test(code) && typeof period === 'string' && PERIOD_PATTERN.test(period),
  )

/** A period per region code (its default period), checked with one loop like the counts. */
export const RegionPeriodsSchema = z.custom<Record<string, string>>(
  isRegionPeriods,
  'a period per region code: a lower-case code and a period YYYY-MM (02 to 12)',
)

/** A period per indicator per region code (the latest of each key figure), checked the same way. */
export const RegionIndicatorPeriodsSchema = z.custom<Record<string, Record<string, string>>>(
  (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([code, periods]) => CODE_PATTERN.test(code) && isRegionPeriods(periods),
    ),
  'a period per indicator per region code',
)

export const PeriodCoverageSchema = z.object({
  period: PeriodSchema,
  observations: CountSchema,
  /** How many of the 21 cities have at least one figure for the period. */
  cities: CountSchema,
  /** Observations per region code, for regions that have any. */
  regions: RegionCountsSchema,
})
export type PeriodCoverage = z.infer<typeof PeriodCoverageSchema>

export const DatasetEntrySchema = z.object({
  id: DatasetIdSchema,
  kind: z.enum(['official', 'demo']),
  synthetic: z.boolean(),
  label: LabelSchema,
  /** The latest period with any figure: the "数据截至" of the dataset. */
  dataAsOf: z.nullable(PeriodSchema),
  observations: CountSchema,
  periods: z.array(PeriodCoverageSchema),
  /** The period each region's views open on: see src/domain/default-period.ts. */
  defaultPeriods: RegionPeriodsSchema,
  /** The latest period of each key figure of each region: region → indicator → period. */
  latest: RegionIndicatorPeriodsSchema,
  years: z.array(z.object({ year: z.int(), path: z.string() })),
})
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>

export const FileEntrySchema = z.object({
  path: z.string(),
  bytes: CountSchema,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
})
export type FileEntry = z.infer<typeof FileEntrySchema>

/** index.json: the manifest, the one file fetched without a content hash. */
export const ManifestSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  /** ISO 8601 date and time in UTC, e.g. 2026-11-27T12:00:00.000Z. */
  generatedAt: z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'an ISO 8601 UTC date and time'),
    ),
  datasets: z.array(DatasetEntrySchema),
  files: z.array(FileEntrySchema),
})
export type Manifest = z.infer<typeof ManifestSchema>
