import { useMemo, useState } from 'react'
import { appliedAsof, datasetEntry } from '../../../domain/catalog.ts'
import { periodYear } from '../../../domain/period.ts'
import { localDay, nextRelease } from '../../../domain/release-calendar.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { indicatorName, regionName, sourceLabel } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import type { Observation } from '../../../schemas/observations.ts'
import { releaseNews, type ReleaseNews } from '../lib/release-news.ts'
import { rankMoveLines, releaseSummary } from '../lib/release-text.ts'
import { RELEASE_MESSAGES } from '../messages.ts'
import { releaseBarHeight } from '../lib/bar-height.ts'
import { useCalendar, useReleases } from '../use-releases.ts'
import { useHydrated } from '../../../lib/use-hydrated.ts'

/**
 * Under the header: the latest release's date and what it brought (新增：2024年1-8月 全省及3市
 * 12项；修订：2项), opening to the full list; and when the next figures are due. Its height is
 * held before anything loads, so the page does not move when it appears.
 */
export function ReleaseBar({ now = () => new Date() }: { now?: () => Date }) {
  const catalog = useCatalog()
  const { filters } = useFilters()
  const { dataset, lang } = filters
  const t = RELEASE_MESSAGES[lang]
  const releases = useReleases(dataset)
  const calendar = useCalendar()
  const hydrated = useHydrated()
  // A link's asof: the releases of that day, and no forecast (it is about today).
  const asof = appliedAsof(catalog, dataset)
  const latest = releases.data?.list.at(asof ? asof.through : -1)?.date
  const day = releases.data?.list.filter((r) => r.date === latest) ?? []
  const years = [...new Set(day.flatMap((r) => r.periods.map(periodYear)))]
  const observations = useObservations(dataset, years)
  const news = useMemo(
    () =>
      latest && releases.data && observations.table
        ? releaseNews(observations.table.files(), releases.data, latest, catalog)
        : undefined,
    [latest, releases.data, observations.table, catalog],
  )
  const [open, setOpen] = useState(false)
  const entry = datasetEntry(catalog, dataset)
  const next =
    calendar.data && !asof
      ? nextRelease(calendar.data.entries, dataset, entry?.dataAsOf ?? undefined, localDay(now()))
      : undefined
  const failed = releases.error ?? observations.errors[0]
  // The next release is said once the line before it is in (or cannot be): it would move.
  const settled =
    Boolean(failed) || (releases.data !== undefined && (!latest || news !== undefined))

  return (
    <section
      aria-label={t.line(latest ?? '')}
      className={`border-b border-slate-200 bg-slate-50 px-4 py-1.5 text-sm text-slate-800 lg:px-6 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 ${releaseBarHeight(lang)}`}
    >
      <div className="mx-auto flex max-w-[2400px] flex-wrap items-center gap-x-4 gap-y-1">
        {failed && (
          <p role="alert" className="text-red-700 dark:text-red-300">
            {t.failed}
            {failed.message}
          </p>
        )}
        {news && (
          <p>
            <span className="font-semibold">{t.line(news.day)}</span>
            {lang === 'zh' ? '：' : ': '}
            {releaseSummary(news, lang)}{' '}
            {(news.added.length > 0 || news.revised.length > 0) && (
              <button
                type="button"
                disabled={!hydrated}
                aria-expanded={open}
                className="min-h-6 rounded px-1 font-medium text-sky-800 underline hover:bg-slate-200 dark:text-sky-300 dark:hover:bg-slate-800"
                onClick={() => {
                  setOpen(!open)
                }}
              >
                {open ? t.hideDetails : t.details}
              </button>
            )}
          </p>
        )}
        {next && settled && (
          <p
            className={
              next.status === 'overdue' ? 'font-medium text-amber-900 dark:text-amber-200' : ''
            }
          >
            {next.status === 'due'
              ? t.nextDue(next.entry.date)
              : next.status === 'today'
                ? t.nextToday(next.entry.date)
                : t.overdue(next.entry.date)}
          </p>
        )}
      </div>
      {open && news && <NewsList news={news} />}
    </section>
  )
}

function NewsList({ news }: { news: ReleaseNews }) {
  const catalog = useCatalog()
  const { filters } = useFilters()
  const { lang } = filters
  const t = RELEASE_MESSAGES[lang]
  const name = (o: Observation) => {
    const region = catalog.region.get(o.region)
    const indicator = catalog.indicator.get(o.indicator)
    return {
      region: region ? regionName(region, lang) : o.region,
      indicator: indicator ? indicatorName(indicator, lang) : o.indicator,
      value: (v: { value: number; decimals: number }) =>
        indicator ? formatValue(v.value, v.decimals, indicator.unit, lang).text : String(v.value),
    }
  }
  const source = (id: string) => {
    const found = catalog.source.get(id)
    return found ? sourceLabel(found, lang) : id
  }
  const head = (
    <tr>
      {[
        t.columns.region,
        t.columns.indicator,
        t.columns.period,
        t.columns.value,
        t.columns.source,
      ].map((text) => (
        <th key={text} scope="col" className="px-2 py-1 text-left font-semibold">
          {text}
        </th>
      ))}
    </tr>
  )
  const cell = 'px-2 py-1 align-top'
  return (
    // Scrolls when long (a first collection is hundreds of figures): focusable, so keys scroll it.
    <div
      role="region"
      aria-label={t.listLabel}
      tabIndex={0}
      className="mx-auto mt-2 flex max-h-[60vh] max-w-[2400px] flex-col gap-3 overflow-auto pb-2"
    >
      <p>{t.tables(news.tables)}</p>
      {news.added.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="text-left font-semibold">{t.addedTitle}</caption>
          <thead>{head}</thead>
          <tbody>
            {news.added.map((o) => {
              const n = name(o)
              return (
                <tr
                  key={`${o.region}|${o.period}|${o.indicator}`}
                  className="border-t border-slate-200 dark:border-slate-700"
                >
                  <th scope="row" className={`${cell} font-normal`}>
                    {n.region}
                  </th>
                  <td className={cell}>{n.indicator}</td>
                  <td className={`${cell} whitespace-nowrap`}>{formatPeriod(o.period, lang)}</td>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>{n.value(o)}</td>
                  <td className={cell}>{source(o.source)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {news.revised.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="text-left font-semibold">{t.revisedTitle}</caption>
          <thead>{head}</thead>
          <tbody>
            {news.revised.map(({ figure, from, to }) => {
              const n = name(figure)
              return (
                <tr
                  key={`${figure.region}|${figure.period}|${figure.indicator}`}
                  className="border-t border-slate-200 dark:border-slate-700"
                >
                  <th scope="row" className={`${cell} font-normal`}>
                    {n.region}
                  </th>
                  <td className={cell}>{n.indicator}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {formatPeriod(figure.period, lang)}
                  </td>
                  <td className={`${cell} tabular-nums`}>
                    {t.revision(n.value(from), n.value(to))}
                  </td>
                  <td className={cell}>
                    {t.revisionSources(source(from.source), source(to.source))}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {news.moves.length > 0 && (
        <div>
          <p className="font-semibold">{t.rankMoves}</p>
          <ul className="list-disc pl-5">
            {rankMoveLines(news, catalog, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
