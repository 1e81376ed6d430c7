import type { QueryClient } from '@tanstack/react-query'
import { defaultPeriod } from '../../domain/catalog.ts'
import { periodYear } from '../../domain/period.ts'
import type { Manifest } from '../../schemas/manifest.ts'
import { DEFAULT_FILTERS } from '../url/filters.ts'
import {
  attentionQuery,
  hasAttention,
  indicatorsQuery,
  manifestQuery,
  observationsQuery,
  regionsQuery,
  sourcesQuery,
  targetsQuery,
} from './queries.ts'

/**
 * Loads into `client` every file the default view (the address without a query) reads before
 * it draws its tiles and headline: the manifest, the catalog, the default period's year of
 * observations, the targets and that year's 需关注 findings (drawn under the tiles). The build
 * runs it to prerender that view (src/prerender.tsx), the page runs it before hydrating the
 * prerendered HTML (src/main.tsx): the same files, read by the same queries. Rejects when a file
 * fails.
 */
export async function loadFirstView(client: QueryClient): Promise<Manifest> {
  const manifest = await client.query(manifestQuery())
  const { dataset, region } = DEFAULT_FILTERS
  const entry = manifest.datasets.find((d) => d.id === dataset)
  const period = defaultPeriod(entry, region)
  const year = period ? periodYear(period) : null
  await Promise.all([
    client.query(regionsQuery(manifest)),
    client.query(indicatorsQuery(manifest)),
    client.query(sourcesQuery(manifest)),
    client.query(targetsQuery(manifest, dataset)),
    year !== null && entry?.years.some((y) => y.year === year)
      ? client.query(observationsQuery(manifest, dataset, year))
      : null,
    year !== null && hasAttention(manifest, dataset, year)
      ? client.query(attentionQuery(manifest, dataset, year))
      : null,
  ])
  return manifest
}
