/**
 * Every filter lives in the URL. This module declares each parameter once, with its default,
 * its parser (valid / invalid / missing) and its serializer (which leaves defaults out), so a
 * shared link reopens the same view and a wrong link falls back instead of crashing.
 */
import { isDatasetId, type DatasetId } from '../../schemas/constants.ts'
import { keyIndicator } from '../../domain/key-indicators.ts'
import { MODE_KEYS } from './modes.ts'
import { CODE, oneOf, parseParam, shorten, type IgnoredParam, type Param } from './params.ts'
import { isPeriod, type Measure, type Period } from '../../domain/period.ts'
import { type Lang } from '../i18n/lang.ts'

export type Theme = 'light' | 'dark' | 'system'
export type ColorConvention = 'red-up' | 'green-up'

export type SortColumn = 'region' | 'growth' | 'investment' | 'hightech' | 'tech'
export interface Sort {
  column: SortColumn
  direction: 'asc' | 'desc'
}

export interface Filters {
  dataset: DatasetId
  region: string
  compare: string[]
  /** null: the default period, which depends on the data (see defaultPeriod). */
  period: Period | null
  measure: Measure
  lang: Lang
  theme: Theme
  colors: ColorConvention
  /** The indicator the map and the ranking show (a key indicator's year-to-date id). */
  indicator: string
  /** The scorecard's order; null: the regions' own order, group by group. */
  sort: Sort | null
  /** The view as published by the end of this day (YYYY-MM-DD); null: as published now. */
  asof: string | null
}

export const MAX_COMPARE = 4

export type { IgnoredParam }
/** A filter's parameter: its key is the filter's name. */
type FilterParam<T> = Param<T> & { key: keyof Filters }

export const PARAMS = {
  dataset: {
    key: 'dataset',
    fallback: 'official',
    parse: (raw) => (isDatasetId(raw) ? raw : undefined),
    serialize: (v) => v,
  } satisfies FilterParam<DatasetId>,
  region: {
    key: 'region',
    fallback: 'guangdong',
    parse: (raw) => (CODE.test(raw) ? raw : undefined),
    serialize: (v) => v,
  } satisfies FilterParam<string>,
  compare: {
    key: 'compare',
    fallback: [],
    parse: (raw) => {
      const codes = raw.split(',').filter((code) => code !== '')
      if (!codes.every((code) => CODE.test(code))) return undefined
      return [...new Set(codes)].slice(0, MAX_COMPARE)
    },
    serialize: (v) => (v.length > 0 ? v.join(',') : null),
  } satisfies FilterParam<string[]>,
  period: {
    key: 'period',
    fallback: null,
    parse: (raw) => (isPeriod(raw) ? raw : undefined),
    serialize: (v) => v,
    // 2017-01 is a well-formed month, but January is never published alone.
    why: (raw) => (/^\d{4}-01$/.test(raw) ? 'january' : 'invalid'),
  } satisfies FilterParam<Period | null>,
  measure: {
    key: 'measure',
    fallback: 'ytd',
    parse: oneOf(['ytd', 'month'] as const),
    serialize: (v) => v,
  } satisfies FilterParam<Measure>,
  lang: {
    key: 'lang',
    fallback: 'zh',
    parse: oneOf(['zh', 'en'] as const),
    serialize: (v) => v,
  } satisfies FilterParam<Lang>,
  theme: {
    key: 'theme',
    fallback: 'system',
    parse: oneOf(['light', 'dark', 'system'] as const),
    serialize: (v) => v,
  } satisfies FilterParam<Theme>,
  colors: {
    key: 'colors',
    fallback: 'red-up',
    parse: oneOf(['red-up', 'green-up'] as const),
    serialize: (v) => v,
  } satisfies FilterParam<ColorConvention>,
  indicator: {
    key: 'indicator',
    fallback: 'iva_above_scale_yoy_pct',
    parse: (raw) => keyIndicator(raw)?.ytd,
    serialize: (v) => v,
  } satisfies FilterParam<string>,
  sort: {
    key: 'sort',
    fallback: null,
    parse: (raw) => {
      const [column, direction] = raw.split('.')
      const columns: SortColumn[] = ['region', 'growth', 'investment', 'hightech', 'tech']
      const found = columns.find((c) => c === column)
      return found && (direction === 'asc' || direction === 'desc')
        ? { column: found, direction }
        : undefined
    },
    serialize: (v) => (v ? `${v.column}.${v.direction}` : null),
  } satisfies FilterParam<Sort | null>,
  asof: {
    key: 'asof',
    fallback: null,
    parse: (raw) => (isDay(raw) ? raw : undefined),
    serialize: (v) => v,
  } satisfies FilterParam<string | null>,
} as const

/** A calendar day YYYY-MM-DD that exists (2024-02-30 does not). */
export function isDay(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false
  const [year, month, day] = raw.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

export const DEFAULT_FILTERS: Filters = {
  dataset: PARAMS.dataset.fallback,
  region: PARAMS.region.fallback,
  compare: PARAMS.compare.fallback,
  period: PARAMS.period.fallback,
  measure: PARAMS.measure.fallback,
  lang: PARAMS.lang.fallback,
  theme: PARAMS.theme.fallback,
  colors: PARAMS.colors.fallback,
  indicator: PARAMS.indicator.fallback,
  sort: PARAMS.sort.fallback,
  asof: PARAMS.asof.fallback,
}

/** Parameters of the modes (brief, presentation) are theirs; anything else is reported. */
const KNOWN_KEYS = new Set<string>([...Object.keys(PARAMS), ...MODE_KEYS])

/**
 * The filters a URL asks for, checked for form only; what needs the data (does the region
 * exist, does the period) is checked by resolveFilters once the catalog is loaded.
 */
export function parseFilters(search: string): { filters: Filters; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search)
  const ignored: IgnoredParam[] = []
  const filters = { ...DEFAULT_FILTERS }
  const read = <K extends keyof Filters>(param: Param<Filters[K]> & { key: K }) => {
    const parsed = parseParam(param, params)
    if (parsed.status === 'valid') filters[param.key] = parsed.value
    if (parsed.status === 'invalid') {
      const raw = params.get(param.key) ?? ''
      ignored.push({ key: param.key, value: shorten(raw), reason: param.why?.(raw) ?? 'invalid' })
    }
    if (params.getAll(param.key).length > 1) {
      ignored.push({
        key: param.key,
        value: shorten(params.getAll(param.key).slice(1).join(', ')),
        reason: 'repeated',
      })
    }
  }
  read(PARAMS.dataset)
  read(PARAMS.region)
  read(PARAMS.compare)
  read(PARAMS.period)
  read(PARAMS.measure)
  read(PARAMS.lang)
  read(PARAMS.theme)
  read(PARAMS.colors)
  read(PARAMS.indicator)
  read(PARAMS.sort)
  read(PARAMS.asof)
  for (const key of new Set(params.keys())) {
    if (!KNOWN_KEYS.has(key))
      ignored.push({
        key: shorten(key),
        value: shorten(params.get(key) ?? ''),
        reason: 'unknown-key',
      })
  }
  return { filters, ignored }
}

/**
 * The query string for filters: defaults are left out, and so is any parameter of the current
 * URL that this module does not own (modes such as present=1 keep their own parameters).
 */
export function serializeFilters(
  filters: Filters,
  defaultPeriod: Period | null,
  base = '',
): string {
  const params = new URLSearchParams(base)
  const set = <K extends keyof Filters>(
    param: Param<Filters[K]> & { key: K },
    isDefault: boolean,
  ) => {
    const text = isDefault ? null : param.serialize(filters[param.key])
    if (text === null) params.delete(param.key)
    else params.set(param.key, text)
  }
  set(PARAMS.dataset, filters.dataset === DEFAULT_FILTERS.dataset)
  set(PARAMS.region, filters.region === DEFAULT_FILTERS.region)
  set(PARAMS.compare, filters.compare.length === 0)
  set(PARAMS.period, filters.period === null || filters.period === defaultPeriod)
  set(PARAMS.measure, filters.measure === DEFAULT_FILTERS.measure)
  set(PARAMS.lang, filters.lang === DEFAULT_FILTERS.lang)
  set(PARAMS.theme, filters.theme === DEFAULT_FILTERS.theme)
  set(PARAMS.colors, filters.colors === DEFAULT_FILTERS.colors)
  set(PARAMS.indicator, filters.indicator === DEFAULT_FILTERS.indicator)
  set(PARAMS.sort, filters.sort === null)
  set(PARAMS.asof, filters.asof === null)
  const text = params.toString()
  return text ? `?${text}` : ''
}
