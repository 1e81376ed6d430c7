import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { periodYear } from '../../domain/period.ts'
import { useAttentionYears } from '../../features/attention/index.ts'
import { newsQuery } from '../../features/releases/index.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { staticFileQuery, targetsQuery } from '../../lib/api/queries.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { datasetEntry } from '../../domain/catalog.ts'
import { parsePresentation } from '../../lib/url/presentation.ts'
import { resolveFilters, useFilters } from '../../lib/url/use-filters.ts'
import { useLocationSearch } from '../../lib/url/use-location.ts'
import { fillSpotlight, resolveDeck, type ResolvedDeck } from './deck.ts'
import { slideHasContent } from './playable.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { deckSlide } from './slide-frame.tsx'
import type { DeckInput } from '../../features/documents/index.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { chartColors } from '../../lib/theme.ts'

/** The deck as played: its slides with the spotlight filled in and the empty ones left out. */
export interface PlayableDeck extends ResolvedDeck {
  /** Slides left out: with nothing to show, or (olderPeriods: skip) only an older period. */
  skipped: { empty: number; older: number }
}

/**
 * The deck of the URL (or of `deckSearch`, the dashboard's deck menu), as the presentation and
 * the presenter's window both play it: resolved
 * (resolveDeck), its spotlight filled with the month's 预警 cities, the slides with nothing to
 * show left out and counted. null until the figures, targets and findings it needs are in;
 * with a file that failed, the slides as resolved (each says what failed).
 */
export function usePlayableDeck(deckSearch?: string) {
  const catalog = useCatalog()
  const { filters } = useFilters()
  const location = useLocationSearch()
  const search = deckSearch ?? location
  const decks = useQuery({
    ...staticFileQuery(catalog.manifest, 'decks.json', (s) => s.DecksFileSchema),
    retry: false,
  })
  const resolved = useMemo(() => {
    const current = resolveFilters(search, catalog).filters
    return resolveDeck(
      parsePresentation(search).params,
      decks.data,
      current,
      catalog,
      datasetEntry(catalog, current.dataset),
    )
  }, [search, decks.data, catalog])
  // The figures of the deck's periods, to leave out the slides that would have nothing to show.
  const years = [
    ...new Set(resolved.slides.flatMap((s) => (s.period ? [periodYear(s.period)] : []))),
  ]
  const figures = useObservations(filters.dataset, years)
  const targets = useQuery(targetsQuery(catalog.manifest, filters.dataset))
  const attention = useAttentionYears(filters.dataset, years)
  // The latest release day's news, for a deck with the 本期更新 slide (as the 通报 loads it).
  const wantsNews = resolved.slides.some((s) => s.type === 'releases')
  const newsState = useQuery({
    ...newsQuery(useQueryClient(), catalog, filters.dataset),
    enabled: wantsNews,
  })
  const newsPending = wantsNews && newsState.isPending
  // undefined: not known (a file failed), so the slide stays and says so.
  const news = newsState.isError ? undefined : newsState.data
  const deck = useMemo((): PlayableDeck | null => {
    const table = figures.table
    const failed = figures.errors.length > 0 || targets.isError
    const none = { empty: 0, older: 0 }
    if (!table || (!targets.data && !failed) || attention.pending || newsPending)
      return failed ? { ...resolved, skipped: none } : null
    const all = targets.data?.targets ?? []
    const filled = fillSpotlight(resolved.slides, resolved.spotlight, attention.of, (code) =>
      catalog.cities.some((c) => c.code === code),
    )
    const current = filled.filter((s) => resolved.olderPeriods === 'mark' || !s.older?.fellBack)
    const slides = current.filter(
      (s) =>
        s.spotlight !== undefined || slideHasContent(s, table, catalog, all, attention.of, news),
    )
    return {
      ...resolved,
      slides,
      skipped: { empty: current.length - slides.length, older: filled.length - current.length },
    }
  }, [
    resolved,
    figures.table,
    figures.errors.length,
    targets.data,
    targets.isError,
    catalog,
    attention.pending,
    attention.of,
    newsPending,
    news,
  ])
  const messages = useMessages()
  const strings = useStrings(PRESENTATION_MESSAGES)
  const entry = datasetEntry(catalog, filters.dataset)
  const { lang, colors } = filters
  /** The deck as the documents feature takes it: the PowerPoint file, the presenter's notes. */
  const input = useMemo((): DeckInput | null => {
    if (!deck || !figures.table) return null
    const t = { ...messages, ...strings }
    return {
      slides: deck.slides.map((s) => deckSlide(s, catalog, lang, t)),
      table: figures.table,
      catalog,
      targets: targets.data?.targets ?? [],
      lang,
      colors: chartColors(false, colors),
      syntheticLabel: entry?.synthetic ? t.syntheticLabel : null,
      dataAsOf: entry?.dataAsOf ?? undefined,
      title: deck.name?.[lang] ?? t.presentation,
      attention: attention.of,
      news,
    }
  }, [
    deck,
    figures.table,
    catalog,
    targets.data,
    lang,
    colors,
    entry,
    attention.of,
    news,
    messages,
    strings,
  ])
  return { deck, resolved, table: figures.table, input }
}
