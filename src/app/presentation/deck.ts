import { defaultPeriod, type Catalog } from '../../domain/catalog.ts'
import type { DatasetEntry } from '../../schemas/manifest.ts'
import { COMMENDED_PERIOD } from '../../features/commended/index.ts'
import type { Period } from '../../domain/period.ts'
import type { ResolvedFilters } from '../../lib/url/use-filters.ts'
import type { PeriodAttention } from '../../schemas/attention.ts'
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
  /** A scorecard's region group: the 计分卡 comes in pages, one per group, read from 5 m. */
  group?: string
  /** Seconds on screen in a rotating deck; a meeting deck's slides have none (no timer). */
  seconds: number | undefined
  /**
   * The deck's period when this slide shows an older one: its own (a slide naming its period),
   * or its city's latest, the city having no figure for the deck's (`fellBack`).
   */
  older?: { deckPeriod: Period; fellBack: boolean }
  /**
   * A spotlight slide (a city slide of a deck with `spotlight`): `pending` until the month's 预警
   * cities are known (fillSpotlight), then one slide per city — or, with none, one slide saying
   * so (`none`), or that the findings could not be read (`unknown`).
   */
  spotlight?: 'pending' | 'none' | 'unknown'
}

export interface ResolvedDeck {
  name: { zh: string; en: string } | null
  /** Advanced by itself (a rotating deck, or the URL's interval= or @seconds), else by the presenter. */
  rotating: boolean
  /** How many 预警 cities the spotlight slides show at most (0: the deck has none). */
  spotlight: number
  olderPeriods: NonNullable<Deck['olderPeriods']>
  slides: SlideView[]
  /** What the URL asked for that does not exist (an unknown deck or region). */
  problems: string[]
}

/**
 * The slides to show: the URL's own list (slides=…) or a named deck (deck=…, else the default
 * one), each slide's filters completed from the URL, "city" slides without a region expanded
 * into one per city of regions=, else (a deck with `spotlight`) left for the month's 预警 cities
 * (fillSpotlight), else the presentation's region. A meeting deck has no timer; a rotating one
 * (or interval= or a slide's @seconds in the URL) gives each slide its seconds, else interval=,
 * else the deck's.
 *
 * One period for the whole deck, resolved once: the URL's period, else the default period of
 * the presentation's region (see domain/default-period.ts); a slide may name its own. A city
 * slide whose city has no figure for the deck's period shows the city's own latest period and
 * keeps the deck's, so the slide can say so. The 计分卡 comes as one slide per region group.
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
  const rotating =
    modes.interval !== null ||
    (modes.slides ? modes.slides.some((s) => s.seconds !== undefined) : named?.mode === 'rotating')
  const interval = modes.interval ?? named?.interval ?? DEFAULT_INTERVAL
  const spotlight = modes.slides ? 0 : (named?.spotlight ?? 0)
  const spotlights = modes.regions.filter((code) => {
    const known = catalog.region.has(code)
    if (!known) problems.push(`regions=${code}`)
    return known
  })

  const slides: SlideView[] = []
  for (const slide of source) {
    const open = slide.type === 'city' && !slide.region
    const regions = open
      ? spotlights.length > 0
        ? spotlights
        : [filters.region]
      : [slide.region ?? filters.region]
    for (const region of regions) {
      if (!catalog.region.has(region)) {
        problems.push(`${slide.type}:${region}`)
        continue
      }
      // The commended slide is of its own period whatever the deck's, as its panel is (#29).
      const own = slide.period ?? (slide.type === 'commended' ? COMMENDED_PERIOD : undefined)
      let period = own ?? deckPeriod
      let older: SlideView['older']
      if (!own && slide.type === 'city' && period && !hasFigures(region, period)) {
        older = { deckPeriod: period, fellBack: true }
        period = defaultPeriod(entry, region)
      } else if (own && deckPeriod && own < deckPeriod) {
        older = { deckPeriod, fellBack: false }
      }
      const view: SlideView = {
        key: `${slides.length}-${slide.type}-${region}`,
        type: slide.type,
        region,
        period,
        indicator: slide.indicator ?? filters.indicator,
        seconds: rotating ? (slide.seconds ?? interval) : undefined,
        ...(older && older.deckPeriod !== period ? { older } : {}),
        ...(open && spotlights.length === 0 && spotlight > 0
          ? { spotlight: 'pending' as const }
          : {}),
      }
      if (slide.type === 'scorecard')
        slides.push(
          ...catalog.groups.map((g) => ({ ...view, key: `${view.key}-${g.code}`, group: g.code })),
        )
      else slides.push(view)
    }
  }
  return {
    name: modes.slides ? null : (named?.name ?? null),
    rotating,
    spotlight,
    olderPeriods: named?.olderPeriods ?? 'mark',
    slides,
    problems,
  }
}

/**
 * The spotlight slides filled in: the cities with 预警 in the deck's period's findings, in their
 * order (预警 first, in region order), up to `max`; with none, one slide saying so; when the
 * findings are not known (a file that failed), one slide saying that.
 */
export function fillSpotlight(
  slides: readonly SlideView[],
  max: number,
  attention: (period: Period) => PeriodAttention | null | undefined,
  isCity: (code: string) => boolean,
): SlideView[] {
  return slides.flatMap((slide) => {
    if (slide.spotlight !== 'pending' || !slide.period) return [slide]
    const found = attention(slide.period)
    if (found === undefined) return [{ ...slide, spotlight: 'unknown' as const }]
    const cities = [
      ...new Set(
        (found?.alerts ?? [])
          .filter((a) => a.level === 'warning' && isCity(a.region))
          .map((a) => a.region),
      ),
    ].slice(0, max)
    if (cities.length === 0) return [{ ...slide, spotlight: 'none' as const }]
    return cities.map((region) => ({
      ...slide,
      key: `${slide.key}-${region}`,
      region,
      spotlight: undefined,
    }))
  })
}
