import { useMessages } from '../lib/i18n/use-messages.ts'
import { useFilters } from '../lib/url/use-filters.ts'

/** The notice of asof-notice.tsx, its code loaded only for a link with asof. */
export default function AsofNoticeBody({ className }: { className: string }) {
  const t = useMessages()
  const { filters, setFilters, linkTo } = useFilters()
  if (filters.asof === null) return null
  return (
    <p
      role="status"
      data-asof={filters.asof}
      className={`rounded-lg border border-sky-700 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50 ${className}`}
    >
      <span className="font-semibold">{t.asofShown(filters.asof)}</span>
      {filters.lang === 'zh' ? '（' : ' ('}
      {t.asofDetail}
      {filters.lang === 'zh' ? '）' : ')'} ·{' '}
      <a
        href={linkTo({ asof: null })}
        onClick={(event) => {
          event.preventDefault()
          setFilters({ asof: null })
        }}
        className="font-medium text-sky-800 underline dark:text-sky-300"
      >
        {t.asofLatest}
      </a>
    </p>
  )
}
