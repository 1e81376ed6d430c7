import { formatPeriod } from '../../../lib/format/period.ts'
import { labelled, withParens } from '../../../lib/format/punctuation.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { COMMENDED_PERIOD } from '../lib/commended-period.ts'
import { COMMENDED_MESSAGES } from '../messages.ts'

/**
 * The commended cities' panel in any other period than theirs: one line that opens their
 * period (2019年1-12月), rather than figures of 2019 among those of another year (#29).
 */
export function CommendedLink({ className = '' }: { className?: string }) {
  const t = useStrings(COMMENDED_MESSAGES)
  const { filters, setFilters, linkTo } = useFilters()
  const { lang } = filters
  return (
    <p data-commended="link" className={`text-sm text-slate-700 dark:text-slate-200 ${className}`}>
      {labelled(t.seeAlso, '', lang)}
      <a
        href={linkTo({ period: COMMENDED_PERIOD })}
        onClick={(event) => {
          event.preventDefault()
          setFilters({ period: COMMENDED_PERIOD })
        }}
        className="text-sky-800 underline dark:text-sky-300"
      >
        {withParens(t.title, formatPeriod(COMMENDED_PERIOD, lang), lang)}
      </a>
    </p>
  )
}
