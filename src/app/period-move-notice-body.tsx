import { useCatalog } from '../lib/api/catalog-context.ts'
import { regionName } from '../lib/format/names.ts'
import { formatPeriod } from '../lib/format/period.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'
import { announcePeriodMove, usePeriodMove } from '../lib/url/period-move.ts'
import { useFilters } from '../lib/url/use-filters.ts'
import { Button } from '../components/ui/button.tsx'

/** The notice of period-move-notice.tsx, its code loaded only when a period moved. */
export default function PeriodMoveNoticeBody() {
  const move = usePeriodMove()
  const catalog = useCatalog()
  const t = useMessages()
  const { filters } = useFilters()
  if (!move) return null
  const region = catalog.region.get(move.region)
  const name = region ? regionName(region, filters.lang) : move.region
  const from = formatPeriod(move.from, filters.lang)
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-lg border border-sky-600 bg-sky-50 p-3 text-sm text-sky-950 print:hidden dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50"
    >
      <p>
        {move.to
          ? t.periodMoved(name, from, formatPeriod(move.to, filters.lang))
          : t.periodMovedNowhere(name, from)}
      </p>
      <Button
        variant="ghost"
        onClick={() => {
          announcePeriodMove(null)
        }}
      >
        {t.dismiss}
      </Button>
    </div>
  )
}
