import { datasetEntry, type Catalog } from '../../domain/catalog.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import type { PanelStrings } from '../../lib/i18n/panel-messages.ts'
import { sourceLabel } from '../../lib/format/names.ts'
import { chartColors, useIsDark, type ChartColors } from '../../lib/theme.ts'
import { useFilters, type ResolvedFilters } from '../../lib/url/use-filters.ts'
import { usePanelMessages } from '../../lib/i18n/panel-messages.ts'

export interface PanelContext {
  filters: ResolvedFilters
  catalog: Catalog
  t: PanelStrings
  colors: ChartColors
  datasetLabel: string
  synthetic: boolean
  /** Readable source lines for the source ids of what a panel shows. */
  sourceLines: (ids: string[]) => string[]
}

/** What every panel needs besides its data: filters, catalog, strings, colours, dataset. */
export function usePanelContext(): PanelContext {
  const { filters } = useFilters()
  const catalog = useCatalog()
  const t = usePanelMessages()
  const dark = useIsDark(filters.theme)
  const entry = datasetEntry(catalog, filters.dataset)
  return {
    filters,
    catalog,
    t,
    colors: chartColors(dark, filters.colors),
    datasetLabel: entry?.label[filters.lang] ?? filters.dataset,
    synthetic: entry?.synthetic ?? false,
    sourceLines: (ids) =>
      ids.flatMap((id) => {
        const source = catalog.source.get(id)
        return source ? [sourceLabel(source, filters.lang)] : []
      }),
  }
}
