import type { QueryClient } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { RELEASE_CALENDAR_PATH } from '../../schemas/constants.ts'
import type { Manifest } from '../../schemas/manifest.ts'
import type * as FileSchemas from './file-schemas.ts'
import { manifestQuery, staticFileQuery } from './queries.ts'

/*
 * The files a prerendered page was drawn from, by path: named by the build (src/prerender.tsx)
 * and read again by the page before it hydrates (src/main.tsx, which loads this module only for
 * a prerendered page: the first view's code is counted to the byte).
 */
/** Each file of the API by the first part of its path → its check. */
const SCHEMA_OF_KIND = {
  'regions.json': (s) => s.RegionsFileSchema,
  'indicators.json': (s) => s.IndicatorsFileSchema,
  'sources.json': (s) => s.SourcesFileSchema,
  'decks.json': (s) => s.DecksFileSchema,
  'document-settings.json': (s) => s.DocumentSettingsFileSchema,
  [RELEASE_CALENDAR_PATH]: (s) => s.ReleaseCalendarFileSchema,
  observations: (s) => s.ObservationsFileSchema,
  targets: (s) => s.TargetsFileSchema,
  attention: (s) => s.AttentionFileSchema,
  releases: (s) => s.ReleasesFileSchema,
  vintages: (s) => s.VintagesFileSchema,
} satisfies Record<string, (schemas: typeof FileSchemas) => z.ZodMiniType<object>>

/**
 * The query of any file of the API by its path, the same one the views make (the same key, the
 * same check), or null for a path of no known kind: the prerendered pages name the files they
 * were drawn from by path (src/main.tsx).
 */
export function fileQuery(manifest: Manifest, path: string) {
  const kind = path.split('/')[0] as keyof typeof SCHEMA_OF_KIND
  const pick = Object.hasOwn(SCHEMA_OF_KIND, kind) ? SCHEMA_OF_KIND[kind] : undefined
  return pick ? staticFileQuery<object>(manifest, path, pick) : null
}

/**
 * Loads into `client` the files a prerendered page was drawn from, named by their paths (the
 * build writes them into the page: src/prerender.tsx), with the queries the views make, so the
 * page hydrates what it reads. Rejects when a file fails or is of no known kind.
 */
export async function loadFiles(client: QueryClient, paths: readonly string[]): Promise<Manifest> {
  const manifest = await client.query(manifestQuery())
  await Promise.all(
    paths.map((path) => {
      const query = fileQuery(manifest, path)
      if (!query) throw new Error(`${path}: not a file of the API`)
      return client.query(query)
    }),
  )
  return manifest
}

/** The paths of the files `client` holds (the manifest aside), as loadFiles takes them. */
export function loadedFiles(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.queryKey[1] === 'file' && query.state.status === 'success')
    .map((query) => String(query.queryKey[2]))
    .sort()
}
