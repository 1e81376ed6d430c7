/**
 * present=1&presenter=1: the presenter's window, opened with S from the presentation. The
 * current and the next slide as the room sees them, the slide's notes (its 通报 sentence, its
 * sources, what is not published for it), the time since the presenter started; it moves the
 * presentation and follows it (presenter-sync.ts). It runs no timer of its own: a rotating
 * deck's timer is the presentation's.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Catalog } from '../../domain/catalog.ts'
import { STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import { deckNotes } from '../../features/documents/index.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { regionName } from '../../lib/format/names.ts'
import { labelled } from '../../lib/format/punctuation.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { useFilters } from '../../lib/url/use-filters.ts'
import { useLocationSearch } from '../../lib/url/use-location.ts'
import { CurrentTime } from './chrome.tsx'
import type { SlideView } from './deck.ts'
import { PRESENTATION_MESSAGES, type PresentationMessages } from './messages.ts'
import { useDeckSync } from './presenter-sync.ts'
import { SlideFrame, slideTitle } from './slide-frame.tsx'
import { notPublishedText } from './slide-parts.tsx'
import { usePlayableDeck } from './use-deck.ts'
import { toggleFullscreen } from './use-fullscreen.ts'
import { usePresenterKeys } from './use-presenter-keys.ts'
import { useSlideClock } from './use-slide-clock.ts'

const CANVAS_WIDTH = 1920

/** A slide at the room's 1920×1080, scaled down to the width it is given. */
function SlidePreview({ children, label }: { children: ReactNode; label: string }) {
  const box = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      setWidth(entry?.contentRect.width ?? 0)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [])
  const k = width / CANVAS_WIDTH
  const inner = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // Set through the CSSOM: the page's policy refuses style attributes in markup.
    if (inner.current) inner.current.style.transform = `scale(${k})`
    if (box.current) box.current.style.height = `${(width * 9) / 16}px`
  }, [k, width])
  return (
    <figure aria-label={label} className="flex flex-col gap-2">
      <figcaption className="text-lg font-semibold">{label}</figcaption>
      <div ref={box} className="relative w-full overflow-hidden rounded border border-slate-600">
        <div
          ref={inner}
          inert
          className="absolute top-0 left-0 flex h-[1080px] w-[1920px] origin-top-left flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-50"
        >
          {width > 0 && children}
        </div>
      </div>
    </figure>
  )
}

/** mm:ss (h:mm:ss past the hour) since `from`, counted each second. */
function Elapsed({ from }: { from: number }) {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const id = setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      clearInterval(id)
    }
  }, [])
  const seconds = Math.max(0, Math.floor((now - from) / 1000))
  const two = (n: number) => String(n).padStart(2, '0')
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
  const text = h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`
  return <time dateTime={`PT${seconds}S`}>{text}</time>
}

/** What the slide cannot show: its region's headline figures, or the cities, not published. */
export function notPublished(
  view: SlideView,
  table: ObservationTable,
  catalog: Catalog,
  lang: Lang,
  t: PresentationMessages,
): string | null {
  const { period } = view
  // The commended slide shows what the article published, and says where a city has none (—);
  // 本期更新 is of a release day, not of the region's figures.
  if (!period || view.spotlight || view.type === 'commended' || view.type === 'releases')
    return null
  if (view.type === 'ranking' || view.type === 'map' || view.type === 'scorecard') {
    const ids =
      view.type === 'scorecard' ? STABILITY_HEADLINES.map((h) => h.indicator.ytd) : [view.indicator]
    const missing = catalog.cities.filter((c) => !ids.some((id) => table.get(c.code, period, id)))
    return missing.length > 0
      ? t.notesCitiesMissing(
          missing.length,
          missing.map((c) => regionName(c, lang, true)),
        )
      : null
  }
  return notPublishedText(
    { table, catalog, view, measure: 'ytd' },
    STABILITY_HEADLINES.map((h) => h.indicator.ytd),
    lang,
  )
}

export default function PresenterPage() {
  const catalog = useCatalog()
  const t = { ...useMessages(), ...useStrings(PRESENTATION_MESSAGES) }
  const { filters } = useFilters()
  const { lang } = filters
  const search = useLocationSearch()
  const { deck, table, input } = usePlayableDeck()
  const count = deck?.slides.length ?? 0
  // No timer here: the presentation's (a rotating deck's) moves both windows.
  const durations = useMemo(() => deck?.slides.map(() => undefined) ?? [], [deck])
  const { index, go } = useSlideClock(durations)
  useDeckSync(search, index, count, go)
  const [started, setStarted] = useState(Date.now)
  usePresenterKeys({
    next: () => {
      go(index + 1)
    },
    previous: () => {
      go(index - 1)
    },
    togglePause: () => undefined,
    jump: (n) => {
      if (n > count) return false
      go(n - 1)
      return true
    },
    fullscreen: toggleFullscreen,
    presenter: () => undefined,
    exit: () => {
      window.close()
    },
  })

  const slides = deck?.slides
  const [notes, setNotes] = useState<string[] | null>(null)
  useEffect(() => {
    if (!input) return
    let current = true
    deckNotes(input)
      .then((all) => {
        if (current) setNotes(all)
      })
      .catch(() => {
        if (current) setNotes([])
      })
    return () => {
      current = false
    }
  }, [input])

  const slide = slides?.[index]
  const next = slides?.[index + 1]
  const title = (view: SlideView | undefined) =>
    view ? slideTitle(view, catalog, lang, t) : deck ? t.noSlides : t.loading
  const missing = slide && table ? notPublished(slide, table, catalog, lang, t) : null
  const button =
    'rounded bg-slate-700 px-4 py-2 text-lg font-semibold text-white hover:bg-slate-600 focus-visible:outline-3 focus-visible:outline-sky-300'

  return (
    <main className="flex min-h-screen flex-col gap-4 bg-slate-900 p-4 text-slate-50">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <h1 className="text-2xl font-bold">
          {t.presenterView}
          {deck?.name && ` · ${deck.name[lang]}`}
        </h1>
        {count > 0 && (
          <span data-presenter-count className="text-xl tabular-nums">
            {t.slideOf(index + 1, count)}
          </span>
        )}
        <span className="text-xl tabular-nums">
          {t.elapsed} <Elapsed key={started} from={started} />
        </span>
        <button
          type="button"
          className={button}
          onClick={() => {
            setStarted(Date.now())
          }}
        >
          {t.restartClock}
        </button>
        <span className="text-xl tabular-nums">
          <CurrentTime />
        </span>
        <span className="ml-auto flex gap-2">
          <button
            type="button"
            className={button}
            onClick={() => {
              go(index - 1)
            }}
          >
            {t.previous}
          </button>
          <button
            type="button"
            className={button}
            onClick={() => {
              go(index + 1)
            }}
          >
            {t.next}
          </button>
        </span>
      </header>
      <div className="grid flex-1 grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <SlidePreview label={labelled(t.currentSlide, title(slide), lang)}>
          <SlideFrame
            slide={slide}
            title={title(slide)}
            emptyText={deck ? t.noSlidesWhy : t.loading}
            scale={1}
          />
        </SlidePreview>
        <div className="flex min-w-0 flex-col gap-4">
          {next ? (
            <SlidePreview label={labelled(t.nextSlide, title(next), lang)}>
              <SlideFrame slide={next} title={title(next)} emptyText="" scale={1} />
            </SlidePreview>
          ) : (
            <p className="text-lg">{deck ? t.lastSlide : t.loading}</p>
          )}
          <section aria-labelledby="presenter-notes" className="flex flex-col gap-2">
            <h2 id="presenter-notes" className="text-lg font-semibold">
              {t.notes}
            </h2>
            <p data-presenter-notes className="text-xl leading-relaxed whitespace-pre-line">
              {notes === null ? t.loading : (notes[index] ?? '')}
              {missing && `\n${missing}`}
            </p>
          </section>
        </div>
      </div>
    </main>
  )
}
