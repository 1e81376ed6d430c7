import type { Kpi } from '../../../domain/kpi.ts'
import { indicatorName } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useMessages } from '../../../lib/i18n/use-messages.ts'
import { useFilters, type ResolvedFilters } from '../../../lib/url/use-filters.ts'

/**
 * The key figures not published for the period, in one line instead of a wall of empty tiles:
 * each named, with a link to the latest period that has it for the region.
 */
export function NotPublished({
  kpis,
  latest,
  filters,
}: {
  kpis: Kpi[]
  /** The latest period of each key figure of the region (from the manifest). */
  latest: Record<string, string>
  filters: ResolvedFilters
}) {
  const t = useMessages()
  const { setFilters, linkTo } = useFilters()
  const { lang } = filters
  return (
    <p className="text-sm text-slate-700 dark:text-slate-200">
      <span className="font-medium">{t.notPublished}</span>
      {kpis.map((kpi, i) => {
        const name = indicatorName(kpi.indicator, lang)
        const at = latest[kpi.indicator.id]
        return (
          <span key={kpi.indicator.id}>
            {i > 0 && (lang === 'zh' ? '、' : '; ')}
            {name}
            {at && at !== filters.period && (
              <>
                {lang === 'zh' ? '（' : ' ('}
                <a
                  href={linkTo({ period: at })}
                  onClick={(event) => {
                    event.preventDefault()
                    setFilters({ period: at })
                  }}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {t.latestAt(formatPeriod(at, lang, kpi.measure))}
                </a>
                {lang === 'zh' ? '）' : ')'}
              </>
            )}
          </span>
        )
      })}
    </p>
  )
}
