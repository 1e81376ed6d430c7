import { useQueries } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { DatasetId } from '../../schemas/common.ts'
import type { ObservationsFile } from '../../schemas/observations.ts'
import { observationsQuery } from './queries.ts'
import { appliedAsof, datasetEntry, datasetYears } from '../../domain/catalog.ts'
import { useCatalog } from './catalog-context.ts'
import { ObservationTable } from '../../domain/observation-table.ts'

export interface ObservationsState {
  /** Present once every requested year that has a file has loaded. */
  table: ObservationTable | undefined
  pending: boolean
  /** The files that failed; an ApiError names its file and what is wrong with it. */
  errors: Error[]
  retry: () => void
}

/**
 * The observation files of some years of a dataset. A year without a file in the manifest is
 * simply a year without data, never a failed request.
 */
export function useObservations(dataset: DatasetId, years: readonly number[]): ObservationsState {
  const catalog = useCatalog()
  const available = datasetYears(datasetEntry(catalog, dataset))
  // A link's asof: each file as it stood that day (figures published later left out, revised
  // ones at their value of then), rebuilt from the releases, once per file.
  const asof = appliedAsof(catalog, dataset)
  const combine = useCallback(
    (
      results: {
        data?: ObservationsFile
        error: Error | null
        isPending: boolean
        refetch: () => Promise<unknown>
      }[],
    ): ObservationsState => {
      const files = results.flatMap((r) => (r.data ? [asof ? asof.file(r.data) : r.data] : []))
      const errors = results.flatMap((r) => (r.error ? [r.error] : []))
      return {
        table: files.length === results.length ? new ObservationTable(files) : undefined,
        pending: results.some((r) => r.isPending),
        errors,
        retry: () => {
          for (const r of results) if (r.error) void r.refetch()
        },
      }
    },
    [asof],
  )
  return useQueries({
    queries: years
      .filter((year) => available.has(year))
      .map((year) => observationsQuery(catalog.manifest, dataset, year)),
    combine,
  })
}
