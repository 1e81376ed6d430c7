import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { DatasetId } from '../../schemas/common.ts'
import { observationsQuery } from './queries.ts'
import { appliedAsof, datasetEntry, datasetYears } from '../../domain/catalog.ts'
import { useCatalog } from './catalog-context.ts'
import { ObservationTable } from '../../domain/observation-table.ts'
import type { ObservationsState } from './use-observations.ts'

const NO_FILES = new ObservationTable([])

/**
 * One year of a dataset, for the first view (the tiles): a single query, so the first view's
 * bundle does not need the multi-query machinery the trend's three years use.
 */
export function useYearObservations(dataset: DatasetId, year: number | null): ObservationsState {
  const catalog = useCatalog()
  const listed = year !== null && datasetYears(datasetEntry(catalog, dataset)).has(year)
  const query = useQuery({
    ...observationsQuery(catalog.manifest, dataset, year ?? 0),
    enabled: listed,
  })
  // A link's asof: the file as it stood that day (see use-observations).
  const asof = appliedAsof(catalog, dataset)
  const table = useMemo(
    () =>
      query.data ? new ObservationTable([asof ? asof.file(query.data) : query.data]) : undefined,
    [query.data, asof],
  )
  return {
    table: listed ? table : year === null ? undefined : NO_FILES,
    pending: listed && query.isPending,
    errors: query.error ? [query.error] : [],
    retry: () => void query.refetch(),
  }
}
