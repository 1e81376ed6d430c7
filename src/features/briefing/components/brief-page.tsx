import { LazySeriesChart } from '../../../components/chart/lazy-chart.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { datasetEntry } from '../../../domain/catalog.ts'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { formatChange, formatValue, unitLabel } from '../../../lib/format/number.ts'
import { ALL_KEY_INDICATORS } from '../../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../../domain/kpi.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import { chartColors } from '../../../lib/theme.ts'
import { buildTrend, trendYears } from '../../trend/lib/build-trend.ts'
import { navigate } from '../../../lib/url/use-location.ts'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { buildYearPanel } from '../../../components/chart/year-series.ts'
import type { Observation } from '../../../schemas/observations.ts'
import { buildBriefing } from '../lib/build-briefing.ts'

const CHART_HEIGHT = 190
const INVESTMENT = ['industrial_investment_yoy_pct', 'tech_transformation_investment_yoy_pct']

/**
 * view=brief: one A4 portrait page for the selected region and period — title, data as of,
 * key figures, the briefing, two charts, the sources used and the link of the view — always
 * on white paper, whatever the screen's theme.
 */
export default function BriefPage() {
  const { filters, catalog, t, synthetic, sourceLines, datasetLabel } = usePanelContext()
  const { period, lang } = filters
  const colors = chartColors(false, filters.colors)
  const data = useObservations(filters.dataset, period ? trendYears(period) : [])
  const region = catalog.region.get(filters.region)
  const entry = datasetEntry(catalog, filters.dataset)

  const dashboardLink = (() => {
    const params = new URLSearchParams(window.location.search)
    params.delete('view')
    const query = params.toString()
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`
  })()
  const back = () => {
    const params = new URLSearchParams(window.location.search)
    params.delete('view')
    const query = params.toString()
    navigate(query ? `?${query}` : '')
  }

  const ready = data.table && period && region
  const table = data.table
  const kpis: Kpi[] =
    table && period
      ? ALL_KEY_INDICATORS.flatMap((key) => {
          const kpi = buildKpi(table, catalog, key, {
            region: filters.region,
            period,
            measure: 'ytd',
          })
          return kpi ? [kpi] : []
        })
      : []
  const briefing =
    table && period
      ? buildBriefing(
          table,
          catalog,
          { region: filters.region, period },
          lang,
          synthetic ? t.syntheticLabel : null,
        )
      : null
  const trend =
    table && period
      ? buildTrend(
          table,
          catalog,
          { region: filters.region, compare: filters.compare, period, measure: 'ytd' },
          lang,
          t,
        )
      : null
  const investment =
    table && period
      ? buildYearPanel(
          table,
          catalog,
          { region: filters.region, period },
          INVESTMENT,
          lang,
          t,
          t.investmentSubject,
        )
      : null

  const shown: Observation[] = [
    ...kpis.flatMap((k) => (k.observation ? [k.observation] : [])),
    ...(trend?.kind === 'ready' ? trend.data.observations : []),
    ...(investment?.kind === 'ready' ? investment.data.observations : []),
  ]
  const sources = [...new Set([...(briefing?.sources ?? []), ...sourcesOf(shown)])]

  return (
    <div className="min-h-screen bg-slate-200 py-4 print:bg-white print:py-0">
      <div className="mx-auto mb-3 flex w-[186mm] gap-2 print:hidden">
        <Button
          variant="primary"
          onClick={() => {
            window.print()
          }}
        >
          {t.print}
        </Button>
        <Button onClick={back}>{t.backToDashboard}</Button>
      </div>
      <main className="brief-sheet mx-auto flex w-[186mm] flex-col gap-[3mm] bg-white p-[6mm] text-[9.5pt] leading-snug text-slate-900 shadow print:p-0 print:shadow-none">
        <header className="border-b-2 border-slate-900 pb-[2mm]">
          <h1 className="text-[16pt] font-bold">{t.briefTitle}</h1>
          <p className="text-[10.5pt] font-medium">
            {region ? regionName(region, lang) : filters.region} ·{' '}
            {period ? formatPeriod(period, lang) : '—'}
          </p>
          <p className="text-slate-700">
            {t.dataAsOf} {entry?.dataAsOf ? formatPeriod(entry.dataAsOf, lang) : '—'} ·{' '}
            {t.datasetLine}：{datasetLabel}
          </p>
          {synthetic && (
            <p className="mt-1 w-fit border border-amber-700 px-1 font-semibold text-amber-900">
              {t.syntheticLabel}
            </p>
          )}
        </header>

        {data.errors.length > 0 && (
          <p role="alert" className="text-red-800">
            {data.errors.map((e) => e.message).join('；')}
          </p>
        )}
        {!ready && data.errors.length === 0 && <p role="status">{t.loading}</p>}

        {briefing && (
          <section aria-labelledby="brief-text">
            <h2 id="brief-text" className="mb-[1mm] text-[11pt] font-semibold">
              {t.briefingTitle}
            </h2>
            {briefing.sentences.length === 0 ? (
              <p>
                {t.noBriefing(
                  region ? regionName(region, lang) : filters.region,
                  period ? formatPeriod(period, lang) : '—',
                )}
              </p>
            ) : (
              briefing.paragraphs.map((p) => (
                <p key={p} className="text-justify">
                  {p}
                </p>
              ))
            )}
          </section>
        )}

        {kpis.length > 0 && (
          <section aria-labelledby="brief-kpis">
            <h2 id="brief-kpis" className="mb-[1mm] text-[11pt] font-semibold">
              {t.briefKpis}
            </h2>
            <table className="w-full border-collapse">
              <thead>
                <tr className="border-b border-slate-400 text-left">
                  <th scope="col" className="py-[0.6mm] font-medium">
                    {t.indicatorColumn}
                  </th>
                  <th scope="col" className="py-[0.6mm] text-right font-medium">
                    {t.valueColumn}
                  </th>
                  <th scope="col" className="py-[0.6mm] pl-[3mm] font-medium">
                    {t.changeShort}
                  </th>
                  <th scope="col" className="py-[0.6mm] font-medium">
                    {t.rankShort}
                  </th>
                </tr>
              </thead>
              <tbody>
                {kpis.map((kpi) => {
                  const group = kpi.rank.group ? catalog.region.get(kpi.rank.group.code) : undefined
                  return (
                    <tr key={kpi.indicator.id} className="border-b border-slate-200">
                      <th scope="row" className="py-[0.6mm] text-left font-normal">
                        {indicatorName(kpi.indicator, lang)}
                      </th>
                      <td className="py-[0.6mm] text-right tabular-nums">
                        {kpi.observation
                          ? formatValue(
                              kpi.observation.value,
                              kpi.observation.decimals,
                              kpi.indicator.unit,
                              lang,
                            ).text
                          : t.missing}
                      </td>
                      <td className="py-[0.6mm] pl-[3mm]">
                        {kpi.change
                          ? `${t.comparedWith(formatPeriodSpan(kpi.change.period, lang))}${formatChange(kpi.change, lang)}`
                          : ''}
                      </td>
                      <td className="py-[0.6mm]">
                        {[
                          kpi.rank.province && t.rankProvince(kpi.rank.province.rank),
                          kpi.rank.group &&
                            group &&
                            t.rankGroup(regionName(group, lang, true), kpi.rank.group.rank),
                        ]
                          .filter(Boolean)
                          .join(lang === 'zh' ? '、' : ', ')}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </section>
        )}

        {ready && (
          <section className="grid grid-cols-2 gap-[4mm]">
            <figure aria-labelledby="brief-trend">
              <figcaption id="brief-trend" className="font-medium">
                {t.trendTitle}（%）
              </figcaption>
              {trend?.kind === 'ready' ? (
                <LazySeriesChart
                  rows={trend.data.rows}
                  series={trend.series.map((s, i) => ({
                    key: s.key,
                    label: s.label,
                    color:
                      s.role === 'province' ? colors.province : (colors.series[i] ?? colors.muted),
                    type: 'line',
                    dashed: s.role === 'province',
                    unit: '%',
                  }))}
                  colors={colors}
                  lang={lang}
                  height={CHART_HEIGHT}
                  leftUnit="%"
                  missing={t.missing}
                  fontSize={9}
                />
              ) : (
                <p className="text-slate-600">{trend?.reason}</p>
              )}
            </figure>
            <figure aria-labelledby="brief-investment">
              <figcaption id="brief-investment" className="font-medium">
                {t.investmentTitle}（%）
              </figcaption>
              {investment?.kind === 'ready' ? (
                <LazySeriesChart
                  rows={investment.data.rows}
                  series={INVESTMENT.map((id, i) => {
                    const indicator = catalog.indicator.get(id)!
                    return {
                      key: id,
                      label: indicatorName(indicator, lang),
                      color: colors.series[i] ?? colors.muted,
                      type: 'line' as const,
                      unit: unitLabel(indicator.unit, lang),
                    }
                  })}
                  colors={colors}
                  lang={lang}
                  height={CHART_HEIGHT}
                  leftUnit="%"
                  missing={t.missing}
                  fontSize={9}
                />
              ) : (
                <p className="text-slate-600">{investment?.reason}</p>
              )}
            </figure>
          </section>
        )}

        <section aria-labelledby="brief-sources" className="text-[8.5pt]">
          <h2 id="brief-sources" className="font-semibold">
            {t.sourcesUsed}
          </h2>
          <ol className="list-decimal pl-[5mm]">
            {sourceLines(sources).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
        <footer className="border-t border-slate-300 pt-[1mm] text-[8pt] break-all text-slate-700">
          {t.briefLink}：{dashboardLink}
        </footer>
      </main>
    </div>
  )
}
