import { labelled } from '../../lib/format/punctuation.ts'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { CHART_MESSAGES } from '../../components/chart/messages.ts'
import { datasetEntry } from '../../domain/catalog.ts'
import { periodYear } from '../../domain/period.ts'
import { trendYears } from '../../features/trend/index.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { clockTime, useFreshness, useOnline } from '../../lib/api/freshness.ts'
import { manifestQuery, staticFileQuery, targetsQuery } from '../../lib/api/queries.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { regionName } from '../../lib/format/names.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { chartColors, useIsDark } from '../../lib/theme.ts'
import { hrefFor } from '../../lib/url/href.ts'
import { parsePresentation } from '../../lib/url/presentation.ts'
import { resolveFilters, useFilters } from '../../lib/url/use-filters.ts'
import { navigate, useLocationSearch } from '../../lib/url/use-location.ts'
import { Controls, CurrentTime, Progress, useAutoHide } from './chrome.tsx'
import { resolveDeck, type SlideView } from './deck.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { slideHasContent } from './playable.ts'
import { useAttentionYears } from '../../features/attention/index.ts'
import { makeDeck } from '../../features/documents/index.ts'
import { saveFile } from '../../components/chart/download.ts'
import { SlideContent } from './slides.tsx'
import { useCanvasScale } from './use-canvas-scale.ts'
import { toggleFullscreen, useFullscreen } from './use-fullscreen.ts'
import { usePresenterKeys } from './use-presenter-keys.ts'
import { useSlideClock } from './use-slide-clock.ts'
import { useWakeLock } from './use-wake-lock.ts'

/** Back to the dashboard with the same filters. */
function exit() {
  if (document.fullscreenElement) void document.exitFullscreen()
  navigate(hrefFor('dashboard', window.location.search))
}

function SlideBody({
  view,
  scale,
  onDataError,
}: {
  view: SlideView
  scale: number
  onDataError: (failed: boolean) => void
}) {
  const catalog = useCatalog()
  const t = { ...useMessages(), ...useStrings(CHART_MESSAGES) }
  const { filters } = useFilters()
  const dark = useIsDark(filters.theme === 'system' ? 'dark' : filters.theme)
  const years = view.period
    ? view.type === 'iva'
      ? trendYears(view.period)
      : [periodYear(view.period)]
    : []
  const data = useObservations(filters.dataset, years)
  const targets = useQuery(targetsQuery(catalog.manifest, filters.dataset)).data?.targets ?? []
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
        targets={targets}
        t={t}
        lang={filters.lang}
        measure={filters.measure}
        colors={chartColors(dark, filters.colors)}
        dark={dark}
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
  const t = { ...useMessages(), ...useStrings(PRESENTATION_MESSAGES) }
  const { filters } = useFilters()
  const search = useLocationSearch()
  const { params, problems } = parsePresentation(search)
  const { lang } = filters
  const manifest = useQuery({
    ...manifestQuery(),
    refetchInterval: params.refresh * 1000,
    refetchIntervalInBackground: true,
  })
  const decks = useQuery({
    ...staticFileQuery(catalog.manifest, 'decks.json', (s) => s.DecksFileSchema),
    retry: false,
  })
  const entry = datasetEntry(catalog, filters.dataset)
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
  const deck = useMemo(() => {
    const table = figures.table
    const failed = figures.errors.length > 0 || targets.isError
    if (!table || (!targets.data && !failed) || attention.pending)
      return failed ? { ...resolved, skipped: 0 } : null
    const all = targets.data?.targets ?? []
    const slides = resolved.slides.filter((s) =>
      slideHasContent(s, table, catalog, all, attention.of),
    )
    return { ...resolved, slides, skipped: resolved.slides.length - slides.length }
  }, [
    resolved,
    figures.table,
    figures.errors.length,
    targets.data,
    targets.isError,
    catalog,
    attention.pending,
    attention.of,
  ])
  const durations = useMemo(() => deck?.slides.map((s) => s.seconds) ?? [], [deck])
  const { clock, index, seconds, go, togglePause } = useSlideClock(durations)
  const slide = deck?.slides[index]
  const count = deck?.slides.length ?? 0
  const fullscreen = useFullscreen()
  const [controls, showControls] = useAutoHide()
  const actions = {
    next: () => {
      go(index + 1)
    },
    previous: () => {
      go(index - 1)
    },
    togglePause,
    fullscreen: toggleFullscreen,
    exit,
  }
  usePresenterKeys({
    ...actions,
    jump: (n) => {
      if (n > count) return false
      go(n - 1)
      return true
    },
  })

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
  const slideTitle = (view: SlideView) => {
    const region = catalog.region.get(view.region)
    return view.type === 'city' && region
      ? labelled(t.slideTitles.city, regionName(region, lang), lang)
      : t.slideTitles[view.type]
  }
  const title = slide ? slideTitle(slide) : deck ? t.noSlides : t.loading
  const [fileError, setFileError] = useState<string | null>(null)
  const download = () => {
    if (!deck || !figures.table) return
    setFileError(null)
    makeDeck({
      slides: deck.slides.map((s) => ({ ...s, title: slideTitle(s) })),
      table: figures.table,
      catalog,
      targets: targets.data?.targets ?? [],
      lang,
      colors: chartColors(false, filters.colors),
      syntheticLabel: entry?.synthetic ? t.syntheticLabel : null,
      dataAsOf: entry?.dataAsOf ?? undefined,
      title: deck.name?.[lang] ?? t.presentation,
      attention: attention.of,
    })
      .then(({ name, blob }) => {
        saveFile(name, blob)
      })
      .catch((error: unknown) => {
        setFileError(`${t.deckFileFailed}${error instanceof Error ? error.message : String(error)}`)
      })
  }

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
            <SlideBody key={slide.key} view={slide} scale={scale} onDataError={setSlideFailed} />
          ) : (
            <p className="flex h-full items-center justify-center text-[2.5rem]">
              {deck ? t.noSlidesWhy : t.loading}
            </p>
          )}
        </section>

        <footer className="flex shrink-0 flex-col gap-[0.5rem] px-[3rem] pb-[1rem] text-[1.25rem]">
          {seconds !== undefined && (
            <Progress clock={clock} seconds={seconds} label={t.secondsLeft} />
          )}
          <div className="flex items-center gap-[1.5rem]">
            {count > 0 && (
              <span data-slide-count className="tabular-nums">
                {t.slideOf(index + 1, count)}
              </span>
            )}
            {deck && deck.skipped > 0 && <span>{t.skipped(deck.skipped)}</span>}
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
            {problems.length + resolved.problems.length > 0 && (
              <span>{t.deckProblems([...problems, ...resolved.problems].join(', '))}</span>
            )}
            {!fullscreen && (
              <span className="rounded bg-slate-800 px-[0.75rem] font-semibold text-white dark:bg-slate-100 dark:text-slate-950">
                {t.pressF}
              </span>
            )}
            <span className="ml-auto text-slate-600 dark:text-slate-300">{t.controlsHint}</span>
          </div>
        </footer>

        <Controls
          shown={controls}
          onFocus={showControls}
          t={t}
          paused={clock.paused}
          fullscreen={fullscreen}
          actions={{ ...actions, download }}
        />
        {fileError && (
          <p
            role="alert"
            className="absolute right-[3rem] bottom-[11rem] text-[1.5rem] text-red-700 dark:text-red-300"
          >
            {fileError}
          </p>
        )}
      </main>
    </div>
  )
}
