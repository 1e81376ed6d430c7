/**
 * What the app needs of the API's contract without zod: the schema version, the patterns of a
 * period and a code, the datasets, and the path of each dataset's files. The zod schemas
 * (common.ts and the others) are built on these; the first view's script imports only this.
 */

/** Bumped on any incompatible change of a file's shape; clients refuse other versions. */
export const SCHEMA_VERSION = 1

/** YYYY-MM, cumulative from January; January is never published alone, so -01 is invalid. */
export const PERIOD_PATTERN = /^(\d{4})-(0[2-9]|1[0-2])$/

export const CODE_PATTERN = /^[a-z][a-z0-9_]*$/

export const DATASET_IDS = ['official', 'demo'] as const
export type DatasetId = (typeof DATASET_IDS)[number]

/** The URL's check of a dataset. */
export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value)
}

/** A year of a dataset's observations. */
export function observationsPath(dataset: DatasetId, year: number): string {
  return `observations/${dataset}/${year}.json`
}

/** A dataset's annual targets. */
export function targetsPath(dataset: DatasetId): string {
  return `targets/${dataset}.json`
}

/** A year of a dataset's 需关注 findings (one entry per period of the year with figures). */
export function attentionPath(dataset: DatasetId, year: number): string {
  return `attention/${dataset}/${year}.json`
}

/** A dataset's releases and the earlier values of its revised figures. */
export function releasesPath(dataset: DatasetId): string {
  return `releases/${dataset}.json`
}

/** The expected release dates of the monthly tables, of every dataset. */
export const RELEASE_CALENDAR_PATH = 'release-calendar.json'

/** A dataset's vintages: what each release day changed of the catalog, for `asof` views. */
export function vintagesPath(dataset: DatasetId): string {
  return `vintages/${dataset}.json`
}
