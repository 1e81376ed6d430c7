import type { Catalog } from '../../domain/catalog.ts'
import type { Period } from '../../domain/period.ts'
import type { ResolvedFilters } from '../../lib/url/use-filters.ts'
import type { Deck, DecksFile, Slide } from '../../schemas/decks.ts'
import type { PresentationParams } from '../../lib/url/presentation.ts'

export const DEFAULT_INTERVAL = 20
export const DEFAULT_DECK = 'default'

/** A slide ready to show: its own filters filled in from the presentation's URL. */
export interface SlideView {
  key: string
  type: Slide['type']
  region: string
  period: Period | null
  indicator: string
  seconds: number
}

export interface ResolvedDeck {
  name: { zh: string; en: string } | null
  slides: SlideView[]
  /** What the URL asked for that does not exist (an unknown deck or region). */
  problems: string[]
}

/**
 * The slides to show: the URL's own list (slides=…) or a named deck (deck=…, else the default
 * one), each slide's filters completed from the URL, "city" slides without a region expanded
 * into one per city of regions=, and durations from the slide, else interval=, else the deck.
 */
export function resolveDeck(
  modes: PresentationParams,
  decks: DecksFile | undefined,
  filters: ResolvedFilters,
  catalog: Catalog,
  periodOf: (region: string) => Period | null,
): ResolvedDeck {
  const problems: string[] = []
  // A period chosen in the URL applies to every slide; otherwise each region shows its own.
  const explicitPeriod = filters.period !== filters.defaultPeriod ? filters.period : null
  const named: Deck | undefined = decks?.decks.find((d) => d.id === (modes.deck ?? DEFAULT_DECK))
  if (modes.deck && !named) problems.push(`deck=${modes.deck}`)
  const source = modes.slides ?? named?.slides ?? [{ type: 'overview' as const }]
  const interval = modes.interval ?? named?.interval ?? DEFAULT_INTERVAL
  const spotlights = modes.regions.filter((code) => {
    const known = catalog.region.has(code)
    if (!known) problems.push(`regions=${code}`)
    return known
  })

  const slides: SlideView[] = []
  for (const slide of source) {
    const regions =
      slide.type === 'city' && !slide.region
        ? spotlights.length > 0
          ? spotlights
          : [filters.region]
        : [slide.region ?? filters.region]
    for (const region of regions) {
      if (!catalog.region.has(region)) {
        problems.push(`${slide.type}:${region}`)
        continue
      }
      const period = slide.period ?? explicitPeriod ?? periodOf(region)
      slides.push({
        key: `${slides.length}-${slide.type}-${region}`,
        type: slide.type,
        region,
        period,
        indicator: slide.indicator ?? filters.indicator,
        seconds: slide.seconds ?? interval,
      })
    }
  }
  return { name: modes.slides ? null : (named?.name ?? null), slides, problems }
}
