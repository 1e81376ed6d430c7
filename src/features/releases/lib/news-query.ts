import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { appliedAsof, type Catalog } from '../../../domain/catalog.ts'
import type { DatasetId } from '../../../schemas/common.ts'
import { releasesPath } from '../../../schemas/constants.ts'
import { loadNews } from './load-news.ts'

/**
 * The latest release day's news (of a link's asof: that day's) as a query, for the deck: its
 * 本期更新 slide and its PowerPoint share one load. Keyed by the releases file's version, which
 * changes with every release, and the asof day.
 */
export function newsQuery(client: QueryClient, catalog: Catalog, dataset: DatasetId) {
  const path = releasesPath(dataset)
  const version = catalog.manifest.files.find((f) => f.path === path)?.sha256 ?? 'unlisted'
  return queryOptions({
    queryKey: ['release-news', dataset, version, appliedAsof(catalog, dataset)?.day ?? null],
    queryFn: () => loadNews(client, catalog, dataset),
    staleTime: 'static',
  })
}
