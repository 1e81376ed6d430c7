import { useQuery } from '@tanstack/react-query'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { targetsQuery } from '../../../lib/api/queries.ts'
import { useObservations, type ObservationsState } from '../../../lib/api/use-observations.ts'
import type { DatasetId } from '../../../schemas/common.ts'
import type { Target } from '../../../schemas/targets.ts'

/**
 * A dataset's targets and the observation files of the years `years` picks from them, as one
 * state for panelStatus: pending until both are in, failed if either failed, one retry for all.
 * `table` is held back until the targets are in, so a panel never reads figures without them.
 */
export function useTargetFiles(
  dataset: DatasetId,
  years: (targets: readonly Target[]) => number[],
): ObservationsState & { targets: readonly Target[] } {
  const catalog = useCatalog()
  const targets = useQuery(targetsQuery(catalog.manifest, dataset))
  const data = useObservations(dataset, targets.data ? years(targets.data.targets) : [])
  return {
    table: targets.data ? data.table : undefined,
    targets: targets.data?.targets ?? [],
    pending: data.pending || targets.isPending,
    errors: [...data.errors, ...(targets.error ? [targets.error] : [])],
    retry: () => {
      data.retry()
      void targets.refetch()
    },
  }
}
