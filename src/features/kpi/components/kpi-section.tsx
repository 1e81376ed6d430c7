import { useQuery } from '@tanstack/react-query'
import { Suspense, useDeferredValue, type ReactNode } from 'react'
import { PanelErrors } from '../../../components/panel-errors.tsx'
import { SyntheticBadge } from '../../../components/synthetic-badge.tsx'
import { datasetEntry } from '../../../domain/catalog.ts'
import { KEY_INDICATORS } from '../../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../../domain/kpi.ts'
import { periodYear } from '../../../domain/period.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { targetsQuery } from '../../../lib/api/queries.ts'
import { useYearObservations } from '../../../lib/api/use-year-observations.ts'
import { RevisedMark } from '../../releases/index.ts'
import { hasTarget, TileTargetNote } from '../../targets/index.ts'
import { regionName } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useMessages } from '../../../lib/i18n/use-messages.ts'
import type { ResolvedFilters } from '../../../lib/url/use-filters.ts'
import { kpiHeight } from '../lib/kpi-height.ts'
import { CompareTable } from './compare-table.tsx'
import { KpiTile } from './kpi-tile.tsx'
import { NotPublished } from './not-published.tsx'

const HEADINGS = {
  growth: ['stabilityGrowth', 'stabilityGrowthHint'],
  investment: ['stabilityInvestment', 'stabilityInvestmentHint'],
  hightech: ['stabilityHightech', 'stabilityHightechHint'],
  tech: ['stabilityTech', 'stabilityTechHint'],
} as const

/**
 * The headline figures of the three stabilities and 技改 for the selected region and period:
 * the published ones as tiles, grouped by stability, and the others in one line that says they
 * are not published for the period and links each to the latest period that has it.
 */
export function KpiSection({
  filters,
  headline,
}: {
  filters: ResolvedFilters
  /** The view's headline sentence, under the region and period. */
  headline?: ReactNode
}) {
  const catalog = useCatalog()
  const t = useMessages()
  const { lang, period } = filters
  const year = period ? periodYear(period) : null
  const data = useYearObservations(filters.dataset, year)
  // A dozen tiles with ranks and sparklines: rendered in slices that yield to input.
  const table = useDeferredValue(data.table)
  const loading = period !== null && data.errors.length === 0 && !table
  const region = catalog.region.get(filters.region)
  const entry = datasetEntry(catalog, filters.dataset)
  // The year's targets, each under its figure's tile; a tile without one says nothing of targets.
  const targets = useQuery(targetsQuery(catalog.manifest, filters.dataset)).data?.targets ?? []
  const targetNote = (kpi: Kpi) =>
    table && period && hasTarget(targets, filters.region, periodYear(period), kpi.indicator.id) ? (
      <Suspense fallback={null}>
        <TileTargetNote
          targets={targets}
          table={table}
          region={filters.region}
          period={period}
          indicator={kpi.indicator.id}
          lang={lang}
        />
      </Suspense>
    ) : undefined
  const groups = KEY_INDICATORS.map((group) => ({
    stability: group.stability,
    kpis: group.indicators.flatMap((spec) => {
      const kpi =
        table && period
          ? buildKpi(table, catalog, spec, {
              region: filters.region,
              period,
              measure: filters.measure,
            })
          : undefined
      return kpi ? [kpi] : []
    }),
  }))
  const missing: Kpi[] = groups.flatMap((g) => g.kpis.filter((k) => !k.observation))

  return (
    <section aria-labelledby="kpi-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="kpi-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {region ? regionName(region, lang) : filters.region}
        </h2>
        {period && entry?.dataAsOf && (
          <p className="text-sm text-slate-700 dark:text-slate-200">
            {period === entry.dataAsOf
              ? formatPeriod(period, lang)
              : t.viewPeriod(formatPeriod(period, lang), formatPeriod(entry.dataAsOf, lang))}
          </p>
        )}
        {entry?.synthetic && <SyntheticBadge label={t.syntheticLabel} />}
      </div>
      {/* With the tiles, not before them: the box held for them includes it. */}
      {!loading && headline}
      {period === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t.missing}</p>
      ) : data.errors.length > 0 ? (
        <div className="h-44">
          <PanelErrors errors={data.errors} retry={data.retry} />
        </div>
      ) : loading ? (
        <div
          role="status"
          aria-label={t.loading}
          className={`${kpiHeight(lang)} animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none dark:bg-slate-800`}
        />
      ) : (
        <>
          <div className="grid gap-4 md:grid-cols-2 2xl:grid-cols-4">
            {groups.map(({ stability, kpis }) => {
              const shown = kpis.filter((k) => k.observation)
              if (shown.length === 0) return null
              const [title, hint] = HEADINGS[stability]
              return (
                <section
                  key={stability}
                  aria-labelledby={`stability-${stability}`}
                  className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950"
                >
                  <h3
                    id={`stability-${stability}`}
                    className="text-sm font-semibold text-slate-900 dark:text-slate-50"
                  >
                    {t[title]}
                    <span className="ml-2 font-normal text-slate-600 dark:text-slate-300">
                      {t[hint]}
                    </span>
                  </h3>
                  <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                    {shown.map((kpi) => (
                      <KpiTile
                        key={kpi.indicator.id}
                        kpi={kpi}
                        selectedMeasure={filters.measure}
                        lang={lang}
                        t={t}
                        groupOf={(code) => catalog.region.get(code)}
                        note={targetNote(kpi)}
                        mark={
                          kpi.observation && (
                            <Suspense fallback={null}>
                              <RevisedMark observation={kpi.observation} />
                            </Suspense>
                          )
                        }
                      />
                    ))}
                  </div>
                </section>
              )
            })}
          </div>
          {missing.length > 0 && (
            <NotPublished
              kpis={missing}
              latest={entry?.latest[filters.region] ?? {}}
              filters={filters}
            />
          )}
          {filters.compare.length > 0 && table && (
            <CompareTable table={table} catalog={catalog} filters={filters} period={period} />
          )}
        </>
      )}
    </section>
  )
}
