import type { DatasetId } from '../schemas/common.ts'
import type { Indicator } from '../schemas/indicators.ts'
import type { DatasetEntry, Manifest } from '../schemas/manifest.ts'
import type { Region } from '../schemas/regions.ts'
import type { Source } from '../schemas/sources.ts'
import type { Period } from './period.ts'
import type { Asof } from './vintage.ts'

/** The small files every view needs, loaded once before any panel renders. */
export interface Catalog {
  manifest: Manifest
  regions: Region[]
  region: Map<string, Region>
  cities: Region[]
  groups: Region[]
  indicator: Map<string, Indicator>
  /** The indicator holding published ranks of a figure: key "indicator|province" or "indicator|group". */
  rankIndicator: Map<string, string>
  source: Map<string, Source>
  /** The link's `asof` (null: none): the dataset's entry above is then that day's. */
  asof: Asof | null
}

export function makeCatalog(
  manifest: Manifest,
  regions: Region[],
  indicators: Indicator[],
  sources: Source[],
): Catalog {
  return {
    manifest,
    regions,
    region: new Map(regions.map((r) => [r.code, r])),
    cities: regions.filter((r) => r.type === 'city'),
    groups: regions.filter((r) => r.type === 'group'),
    indicator: new Map(indicators.map((i) => [i.id, i])),
    rankIndicator: rankIndicators(indicators),
    source: new Map(sources.map((s) => [s.id, s])),
    asof: null,
  }
}

/** The rank indicators by the figure they rank: "indicator|province" → its id. */
export function rankIndicators(indicators: Indicator[]): Map<string, string> {
  return new Map(
    indicators.flatMap((i) =>
      i.rankOf ? [[`${i.rankOf.indicator}|${i.rankOf.scope}`, i.id] as const] : [],
    ),
  )
}

export function datasetEntry(catalog: Catalog, dataset: DatasetId): DatasetEntry | undefined {
  return catalog.manifest.datasets.find((d) => d.id === dataset)
}

/** The period a region's views open on (see default-period.ts); the dataset's latest for none. */
export function defaultPeriod(entry: DatasetEntry | undefined, region: string): Period | null {
  if (!entry) return null
  return entry.defaultPeriods[region] ?? entry.dataAsOf
}

/** Years of the dataset that have a file, so absent years are "no data", not a failed fetch. */
export function datasetYears(entry: DatasetEntry | undefined): Set<number> {
  return new Set(entry?.years.map((y) => y.year) ?? [])
}

/** The catalog's asof when it applies to the dataset: the figures are then that day's. */
export function appliedAsof(catalog: Catalog, dataset: DatasetId) {
  const { asof } = catalog
  return asof?.status === 'applied' && asof.dataset === dataset ? asof : null
}
