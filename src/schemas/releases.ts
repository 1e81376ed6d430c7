import { z } from 'zod/mini'
import {
  CodeSchema,
  CountSchema,
  DatasetIdSchema,
  PeriodSchema,
  SchemaVersionSchema,
} from './common.ts'
import { SourceIdSchema } from './sources.ts'

/** A calendar day, YYYY-MM-DD. */
export const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'))

/**
 * One release: a write of the importer (a bureau's table brought in), or, for the curated
 * figures, the day their source was published (data/README: how those are dated).
 */
export const ReleaseSchema = z.object({
  id: CodeSchema,
  date: DaySchema,
  /** The source the release brought in; null for a curated release of several sources. */
  source: z.nullable(SourceIdSchema),
  /** The table or document, as a reader names it: 2024年1-8月 规模以上工业增加值. */
  table: z.string(),
  /** The periods of the figures it published (added or revised), oldest first. */
  periods: z.array(PeriodSchema),
  added: CountSchema,
  revised: CountSchema,
  unchanged: CountSchema,
})
export type Release = z.infer<typeof ReleaseSchema>

/**
 * An earlier value of a figure, as a release published it before a later one revised it (the
 * figure's current value is in the observations, with the release that published it).
 */
export const EarlierValueSchema = z.object({
  region: CodeSchema,
  period: PeriodSchema,
  indicator: CodeSchema,
  value: z.number(),
  decimals: z.int().check(z.gte(0), z.lte(6)),
  source: SourceIdSchema,
  /** The release that published this value. */
  release: CodeSchema,
})
export type EarlierValue = z.infer<typeof EarlierValueSchema>

/** releases/{dataset}.json: every release of a dataset, oldest first, and every earlier value. */
export const ReleasesFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  dataset: DatasetIdSchema,
  releases: z.array(ReleaseSchema),
  earlier: z.array(EarlierValueSchema),
})
export type ReleasesFile = z.infer<typeof ReleasesFileSchema>

/** One expected release of the monthly tables (1-2月 comes together: no 01). */
export const CalendarEntrySchema = z.object({
  dataset: DatasetIdSchema,
  period: PeriodSchema,
  date: DaySchema,
})
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>

/** release-calendar.json: when the next figures are due, per dataset (data/release-calendar.csv). */
export const ReleaseCalendarFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  entries: z.array(CalendarEntrySchema),
})
export type ReleaseCalendarFile = z.infer<typeof ReleaseCalendarFileSchema>
