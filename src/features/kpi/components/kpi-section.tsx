import { useDeferredValue } from 'react'
import { PanelErrors } from '../../../components/panel-errors.tsx'
import { SyntheticBadge } from '../../../components/synthetic-badge.tsx'
import { datasetEntry } from '../../../domain/catalog.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { periodYear } from '../../../domain/period.ts'
import { regionName } from '../../../lib/format/names.ts'
import type { ResolvedFilters } from '../../../lib/url/use-filters.ts'
import { useMessages } from '../../../lib/i18n/use-messages.ts'
import { useYearObservations } from '../../../lib/api/use-year-observations.ts'
import { KEY_INDICATORS } from '../../../domain/key-indicators.ts'
import { buildKpi } from '../../../domain/kpi.ts'
import { KpiTile } from './kpi-tile.tsx'

const HEADINGS = {
  growth: ['stabilityGrowth', 'stabilityGrowthHint'],
  investment: ['stabilityInvestment', 'stabilityInvestmentHint'],
  hightech: ['stabilityHightech', 'stabilityHightechHint'],
  tech: ['stabilityTech', 'stabilityTechHint'],
} as const

/** The headline figures of the three stabilities and 技改 for the selected region and period. */
export function KpiSection({ filters }: { filters: ResolvedFilters }) {
  const catalog = useCatalog()
  const t = useMessages()
  const { lang, period } = filters
  const year = period ? periodYear(period) : null
  const data = useYearObservations(filters.dataset, year)
  // Eleven tiles with ranks and sparklines: rendered in slices that yield to input.
  const table = useDeferredValue(data.table)
  const region = catalog.region.get(filters.region)
  const synthetic = datasetEntry(catalog, filters.dataset)?.synthetic ?? false

  return (
    <section aria-labelledby="kpi-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="kpi-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {region ? regionName(region, lang) : filters.region}
        </h2>
        {synthetic && <SyntheticBadge label={t.syntheticLabel} />}
      </div>
      {period === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t.missing}</p>
      ) : data.errors.length > 0 ? (
        <div className="h-44">
          <PanelErrors errors={data.errors} retry={data.retry} />
        </div>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 2xl:grid-cols-4">
          {KEY_INDICATORS.map((group) => {
            const [title, hint] = HEADINGS[group.stability]
            return (
              <section
                key={group.stability}
                aria-labelledby={`stability-${group.stability}`}
                className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950"
              >
                <h3
                  id={`stability-${group.stability}`}
                  className="text-sm font-semibold text-slate-900 dark:text-slate-50"
                >
                  {t[title]}
                  <span className="ml-2 font-normal text-slate-600 dark:text-slate-300">
                    {t[hint]}
                  </span>
                </h3>
                <div className="grid grid-cols-2 gap-2">
                  {group.indicators.map((spec) => {
                    const kpi =
                      table && period
                        ? buildKpi(table, catalog, spec, {
                            region: filters.region,
                            period,
                            measure: filters.measure,
                          })
                        : undefined
                    return kpi ? (
                      <KpiTile
                        key={spec.ytd}
                        kpi={kpi}
                        selectedMeasure={filters.measure}
                        lang={lang}
                        t={t}
                        groupOf={(code) => catalog.region.get(code)}
                      />
                    ) : (
                      <div
                        key={spec.ytd}
                        role="status"
                        aria-label={t.loading}
                        className="min-h-44 animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none dark:bg-slate-800"
                      />
                    )
                  })}
                </div>
              </section>
            )
          })}
        </div>
      )}
    </section>
  )
}
