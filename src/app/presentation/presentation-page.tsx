import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { saveFile } from '../../components/chart/download.ts'
import { datasetEntry } from '../../domain/catalog.ts'
import { makeDeck } from '../../features/documents/index.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { clockTime, useFreshness, useOnline } from '../../lib/api/freshness.ts'
import { manifestQuery } from '../../lib/api/queries.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { hrefFor } from '../../lib/url/href.ts'
import { parsePresentation } from '../../lib/url/presentation.ts'
import { useFilters } from '../../lib/url/use-filters.ts'
import { navigate, useLocationSearch } from '../../lib/url/use-location.ts'
import { Controls, Progress, useAutoHide } from './chrome.tsx'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { openPresenter, useDeckSync } from './presenter-sync.ts'
import { SlideFrame, slideTitle } from './slide-frame.tsx'
import { useCanvasScale } from './use-canvas-scale.ts'
import { usePlayableDeck } from './use-deck.ts'
import { toggleFullscreen, useFullscreen } from './use-fullscreen.ts'
import { usePresenterKeys } from './use-presenter-keys.ts'
import { useSlideClock } from './use-slide-clock.ts'
import { useWakeLock } from './use-wake-lock.ts'

/** Back to the dashboard with the same filters. */
function exit() {
  if (document.fullscreenElement) void document.exitFullscreen()
  navigate(hrefFor('dashboard', window.location.search))
}

/** A swipe at least this long (CSS pixels) turns the page on a touch screen. */
const SWIPE_PX = 60

/**
 * present=1: the key panels as a full-screen slide show for meeting rooms and LED walls,
 * designed for a 1920×1080 canvas scaled to any screen. A meeting deck is advanced by the
 * presenter (keyboard, clicker, swipe, the control bar or the presenter's window, S); a rotating
 * deck advances by itself. Both re-check for new data and survive network drops.
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
  const entry = datasetEntry(catalog, filters.dataset)
  const { deck, resolved, input } = usePlayableDeck()
  const durations = useMemo(() => deck?.slides.map((s) => s.seconds) ?? [], [deck])
  const { clock, index, seconds, go, togglePause } = useSlideClock(durations)
  const rotating = deck?.rotating ?? false
  const slide = deck?.slides[index]
  const count = deck?.slides.length ?? 0
  const fullscreen = useFullscreen()
  const [controls, showControls] = useAutoHide()
  useDeckSync(search, index, count, go)
  const actions = {
    next: () => {
      go(index + 1)
    },
    previous: () => {
      go(index - 1)
    },
    togglePause: rotating ? togglePause : () => undefined,
    fullscreen: toggleFullscreen,
    presenter: () => {
      openPresenter(window.location.search)
    },
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
  const touch = useRef<{ x: number; y: number } | null>(null)

  // An unattended screen heals itself: each slide tries again the files that failed (on the
  // desk a failed file waits for the reader's 重试).
  const queryClient = useQueryClient()
  useEffect(() => {
    void queryClient.refetchQueries({
      type: 'active',
      predicate: (query) => query.state.status === 'error',
    })
  }, [index, queryClient])
  // On a phone the slide scrolls: the next one starts at its top.
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [index])

  const [slideFailed, setSlideFailed] = useState(false)
  const online = useOnline()
  const freshness = useFreshness()
  const stale =
    (manifest.isError && manifest.data !== undefined) || freshness.stale || slideFailed || !online
  const title = slide ? slideTitle(slide, catalog, lang, t) : deck ? t.noSlides : t.loading
  const [fileError, setFileError] = useState<string | null>(null)
  const download = () => {
    if (!input) return
    setFileError(null)
    makeDeck(input)
      .then(({ name, blob }) => {
        saveFile(name, blob)
      })
      .catch((error: unknown) => {
        setFileError(`${t.deckFileFailed}${error instanceof Error ? error.message : String(error)}`)
      })
  }

  return (
    <div
      className="fixed inset-0 flex items-center justify-center overflow-hidden bg-black max-sm:static max-sm:block max-sm:overflow-visible"
      onMouseMove={showControls}
      onTouchStart={(event) => {
        showControls()
        const start = event.touches[0]
        touch.current = start ? { x: start.clientX, y: start.clientY } : null
      }}
      onTouchEnd={(event) => {
        const end = event.changedTouches[0]
        const start = touch.current
        touch.current = null
        if (!start || !end) return
        const dx = end.clientX - start.x
        // Sideways, not a vertical scroll of a phone's slide that drifted.
        if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(end.clientY - start.y))
          (dx < 0 ? actions.next : actions.previous)()
      }}
    >
      <main
        data-canvas
        aria-roledescription={t.presentation}
        className="@container relative flex h-[67.5rem] w-[120rem] flex-col overflow-hidden bg-white text-slate-900 max-sm:h-auto max-sm:min-h-dvh max-sm:w-full max-sm:overflow-visible dark:bg-slate-950 dark:text-slate-50"
      >
        <SlideFrame
          slide={slide}
          title={title}
          emptyText={deck ? t.noSlidesWhy : t.loading}
          scale={scale}
          onDataError={setSlideFailed}
        />

        <footer className="flex shrink-0 flex-col gap-[0.5rem] px-[3rem] pb-[1rem] text-[1.25rem] max-sm:px-[1.5rem]">
          {seconds !== undefined && (
            <Progress clock={clock} seconds={seconds} label={t.secondsLeft} />
          )}
          <div className="flex flex-wrap items-center gap-x-[1.5rem] gap-y-[0.5rem]">
            {count > 0 && (
              <span data-slide-count className="tabular-nums">
                {t.slideOf(index + 1, count)}
              </span>
            )}
            {deck && deck.skipped.empty > 0 && <span>{t.skipped(deck.skipped.empty)}</span>}
            {deck && deck.skipped.older > 0 && <span>{t.skippedOlder(deck.skipped.older)}</span>}
            {rotating && clock.paused && <span className="font-semibold">{t.paused}</span>}
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
              <span className="rounded pointer-coarse:hidden bg-slate-800 px-[0.75rem] font-semibold text-white dark:bg-slate-100 dark:text-slate-950">
                {t.pressF}
              </span>
            )}
            <span className="ml-auto text-slate-600 pointer-coarse:hidden dark:text-slate-300">
              {rotating ? t.controlsHintRotating : t.controlsHint}
            </span>
            <span className="hidden text-slate-600 pointer-coarse:inline dark:text-slate-300">
              {t.touchHint}
            </span>
          </div>
        </footer>

        <Controls
          shown={controls}
          onFocus={showControls}
          t={t}
          paused={rotating ? clock.paused : null}
          fullscreen={fullscreen}
          actions={{ ...actions, download }}
          canDownload={input !== null}
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
