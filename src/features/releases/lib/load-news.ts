/**
 * The latest release day's news (releaseNews), fetched through the query cache: for the 通报 and
 * the deck's 本期更新 slide. A link's asof: that day's, the files as they stood then.
 */
import type { QueryClient } from '@tanstack/react-query'
import { appliedAsof, datasetEntry, datasetYears, type Catalog } from '../../../domain/catalog.ts'
import { periodYear } from '../../../domain/period.ts'
import { indexReleases } from '../../../domain/vintage.ts'
import { hasFile, observationsQuery, releasesQuery } from '../../../lib/api/queries.ts'
import type { DatasetId } from '../../../schemas/common.ts'
import { releasesPath } from '../../../schemas/constants.ts'
import { releaseNews, type ReleaseNews } from './release-news.ts'

/** null when the dataset has no releases (or, asof, none by then). */
export async function loadNews(
  client: QueryClient,
  catalog: Catalog,
  dataset: DatasetId,
): Promise<ReleaseNews | null> {
  const { manifest } = catalog
  const asof = appliedAsof(catalog, dataset)
  if (!asof && !hasFile(manifest, releasesPath(dataset))) return null
  const releases =
    asof?.releases ?? indexReleases(await client.query(releasesQuery(manifest, dataset)))
  const day = releases.list.at(asof ? asof.through : -1)?.date
  if (!day) return null
  const available = datasetYears(datasetEntry(catalog, dataset))
  const years = [
    ...new Set(
      releases.list.filter((r) => r.date === day).flatMap((r) => r.periods.map(periodYear)),
    ),
  ].filter((y) => available.has(y))
  const files = await Promise.all(
    years.map((y) => client.query(observationsQuery(manifest, dataset, y))),
  )
  return releaseNews(asof ? files.map(asof.file) : files, releases, day, catalog)
}
