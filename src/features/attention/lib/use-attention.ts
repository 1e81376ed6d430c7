import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { periodYear, type Period } from '../../../domain/period.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { appliedAsof } from '../../../domain/catalog.ts'
import { attentionQuery, hasAttention } from '../../../lib/api/queries.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import type { DatasetId } from '../../../schemas/common.ts'
import { periodAttention } from './attention-view.ts'

export type AttentionState =
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry: () => void }
  /** No findings file for the period (no rules, or no figures): nothing to say. */
  | { status: 'absent' }
  | { status: 'ready'; attention: PeriodAttention }

/** The 需关注 findings of a dataset's period, as the generator computed them. */
export function useAttention(dataset: DatasetId, period: Period | null): AttentionState {
  const catalog = useCatalog()
  const { manifest } = catalog
  const asof = appliedAsof(catalog, dataset)
  const year = period ? periodYear(period) : 0
  const listed = period !== null && hasAttention(manifest, dataset, year)
  const query = useQuery({ ...attentionQuery(manifest, dataset, year), enabled: listed })
  if (!listed) return { status: 'absent' }
  if (query.error) return { status: 'error', error: query.error, retry: () => void query.refetch() }
  if (!query.data) return { status: 'loading' }
  const current = periodAttention(query.data, period)
  const attention = asof ? asof.attention(period, current) : current
  return attention ? { status: 'ready', attention } : { status: 'absent' }
}

/**
 * The findings of the periods of some years (a deck's), for deciding which periods have any:
 * `of` is undefined while a year loads or when its file failed, null when the API has none.
 * Both are stable while the files are unchanged.
 */
export function useAttentionYears(
  dataset: DatasetId,
  years: readonly number[],
): { of: (period: Period) => PeriodAttention | null | undefined; pending: boolean } {
  const catalog = useCatalog()
  const { manifest } = catalog
  const asof = appliedAsof(catalog, dataset)
  const listed = years.filter((year) => hasAttention(manifest, dataset, year))
  const files = useQueries({
    queries: listed.map((year) => attentionQuery(manifest, dataset, year)),
  })
  // A new `of` only when a file arrives or changes (a deck's slides are chosen with it).
  const version = `${listed.join()}|${files.map((f) => f.dataUpdatedAt).join()}`
  const data = files.map((f) => f.data)
  const of = useMemo(
    () => {
      const byYear = new Map(listed.map((year, i) => [year, data[i]]))
      return (period: Period) => {
        const year = periodYear(period)
        if (!byYear.has(year)) return null
        const file = byYear.get(year)
        if (!file) return undefined
        const current = periodAttention(file, period)
        return (asof ? asof.attention(period, current) : current) ?? null
      }
    },
    // listed and data follow from the files and their versions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, asof],
  )
  return { of, pending: files.some((f) => f.isPending) }
}
