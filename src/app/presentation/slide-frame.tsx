/**
 * One slide as the room sees it, without the deck's footer: its header (title, region, period,
 * 数据截至, the time) and its body. The presentation shows one; the presenter's window shows the
 * current and the next one, scaled down.
 */
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { CHART_MESSAGES } from '../../components/chart/messages.ts'
import { datasetEntry, type Catalog } from '../../domain/catalog.ts'
import { periodYear } from '../../domain/period.ts'
import { trendYears } from '../../features/trend/index.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { targetsQuery } from '../../lib/api/queries.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { regionName } from '../../lib/format/names.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { labelled } from '../../lib/format/punctuation.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { chartColors, useIsDark } from '../../lib/theme.ts'
import { useFilters } from '../../lib/url/use-filters.ts'
import type { DeckSlide } from '../../features/documents/index.ts'
import { spotlightMessage } from './city-slide.tsx'
import { CurrentTime } from './chrome.tsx'
import type { SlideView } from './deck.ts'
import { PRESENTATION_MESSAGES, type PresentationMessages } from './messages.ts'
import { SlideContent } from './slides.tsx'

/** The slide's title: its type's, a city slide's with the city (or what its spotlight found). */
export function slideTitle(
  view: SlideView,
  catalog: Catalog,
  lang: Lang,
  t: PresentationMessages,
): string {
  const region = catalog.region.get(view.region)
  const group = view.group ? catalog.region.get(view.group) : undefined
  if (group) return `${t.slideTitles[view.type]} · ${regionName(group, lang)}`
  if (view.type !== 'city' || !region) return t.slideTitles[view.type]
  if (view.spotlight) return t.spotlightTitle
  return labelled(t.slideTitles.city, regionName(region, lang), lang)
}

/** A slide as the documents' deck takes it: with its title, and a spotlight's words. */
export function deckSlide(
  view: SlideView,
  catalog: Catalog,
  lang: Lang,
  t: PresentationMessages,
): DeckSlide {
  return {
    ...view,
    title: slideTitle(view, catalog, lang, t),
    ...(view.spotlight ? { message: spotlightMessage(view, lang) } : {}),
  }
}

function SlideBody({
  view,
  scale,
  onDataError,
}: {
  view: SlideView
  scale: number
  onDataError?: (failed: boolean) => void
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
    onDataError?.(failed)
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
 * The header and body of a slide. A slide of an older period than the deck's says so in its
 * title, as large as the title, with 非本期数据: from across the room it must not read as current.
 */
export function SlideFrame({
  slide,
  title,
  emptyText,
  scale,
  onDataError,
}: {
  /** undefined: no slide (yet), `emptyText` says why. */
  slide: SlideView | undefined
  title: string
  emptyText: string
  scale: number
  onDataError?: (failed: boolean) => void
}) {
  const catalog = useCatalog()
  const { filters } = useFilters()
  const { lang } = filters
  const t = { ...useMessages(), ...useStrings(PRESENTATION_MESSAGES) }
  const entry = datasetEntry(catalog, filters.dataset)
  const region = slide ? catalog.region.get(slide.region) : undefined
  const older = slide?.older && slide.period
  return (
    <>
      <header className="flex min-h-[7rem] shrink-0 items-center justify-between gap-[2rem] border-b border-slate-300 px-[3rem] py-[0.5rem] @max-3xl:flex-col @max-3xl:items-start @max-3xl:gap-[0.5rem] @max-3xl:px-[1.5rem] dark:border-slate-700">
        <div className="min-w-0">
          {/* An older period and its marker go to a second line when the title leaves no room. */}
          <h1
            aria-live="polite"
            className="flex flex-wrap items-baseline gap-x-[1rem] text-[2.75rem] leading-tight font-bold"
          >
            <span className="min-w-0">{title}</span>
            {older && (
              <span className="flex items-baseline gap-x-[1rem]">
                <span>· {formatPeriod(slide.period!, lang)}</span>
                <span className="rounded-[0.5rem] border-[0.2rem] border-amber-500 px-[0.75rem] text-[2rem] text-amber-800 dark:text-amber-200">
                  {t.olderMark}
                </span>
              </span>
            )}
          </h1>
          <p className="truncate text-[1.5rem] text-slate-700 @max-3xl:whitespace-normal dark:text-slate-200">
            {t.appTitle}
            {/* A city slide's title names its city; the commended slide's, its two cities. */}
            {region &&
              slide?.type !== 'city' &&
              slide?.type !== 'commended' &&
              slide?.type !== 'releases' &&
              ` · ${regionName(region, lang)}`}
            {/* 本期更新 is of a release day (its first line), not of the deck's period. */}
            {slide?.period &&
              !older &&
              slide.type !== 'releases' &&
              ` · ${formatPeriod(slide.period, lang)}`}
            {older &&
              ` · ${t.deckPeriod(formatPeriod(slide.older!.deckPeriod, lang), slide.older!.fellBack)}`}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-end text-[1.5rem] @max-3xl:flex-row @max-3xl:flex-wrap @max-3xl:items-baseline @max-3xl:gap-x-[1rem]">
          <p>
            {t.dataAsOf} {entry?.dataAsOf ? formatPeriod(entry.dataAsOf, lang) : '—'}
          </p>
          {filters.asof && (
            <p data-asof={filters.asof} className="font-semibold">
              {t.asofShown(filters.asof)}
            </p>
          )}
          <p className="text-[2rem] font-semibold tabular-nums">
            <CurrentTime />
          </p>
        </div>
      </header>

      <section
        data-slide
        aria-label={title}
        className="min-h-0 flex-1 px-[3rem] py-[1.5rem] @max-3xl:px-[1.5rem]"
      >
        {slide ? (
          <SlideBody key={slide.key} view={slide} scale={scale} onDataError={onDataError} />
        ) : (
          <p className="flex h-full items-center justify-center text-[2.5rem]">{emptyText}</p>
        )}
      </section>
    </>
  )
}
