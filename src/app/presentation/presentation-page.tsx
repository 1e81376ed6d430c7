import { useQuery, useQueryClient } from '@tanstack/react-query'
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react'
import { manifestQuery, staticFileQuery } from '../../lib/api/queries.ts'
import { DecksFileSchema } from '../../schemas/decks.ts'
import { datasetEntry, defaultPeriod } from '../../domain/catalog.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { clockTime, useFreshness, useOnline } from '../../lib/api/freshness.ts'
import { usePanelMessages } from '../../lib/i18n/panel-messages.ts'
import { regionName } from '../../lib/format/names.ts'
import { periodYear } from '../../domain/period.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { chartColors, useIsDark } from '../../lib/theme.ts'
import { resolveFilters, useFilters } from '../../lib/url/use-filters.ts'
import { navigate, useLocationSearch } from '../../lib/url/use-location.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { trendYears } from '../../features/trend/lib/build-trend.ts'
import { resolveDeck, type SlideView } from './deck.ts'
import { parsePresentation } from './params.ts'
import { SlideContent } from './slides.tsx'
import { useCanvasScale } from './use-canvas-scale.ts'
import { useWakeLock } from './use-wake-lock.ts'

/** How long the control bar stays after the mouse last moved. */
const CONTROLS_MS = 3000

interface Clock {
  index: number
  paused: boolean
  /** When the current slide started (ms since epoch), adjusted for pauses. */
  startedAt: number
  /** How long the slide had been shown when it was paused. */
  elapsedAtPause: number
}

type Action = { type: 'go'; index: number } | { type: 'pause' } | { type: 'resume' }

function reduce(state: Clock, action: Action): Clock {
  const now = Date.now()
  switch (action.type) {
    case 'go':
      return { ...state, index: action.index, startedAt: now, elapsedAtPause: 0 }
    case 'pause':
      return state.paused
        ? state
        : { ...state, paused: true, elapsedAtPause: now - state.startedAt }
    case 'resume':
      return state.paused
        ? { ...state, paused: false, startedAt: now - state.elapsedAtPause }
        : state
  }
}

/** Milliseconds left on the current slide: its duration comes from the deck, which may load late. */
function timeLeft(clock: Clock, seconds: number, now: number): number {
  const elapsed = clock.paused ? clock.elapsedAtPause : now - clock.startedAt
  return Math.max(0, Math.min(seconds * 1000, seconds * 1000 - elapsed))
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen().catch(() => undefined)
}

/** Back to the dashboard with the same filters. */
function exit() {
  if (document.fullscreenElement) void document.exitFullscreen()
  const params = new URLSearchParams(window.location.search)
  params.delete('present')
  const query = params.toString()
  navigate(query ? `?${query}` : '')
}

/** The current time, to the minute: a frozen screen shows a frozen clock. */
function CurrentTime() {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const id = setInterval(() => {
      setNow(new Date())
    }, 10_000)
    return () => {
      clearInterval(id)
    }
  }, [])
  return <time dateTime={now.toISOString()}>{clockTime(now)}</time>
}

/** Time to the next slide, updated each second: no continuous animation. */
function Progress({
  clock,
  seconds,
  label,
}: {
  clock: Clock
  seconds: number
  label: (n: number) => string
}) {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (clock.paused) return
    const id = setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      clearInterval(id)
    }
  }, [clock.paused, clock.startedAt])
  const left = timeLeft(clock, seconds, now)
  const done = 1 - left / (seconds * 1000)
  return (
    <div className="flex items-center gap-[1rem]">
      <div
        role="progressbar"
        aria-label={label(Math.ceil(left / 1000))}
        aria-valuemin={0}
        aria-valuemax={seconds}
        aria-valuenow={Math.round(seconds - left / 1000)}
        className="h-[0.5rem] flex-1 overflow-hidden rounded-full bg-slate-300 dark:bg-slate-700"
      >
        <div
          className="h-full bg-sky-700 dark:bg-sky-300"
          style={{ width: `${Math.min(100, Math.max(0, done * 100))}%` }}
        />
      </div>
      <span className="text-[1.25rem] tabular-nums">{label(Math.ceil(left / 1000))}</span>
    </div>
  )
}

function SlideBody({
  view,
  scale,
  measure,
  dataset,
  onDataError,
}: {
  view: SlideView
  scale: number
  measure: 'ytd' | 'month'
  dataset: 'official' | 'demo'
  onDataError: (failed: boolean) => void
}) {
  const catalog = useCatalog()
  const t = usePanelMessages()
  const { filters } = useFilters()
  const dark = useIsDark(filters.theme === 'system' ? 'dark' : filters.theme)
  const years = view.period
    ? view.type === 'iva'
      ? trendYears(view.period)
      : [periodYear(view.period)]
    : []
  const data = useObservations(dataset, years)
  const failed = data.errors.length > 0
  useEffect(() => {
    onDataError(failed)
  }, [failed, onDataError])
  if (data.table) {
    return (
      <SlideContent
        view={view}
        table={data.table}
        catalog={catalog}
        t={t}
        lang={filters.lang}
        measure={measure}
        colors={chartColors(dark, filters.colors)}
        scale={scale}
      />
    )
  }
  if (failed) {
    return (
      <p
        role="alert"
        className="flex h-full items-center justify-center text-[2rem] text-red-700 dark:text-red-300"
      >
        {data.errors.map((e) => e.message).join('；')}
      </p>
    )
  }
  return <p className="flex h-full items-center justify-center text-[2rem]">{t.loading}</p>
}

/**
 * present=1: the key panels as a full-screen slide show for meeting rooms and LED walls,
 * designed for a 1920×1080 canvas scaled to any screen, advancing by itself and by keyboard
 * or presentation clicker, re-checking for new data and surviving network drops.
 */
export default function PresentationPage() {
  const scale = useCanvasScale()
  useWakeLock()
  const catalog = useCatalog()
  const t = usePanelMessages()
  const { filters } = useFilters()
  const search = useLocationSearch()
  const { params: modes, problems } = parsePresentation(search)
  const { lang } = filters
  const manifest = useQuery({
    ...manifestQuery(),
    refetchInterval: modes.refresh * 1000,
    refetchIntervalInBackground: true,
  })
  const decks = useQuery({
    ...staticFileQuery(catalog.manifest, 'decks.json', DecksFileSchema),
    retry: false,
  })
  const entry = datasetEntry(catalog, filters.dataset)
  const deck = useMemo(() => {
    const resolved = resolveFilters(search, catalog).filters
    const dataset = datasetEntry(catalog, resolved.dataset)
    return resolveDeck(parsePresentation(search).params, decks.data, resolved, catalog, (code) =>
      defaultPeriod(dataset, code),
    )
  }, [search, decks.data, catalog])
  const count = deck.slides.length
  const [clock, dispatch] = useReducer(reduce, undefined, () => ({
    index: 0,
    paused: false,
    startedAt: Date.now(),
    elapsedAtPause: 0,
  }))
  const index = count > 0 ? clock.index % count : 0
  const slide = deck.slides[index]

  const go = useCallback(
    (to: number) => {
      const total = deck.slides.length
      if (total === 0) return
      const next = ((to % total) + total) % total
      dispatch({ type: 'go', index: next })
    },
    [deck, dispatch],
  )

  // The slide timer: one timeout for the current slide, cleared on every change.
  const seconds = slide?.seconds
  useEffect(() => {
    if (clock.paused || seconds === undefined) return
    const id = setTimeout(
      () => {
        go(index + 1)
      },
      timeLeft(clock, seconds, Date.now()),
    )
    return () => {
      clearTimeout(id)
    }
  }, [clock, seconds, index, go])

  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const update = () => {
      setFullscreen(document.fullscreenElement !== null)
    }
    document.addEventListener('fullscreenchange', update)
    return () => {
      document.removeEventListener('fullscreenchange', update)
    }
  }, [])

  const [controls, setControls] = useState(false)
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const showControls = useCallback(() => {
    setControls(true)
    clearTimeout(hideTimer.current)
    hideTimer.current = setTimeout(() => {
      setControls(false)
    }, CONTROLS_MS)
  }, [])
  useEffect(
    () => () => {
      clearTimeout(hideTimer.current)
    },
    [],
  )

  // The keys read the slide on screen when pressed (an effect event), and the listener is
  // attached once, before the first paint: replaced after each slide, it lost a key pressed as
  // soon as the new slide showed (its predecessor still held the previous deck and index).
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const onButton = event.target instanceof HTMLButtonElement
    if (onButton && (event.key === ' ' || event.key === 'Enter')) return
    const key = event.key
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') go(index + 1)
    else if (key === 'ArrowLeft' || key === 'PageUp') go(index - 1)
    else if (key === 'p' || key === 'P') dispatch({ type: clock.paused ? 'resume' : 'pause' })
    else if (key === 'f' || key === 'F') toggleFullscreen()
    else if (key === 'Escape') exit()
    else if (/^[0-9]$/.test(key)) {
      const n = key === '0' ? 10 : Number(key)
      if (n <= count) go(n - 1)
      else return
    } else return
    event.preventDefault()
  })
  useLayoutEffect(() => {
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  // An unattended screen heals itself: each slide tries again the files that failed (on the
  // desk a failed file waits for the reader's 重试).
  const queryClient = useQueryClient()
  useEffect(() => {
    void queryClient.refetchQueries({
      type: 'active',
      predicate: (query) => query.state.status === 'error',
    })
  }, [index, queryClient])

  const [slideFailed, setSlideFailed] = useState(false)
  const online = useOnline()
  const freshness = useFreshness()
  const stale =
    (manifest.isError && manifest.data !== undefined) || freshness.stale || slideFailed || !online
  const region = slide ? catalog.region.get(slide.region) : undefined
  const title = slide
    ? slide.type === 'city' && region
      ? `${t.slideTitles.city}：${regionName(region, lang)}`
      : t.slideTitles[slide.type]
    : t.noSlides

  return (
    <div
      className="fixed inset-0 flex items-center justify-center overflow-hidden bg-black"
      onMouseMove={showControls}
      onTouchStart={showControls}
    >
      <main
        aria-roledescription={t.presentation}
        className="relative flex h-[67.5rem] w-[120rem] flex-col overflow-hidden bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-50"
      >
        <header className="flex h-[7rem] shrink-0 items-center justify-between gap-[2rem] border-b border-slate-300 px-[3rem] dark:border-slate-700">
          <div className="min-w-0">
            <h1 aria-live="polite" className="truncate text-[2.75rem] font-bold">
              {title}
            </h1>
            <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">
              {t.appTitle}
              {region && slide?.type !== 'city' && ` · ${regionName(region, lang)}`}
              {slide?.period && ` · ${formatPeriod(slide.period, lang)}`}
            </p>
          </div>
          <div className="flex shrink-0 flex-col items-end text-[1.5rem]">
            <p>
              {t.dataAsOf} {entry?.dataAsOf ? formatPeriod(entry.dataAsOf, lang) : '—'}
            </p>
            <p className="text-[2rem] font-semibold tabular-nums">
              <CurrentTime />
            </p>
          </div>
        </header>

        <section data-slide aria-label={title} className="min-h-0 flex-1 px-[3rem] py-[1.5rem]">
          {slide ? (
            <SlideBody
              key={slide.key}
              view={slide}
              scale={scale}
              measure={filters.measure}
              dataset={filters.dataset}
              onDataError={setSlideFailed}
            />
          ) : (
            <p className="text-[2rem]">{t.noSlides}</p>
          )}
        </section>

        <footer className="flex shrink-0 flex-col gap-[0.5rem] px-[3rem] pb-[1rem] text-[1.25rem]">
          {slide && <Progress clock={clock} seconds={slide.seconds} label={t.secondsLeft} />}
          <div className="flex items-center gap-[1.5rem]">
            <span className="tabular-nums">{t.slideOf(index + 1, count)}</span>
            {clock.paused && <span className="font-semibold">{t.paused}</span>}
            {entry?.synthetic && (
              <span className="rounded border border-amber-500 px-[0.5rem] font-semibold text-amber-800 dark:text-amber-200">
                {t.syntheticLabel}
              </span>
            )}
            {stale && (
              <span
                role="status"
                className="rounded bg-amber-300 px-[0.75rem] font-semibold text-slate-950"
              >
                {t.stale(clockTime(freshness.fetchedAt ?? manifest.dataUpdatedAt))}
              </span>
            )}
            {problems.length + deck.problems.length > 0 && (
              <span>{t.deckProblems([...problems, ...deck.problems].join(', '))}</span>
            )}
            {!fullscreen && (
              <span className="rounded bg-slate-800 px-[0.75rem] font-semibold text-white dark:bg-slate-100 dark:text-slate-950">
                {t.pressF}
              </span>
            )}
            <span className="ml-auto text-slate-600 dark:text-slate-300">{t.controlsHint}</span>
          </div>
        </footer>

        <div
          role="toolbar"
          aria-label={t.presentationControls}
          onFocus={showControls}
          className={`absolute bottom-[6rem] left-1/2 flex -translate-x-1/2 items-center gap-[1rem] rounded-[1rem] bg-slate-900/95 px-[1.5rem] py-[1rem] text-[1.5rem] text-white shadow-lg transition-none dark:bg-slate-800/95 ${controls ? 'opacity-100' : 'pointer-events-none opacity-0 has-[:focus-visible]:pointer-events-auto has-[:focus-visible]:opacity-100'}`}
        >
          {[
            {
              label: t.previous,
              action: () => {
                go(index - 1)
              },
            },
            {
              label: clock.paused ? t.resume : t.pause,
              action: () => {
                dispatch({ type: clock.paused ? 'resume' : 'pause' })
              },
            },
            {
              label: t.next,
              action: () => {
                go(index + 1)
              },
            },
            { label: fullscreen ? t.exitFullscreen : t.fullscreen, action: toggleFullscreen },
            { label: t.exitPresentation, action: exit },
          ].map((button) => (
            <button
              key={button.label}
              type="button"
              onClick={button.action}
              className="rounded-[0.5rem] px-[1rem] py-[0.5rem] hover:bg-white/15"
            >
              {button.label}
            </button>
          ))}
        </div>
      </main>
    </div>
  )
}
