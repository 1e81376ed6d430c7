import { queryOptions } from '@tanstack/react-query'
import {
  attentionPath,
  observationsPath,
  RELEASE_CALENDAR_PATH,
  releasesPath,
  vintagesPath,
  targetsPath,
  type DatasetId,
} from '../../schemas/constants.ts'
import type { Manifest } from '../../schemas/manifest.ts'
import type { z } from 'zod/mini'
import { ApiError, fetchJson } from './fetch-json.ts'
import type * as FileSchemas from './file-schemas.ts'
import { recordManifestResponse } from './freshness.ts'

export const API_BASE = `${import.meta.env.BASE_URL}api/v1/`
export const MANIFEST_FILE = 'index.json'

/**
 * The files' checks (file-schemas.ts: zod, ≈9 kB gzip), a chunk of their own: fetched while the
 * data is, instead of delaying the script that starts those fetches. The app asks for them as
 * it starts (main.tsx); from its first query, on a slow phone, they came 0.3 s later.
 */
export const loadSchemas = () => import('./file-schemas.ts')

/** A file's schema, once the checks are here. */
function schemaOf<T>(pick: (schemas: typeof FileSchemas) => z.ZodMiniType<T>) {
  return loadSchemas().then(pick)
}

/**
 * Every file but the manifest is fetched as path?v=<its sha256 prefix from the manifest>: the
 * URL changes exactly when the content does, so a cached copy is never stale and a page never
 * mixes files of two deployments.
 */
export function fileUrl(manifest: Manifest, path: string): string {
  const entry = manifest.files.find((file) => file.path === path)
  if (!entry) throw new ApiError('not-listed', path, 'not listed in the manifest (index.json)')
  return `${API_BASE}${path}?v=${entry.sha256.slice(0, 16)}`
}

function versionOf(manifest: Manifest, path: string): string {
  return manifest.files.find((file) => file.path === path)?.sha256 ?? 'unlisted'
}

/** The manifest is small and the entry point: refetched only when a caller asks (presentation). */
export const manifestQuery = () =>
  queryOptions({
    queryKey: ['api', 'manifest'],
    queryFn: ({ signal }) =>
      fetchJson(
        `${API_BASE}${MANIFEST_FILE}`,
        MANIFEST_FILE,
        schemaOf((s) => s.ManifestSchema),
        signal,
        {
          // The service worker marks a last good copy served because the network failed.
          onResponse: recordManifestResponse,
        },
      ),
    staleTime: Infinity,
  })

export function staticFileQuery<T extends object>(
  manifest: Manifest,
  path: string,
  pick: (schemas: typeof FileSchemas) => z.ZodMiniType<T>,
) {
  return queryOptions({
    queryKey: ['api', 'file', path, versionOf(manifest, path)],
    queryFn: ({ signal }) => fetchJson(fileUrl(manifest, path), path, schemaOf(pick), signal),
    // Content-addressed: a file at a given hash never changes.
    staleTime: 'static',
    // When a new deployment changes a file, keep showing the previous version of the same
    // file until the new one is here (or forever, if it cannot be fetched): a wall screen
    // never blanks on an update or a network drop.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === path ? previous : undefined,
  })
}

export const regionsQuery = (manifest: Manifest) =>
  staticFileQuery(manifest, 'regions.json', (s) => s.RegionsFileSchema)

export const indicatorsQuery = (manifest: Manifest) =>
  staticFileQuery(manifest, 'indicators.json', (s) => s.IndicatorsFileSchema)

export const sourcesQuery = (manifest: Manifest) =>
  staticFileQuery(manifest, 'sources.json', (s) => s.SourcesFileSchema)

export const observationsQuery = (manifest: Manifest, dataset: DatasetId, year: number) =>
  staticFileQuery(manifest, observationsPath(dataset, year), (s) => s.ObservationsFileSchema)

/** The annual targets of a dataset (targets/{dataset}.json): read them against that dataset only. */
export const targetsQuery = (manifest: Manifest, dataset: DatasetId) =>
  staticFileQuery(manifest, targetsPath(dataset), (s) => s.TargetsFileSchema)

/** A year of a dataset's 需关注 findings (attention/{dataset}/{year}.json). */
export const attentionQuery = (manifest: Manifest, dataset: DatasetId, year: number) =>
  staticFileQuery(manifest, attentionPath(dataset, year), (s) => s.AttentionFileSchema)

/** Whether the API has 需关注 findings for a year of a dataset (none: no rules, or no figures). */
export const hasAttention = (manifest: Manifest, dataset: DatasetId, year: number) =>
  manifest.files.some((file) => file.path === attentionPath(dataset, year))

/** A dataset's releases (releases/{dataset}.json), when the API has them. */
export const releasesQuery = (manifest: Manifest, dataset: DatasetId) =>
  staticFileQuery(manifest, releasesPath(dataset), (s) => s.ReleasesFileSchema)

/** What each release day changed of a dataset's catalog (vintages/{dataset}.json), for asof. */
export const vintagesQuery = (manifest: Manifest, dataset: DatasetId) =>
  staticFileQuery(manifest, vintagesPath(dataset), (s) => s.VintagesFileSchema)

/** The release calendar of every dataset (release-calendar.json). */
export const calendarQuery = (manifest: Manifest) =>
  staticFileQuery(manifest, RELEASE_CALENDAR_PATH, (s) => s.ReleaseCalendarFileSchema)

/** Whether the API holds a file (an older deployment may not have the releases yet). */
export const hasFile = (manifest: Manifest, path: string) =>
  manifest.files.some((file) => file.path === path)
