import type { Catalog } from './catalog.ts'
import { vintageEntry, type Asof } from './vintage.ts'

/**
 * The catalog as of a day: the dataset's entry replayed to that day (see vintageEntry), and the
 * day itself, which the filters, the figures and the findings then follow.
 */
export function catalogAsOf(catalog: Catalog, asof: Asof): Catalog {
  if (asof.status === 'refused') return { ...catalog, asof }
  const cities = new Set(catalog.cities.map((c) => c.code))
  const datasets = catalog.manifest.datasets.map((entry) =>
    entry.id === asof.dataset ? vintageEntry(entry, asof.steps, asof.day, cities) : entry,
  )
  return { ...catalog, manifest: { ...catalog.manifest, datasets }, asof }
}
