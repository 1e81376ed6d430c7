import { PanelBoundary } from '../../../components/panel-boundary.tsx'
import { Select } from '../../../components/ui/select.tsx'
import { ALL_KEY_INDICATORS, effectiveIndicator } from '../../../domain/key-indicators.ts'
import { indicatorName } from '../../../lib/format/names.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { STANDING_MESSAGES } from '../messages.ts'
import { MapPanel } from './map-panel.tsx'
import { RankingPanel } from './ranking-panel.tsx'
import { ScorecardPanel } from './scorecard-panel.tsx'

/** Where each city stands: the schematic map and the ranking for one indicator, and the scorecard. */
export function StandingSection() {
  const t = useStrings(STANDING_MESSAGES)
  const catalog = useCatalog()
  const { filters, setFilters } = useFilters()
  return (
    <section aria-labelledby="standing-heading" className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-end gap-4">
        <h2
          id="standing-heading"
          className="text-lg font-semibold text-slate-900 dark:text-slate-50"
        >
          {t.title}
        </h2>
        <Select
          className="print:hidden"
          label={t.indicator}
          value={filters.indicator}
          onChange={(event) => {
            setFilters({ indicator: event.target.value })
          }}
        >
          {ALL_KEY_INDICATORS.map((key) => {
            const indicator = catalog.indicator.get(effectiveIndicator(key, filters.measure).id)
            return indicator ? (
              <option key={key.ytd} value={key.ytd}>
                {indicatorName(indicator, filters.lang)}
              </option>
            ) : null
          })}
        </Select>
      </div>
      <div className="grid min-w-0 gap-4 xl:grid-cols-2">
        <PanelBoundary>
          <MapPanel />
        </PanelBoundary>
        <PanelBoundary>
          <RankingPanel />
        </PanelBoundary>
      </div>
      <PanelBoundary>
        <ScorecardPanel />
      </PanelBoundary>
    </section>
  )
}
