/**
 * Presentation mode's URL parameters: deck=, slides=, interval=, regions=, refresh= and
 * presenter=1, the presenter's window, which app.tsx reads to choose the page (their keys
 * are declared with the modes). Parsed by the same rules as the filters (params.ts), in a module
 * of its own that loads with the presentation; what does not parse is left out and listed, so
 * the screen can say what it ignored.
 */
import { keyIndicator } from '../../domain/key-indicators.ts'
import type { Slide } from '../../schemas/decks.ts'
import { SLIDE_TYPES } from '../../schemas/slide-types.ts'
import { CODE, shorten } from './params.ts'

export interface PresentationParams {
  /** A named deck of decks.json. */
  deck: string | null
  /** A deck spelled out in the URL: slides=overview,map@15,city:guangzhou. */
  slides: Slide[] | null
  /** Default seconds per slide, overriding the deck's. */
  interval: number | null
  /** Cities for the spotlight slides ("city" without a region). */
  regions: string[]
  /** Seconds between checks for new data. */
  refresh: number
}

export const DEFAULT_REFRESH = 300

const SLIDE_TOKEN = /^([a-z]+)(?::([a-z][a-z0-9_]*))?(?:@(\d{1,4}))?$/

/** "map:hightech_mfg_va_yoy_pct@15" → a slide; undefined when it is not one. */
export function parseSlide(token: string): Slide | undefined {
  const match = SLIDE_TOKEN.exec(token)
  if (!match) return undefined
  const [, name, arg, seconds] = match
  const type = SLIDE_TYPES.find((t) => t === name)
  if (!type) return undefined
  const slide: Slide = { type }
  if (seconds !== undefined) {
    const n = Number(seconds)
    if (n < 3 || n > 3600) return undefined
    slide.seconds = n
  }
  if (arg !== undefined) {
    if (type === 'city') slide.region = arg
    else if ((type === 'ranking' || type === 'map') && keyIndicator(arg)) slide.indicator = arg
    else return undefined
  }
  return slide
}

function seconds(raw: string, min: number, max: number): number | undefined {
  if (!/^\d{1,5}$/.test(raw)) return undefined
  const n = Number(raw)
  return n >= min && n <= max ? n : undefined
}

export function parsePresentation(search: string): {
  params: PresentationParams
  problems: string[]
} {
  const url = new URLSearchParams(search)
  const problems: string[] = []
  const params: PresentationParams = {
    deck: null,
    slides: null,
    interval: null,
    regions: [],
    refresh: DEFAULT_REFRESH,
  }
  const invalid = (key: string, value: string) => problems.push(`${key}=${shorten(value)}`)

  const deck = url.get('deck')
  if (deck !== null) {
    if (CODE.test(deck) && deck.length <= 40) params.deck = deck
    else invalid('deck', deck)
  }
  const slides = url.get('slides')
  if (slides !== null) {
    const parsed: Slide[] = []
    for (const token of slides.split(',').slice(0, 100)) {
      const slide = parseSlide(token)
      if (slide) parsed.push(slide)
      else if (token !== '') invalid('slides', token)
    }
    if (parsed.length > 0) params.slides = parsed
  }
  const interval = url.get('interval')
  if (interval !== null) {
    const n = seconds(interval, 3, 3600)
    if (n === undefined) invalid('interval', interval)
    else params.interval = n
  }
  const regions = url.get('regions')
  if (regions !== null) {
    const codes = regions.split(',').filter(Boolean)
    if (codes.every((c) => CODE.test(c)) && codes.length <= 21) params.regions = [...new Set(codes)]
    else invalid('regions', regions)
  }
  const refresh = url.get('refresh')
  if (refresh !== null) {
    const n = seconds(refresh, 2, 86_400)
    if (n === undefined) invalid('refresh', refresh)
    else params.refresh = n
  }
  const presenter = url.get('presenter')
  if (presenter !== null && presenter !== '1') invalid('presenter', presenter)
  return { params, problems }
}
