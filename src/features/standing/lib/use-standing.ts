import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { effectiveIndicator, keyIndicator } from '../../../domain/key-indicators.ts'
import { periodYear } from '../../../domain/period.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { STANDING_MESSAGES } from '../messages.ts'

/** What the map, the ranking and the scorecard share: filters, the chosen indicator, the data. */
export function useStanding() {
  const context = usePanelContext()
  const { filters, catalog } = context
  const key = keyIndicator(filters.indicator)
  const effective = key ? effectiveIndicator(key, filters.measure) : undefined
  const indicator = effective ? catalog.indicator.get(effective.id) : undefined
  const data = useObservations(filters.dataset, filters.period ? [periodYear(filters.period)] : [])
  const strings = useStrings(STANDING_MESSAGES)
  return {
    ...context,
    s: strings,
    indicator,
    measure: effective?.measure ?? 'ytd',
    data,
  }
}
