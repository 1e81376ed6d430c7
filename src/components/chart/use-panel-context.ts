import { useMemo } from 'react'
import { datasetEntry, type Catalog } from '../../domain/catalog.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { sourceLabel } from '../../lib/format/names.ts'
import type { Messages } from '../../lib/i18n/messages.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { chartColors, useIsDark, type ChartColors } from '../../lib/theme.ts'
import { useFilters, type ResolvedFilters } from '../../lib/url/use-filters.ts'
import { CHART_MESSAGES, type ChartMessages } from './messages.ts'

/** The shared strings and the panel frame's. */
export type PanelStrings = Messages & ChartMessages

export interface PanelContext {
  filters: ResolvedFilters
  catalog: Catalog
  t: PanelStrings
  colors: ChartColors
  datasetLabel: string
  synthetic: boolean
  /** Readable source lines for the source ids of what a panel shows, each once. */
  sourceLines: (ids: string[]) => string[]
}

/** What every panel needs besides its data: filters, catalog, strings, colours, dataset. */
export function usePanelContext(): PanelContext {
  const { filters } = useFilters()
  const catalog = useCatalog()
  const core = useMessages()
  const chart = useStrings(CHART_MESSAGES)
  const t = useMemo(() => ({ ...core, ...chart }), [core, chart])
  const dark = useIsDark(filters.theme)
  const entry = datasetEntry(catalog, filters.dataset)
  return {
    filters,
    catalog,
    t,
    colors: chartColors(dark, filters.colors),
    datasetLabel: entry?.label[filters.lang] ?? filters.dataset,
    synthetic: entry?.synthetic ?? false,
    sourceLines: (ids) => sourceLines(catalog, ids, filters.lang),
  }
}

/** Source lines for source ids: distinct, in order of first use (two sources may read alike). */
export function sourceLines(catalog: Catalog, ids: string[], lang: ResolvedFilters['lang']) {
  const lines = ids.flatMap((id) => {
    const source = catalog.source.get(id)
    return source ? [sourceLabel(source, lang)] : []
  })
  return [...new Set(lines)]
}
