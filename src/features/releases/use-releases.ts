import { useQuery } from '@tanstack/react-query'
import { indexReleases } from '../../domain/vintage.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { calendarQuery, hasFile, releasesQuery } from '../../lib/api/queries.ts'
import { RELEASE_CALENDAR_PATH, releasesPath, type DatasetId } from '../../schemas/constants.ts'

/** A dataset's releases, indexed (undefined while loading, or when the API has none). */
export function useReleases(dataset: DatasetId) {
  const { manifest } = useCatalog()
  return useQuery({
    ...releasesQuery(manifest, dataset),
    enabled: hasFile(manifest, releasesPath(dataset)),
    select: indexReleases,
  })
}

export function useCalendar() {
  const { manifest } = useCatalog()
  return useQuery({
    ...calendarQuery(manifest),
    enabled: hasFile(manifest, RELEASE_CALENDAR_PATH),
  })
}
