import { useQuery } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import type { Catalog } from '../domain/catalog.ts'
import { catalogAsOf } from '../domain/catalog-as-of.ts'
import { localDay } from '../domain/release-calendar.ts'
import { asofOf, indexReleases } from '../domain/vintage.ts'
import { CatalogContext } from '../lib/api/catalog-context.ts'
import { hasFile, releasesQuery, vintagesQuery } from '../lib/api/queries.ts'
import type { DatasetId } from '../schemas/common.ts'
import { releasesPath, vintagesPath } from '../schemas/constants.ts'

/**
 * A link's `asof`: the catalog as it stood at the end of that day (the dataset's periods and
 * default periods, then every figure and finding, follow it). Its two files are loaded only by
 * such links. A day it cannot show (before the first release, to come, files not loaded) is
 * refused, and the view falls back to the latest figures with the usual notice.
 */
export default function AsofCatalog({
  catalog,
  dataset,
  day,
  loading,
  children,
}: {
  catalog: Catalog
  dataset: DatasetId
  /** null: no day (the link left it): the catalog as it is. */
  day: string | null
  loading: ReactNode
  children: ReactNode
}) {
  const { manifest } = catalog
  const listed =
    hasFile(manifest, releasesPath(dataset)) && hasFile(manifest, vintagesPath(dataset))
  const wanted = listed && day !== null
  const releases = useQuery({
    ...releasesQuery(manifest, dataset),
    enabled: wanted,
    select: indexReleases,
  })
  const vintages = useQuery({ ...vintagesQuery(manifest, dataset), enabled: wanted })
  const failed = !listed || releases.error !== null || vintages.error !== null
  const value = useMemo(() => {
    if (day === null) return catalog
    if (failed)
      return catalogAsOf(catalog, { status: 'refused', dataset, day, reason: 'asof-unavailable' })
    if (!releases.data || !vintages.data) return null
    const today = localDay(new Date())
    return catalogAsOf(catalog, asofOf(dataset, day, today, releases.data, vintages.data.steps))
  }, [catalog, dataset, day, failed, releases.data, vintages.data])
  if (!value) return loading
  return <CatalogContext value={value}>{children}</CatalogContext>
}
