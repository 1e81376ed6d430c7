import { useCallback } from 'react'
import { datasetEntry, defaultPeriod, type Catalog } from '../../domain/catalog.ts'
import { useCatalog } from '../api/catalog-context.ts'
import {
  DEFAULT_FILTERS,
  parseFilters,
  serializeFilters,
  type Filters,
  type IgnoredParam,
} from './filters.ts'
import { parseModes, serializeModes } from './modes.ts'
import type { Period } from '../../domain/period.ts'
import { announcePeriodMove, type PeriodMove } from './period-move.ts'
import { navigate, useLocationSearch } from './use-location.ts'

export interface ResolvedFilters extends Omit<Filters, 'period'> {
  /** The period shown: the URL's, or the default; null only when the dataset has no data. */
  period: Period | null
  defaultPeriod: Period | null
}

/** The URL's filters, checked against the data: unknown regions and periods fall back. */
export function resolveFilters(
  search: string,
  catalog: Catalog,
): { filters: ResolvedFilters; ignored: IgnoredParam[] } {
  const { filters, ignored } = parseFilters(search)
  ignored.push(...parseModes(search).ignored)
  if (!catalog.region.has(filters.region)) {
    ignored.push({ key: 'region', value: filters.region, reason: 'unknown-region' })
    filters.region = DEFAULT_FILTERS.region
  }
  const unknown = filters.compare.filter((code) => !catalog.region.has(code))
  if (unknown.length > 0) {
    ignored.push({ key: 'compare', value: unknown.join(','), reason: 'unknown-region' })
  }
  filters.compare = filters.compare.filter(
    (code) => catalog.region.has(code) && code !== filters.region,
  )

  // The catalog gate loads the day's releases before anything renders (catalogAsOf).
  const asof = catalog.asof?.dataset === filters.dataset ? catalog.asof : null
  if (filters.asof !== null && asof?.day === filters.asof && asof.status === 'refused')
    ignored.push({ key: 'asof', value: filters.asof, reason: asof.reason })
  if (asof?.status !== 'applied' || asof.day !== filters.asof) filters.asof = null

  const entry = datasetEntry(catalog, filters.dataset)
  const fallback = defaultPeriod(entry, filters.region)
  if (filters.period !== null && !entry?.periods.some((p) => p.period === filters.period)) {
    const reason = filters.asof === null ? 'unknown-period' : 'unpublished-then'
    ignored.push({ key: 'period', value: filters.period, reason })
    filters.period = null
  }
  return {
    filters: { ...filters, period: filters.period ?? fallback, defaultPeriod: fallback },
    ignored,
  }
}

/**
 * The URL as it should read: the valid filters without defaults, the parameters of the other
 * modes kept, everything else (unknown keys, invalid or repeated values) dropped.
 */
export function canonicalSearch(search: string, catalog: Catalog): string {
  const { filters } = resolveFilters(search, catalog)
  const base = new URLSearchParams()
  serializeModes(parseModes(search).modes, base, new URLSearchParams(search))
  const entry = datasetEntry(catalog, filters.dataset)
  const period = filters.period === filters.defaultPeriod ? null : filters.period
  return serializeFilters(
    { ...filters, period },
    defaultPeriod(entry, filters.region),
    base.toString(),
  )
}

/**
 * The query string that reopens what `search` shows now, whatever data arrive later: canonical,
 * with the period and the dataset written out even where they are the defaults, since the
 * default period moves on with new data (#29: the brief's 本页链接 opened another month).
 */
export function pinnedSearch(search: string, catalog: Catalog): string {
  const { filters } = resolveFilters(search, catalog)
  const params = new URLSearchParams(canonicalSearch(search, catalog))
  params.set('dataset', filters.dataset)
  if (filters.period) params.set('period', filters.period)
  return `?${params.toString()}`
}

// Many components read the filters: the URL is parsed once per address, not once per reader.
let last: { search: string; catalog: Catalog; resolved: ReturnType<typeof resolveFilters> } | null =
  null
function resolvedOnce(search: string, catalog: Catalog) {
  if (last?.search !== search || last.catalog !== catalog)
    last = { search, catalog, resolved: resolveFilters(search, catalog) }
  return last.resolved
}

/**
 * The query string a change of filters leads to. A period the reader did not choose follows
 * the region's default; a chosen one is kept when the new region has figures for it, and
 * otherwise moves to the region's default, reported as a move.
 */
export function nextSearch(
  search: string,
  catalog: Catalog,
  patch: Partial<Filters>,
): { search: string; moved: PeriodMove | null } {
  const current = resolveFilters(search, catalog).filters
  const next: Filters = { ...current, ...patch }
  const entry = datasetEntry(catalog, next.dataset)
  let moved: PeriodMove | null = null
  if (!('period' in patch) && current.period === current.defaultPeriod) next.period = null
  else if (!('period' in patch) && next.period !== null && next.region !== current.region) {
    const coverage = entry?.periods.find((p) => p.period === next.period)
    if ((coverage?.regions[next.region] ?? 0) === 0) {
      moved = { region: next.region, from: next.period, to: defaultPeriod(entry, next.region) }
      next.period = null
    }
  }
  if (next.period !== null && !entry?.periods.some((p) => p.period === next.period)) {
    next.period = null
  }
  next.compare = next.compare.filter((code) => code !== next.region)
  return { search: serializeFilters(next, defaultPeriod(entry, next.region), search), moved }
}

export function useFilters(): {
  filters: ResolvedFilters
  ignored: IgnoredParam[]
  setFilters: (patch: Partial<Filters>, options?: { replace?: boolean }) => void
  /** The query string of the view with these filters changed, for a link. */
  linkTo: (patch: Partial<Filters>) => string
} {
  const catalog = useCatalog()
  const search = useLocationSearch()
  const { filters, ignored } = resolvedOnce(search, catalog)

  const setFilters = useCallback(
    (patch: Partial<Filters>, options: { replace?: boolean } = {}) => {
      const next = nextSearch(window.location.search, catalog, patch)
      announcePeriodMove(next.moved)
      navigate(next.search, options)
    },
    [catalog],
  )
  const linkTo = useCallback(
    (patch: Partial<Filters>) => nextSearch(search, catalog, patch).search || '?',
    [search, catalog],
  )
  return { filters, ignored, setFilters, linkTo }
}
