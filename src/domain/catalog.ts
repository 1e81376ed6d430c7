import type { DatasetId } from '../schemas/common.ts'
import type { Indicator } from '../schemas/indicators.ts'
import type { DatasetEntry, Manifest } from '../schemas/manifest.ts'
import type { Region } from '../schemas/regions.ts'
import type { Source } from '../schemas/sources.ts'
import type { Period } from './period.ts'

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
    rankIndicator: new Map(
      indicators.flatMap((i) =>
        i.rankOf ? [[`${i.rankOf.indicator}|${i.rankOf.scope}`, i.id]] : [],
      ),
    ),
    source: new Map(sources.map((s) => [s.id, s])),
  }
}

export function datasetEntry(catalog: Catalog, dataset: DatasetId): DatasetEntry | undefined {
  return catalog.manifest.datasets.find((d) => d.id === dataset)
}

/**
 * The default period of a region: the period with the most figures for it, the latest of
 * those on a tie; the dataset's latest period when the region has none.
 */
export function defaultPeriod(entry: DatasetEntry | undefined, region: string): Period | null {
  if (!entry) return null
  let best: { period: Period; count: number } | null = null
  for (const { period, regions } of entry.periods) {
    const count = regions[region] ?? 0
    if (
      count > 0 &&
      (!best || count > best.count || (count === best.count && period > best.period))
    ) {
      best = { period, count }
    }
  }
  return best?.period ?? entry.dataAsOf
}

/** Years of the dataset that have a file, so absent years are "no data", not a failed fetch. */
export function datasetYears(entry: DatasetEntry | undefined): Set<number> {
  return new Set(entry?.years.map((y) => y.year) ?? [])
}
