import { defaultPeriod, type Catalog } from '../../domain/catalog.ts'
import type { DatasetEntry } from '../../schemas/manifest.ts'
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
  /**
   * The deck's period when this slide shows another: its city has no figure for the deck's
   * period, so it shows its own latest (and says so).
   */
  deckPeriod?: Period
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
 *
 * One period for the whole deck, resolved once: the URL's period, else the default period of
 * the presentation's region (see domain/default-period.ts); a slide may name its own. A city
 * slide whose city has no figure for the deck's period shows the city's own latest period and
 * keeps the deck's, so the slide can say why.
 */
export function resolveDeck(
  modes: PresentationParams,
  decks: DecksFile | undefined,
  filters: ResolvedFilters,
  catalog: Catalog,
  entry: DatasetEntry | undefined,
): ResolvedDeck {
  const problems: string[] = []
  const deckPeriod = filters.period
  const hasFigures = (region: string, period: Period) =>
    (entry?.periods.find((p) => p.period === period)?.regions[region] ?? 0) > 0
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
      let period = slide.period ?? deckPeriod
      let moved: Period | undefined
      if (!slide.period && slide.type === 'city' && period && !hasFigures(region, period)) {
        moved = period
        period = defaultPeriod(entry, region)
      }
      slides.push({
        key: `${slides.length}-${slide.type}-${region}`,
        type: slide.type,
        region,
        period,
        indicator: slide.indicator ?? filters.indicator,
        seconds: slide.seconds ?? interval,
        ...(moved && moved !== period ? { deckPeriod: moved } : {}),
      })
    }
  }
  return { name: modes.slides ? null : (named?.name ?? null), slides, problems }
}
