import { useQuery } from '@tanstack/react-query'
import { labelled, withParens } from '../../lib/format/punctuation.ts'
import { CHART_MESSAGES } from '../../components/chart/messages.ts'
import { sourceLines, usePanelContext } from '../../components/chart/use-panel-context.ts'
import { buildYearChart } from '../../components/chart/year-series.ts'
import { Button } from '../../components/ui/button.tsx'
import { ShareButton } from '../../components/ui/share-button.tsx'
import { datasetEntry } from '../../domain/catalog.ts'
import { sourcesOf } from '../../domain/chart-data.ts'
import { ALL_KEY_INDICATORS } from '../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../domain/kpi.ts'
import {
  ATTENTION_MESSAGES,
  AttentionParagraph,
  useAttention,
} from '../../features/attention/index.ts'
import { buildBriefing, BRIEFING_MESSAGES } from '../../features/briefing/index.ts'
import { PeriodDocuments } from '../../features/documents/index.ts'
import { buildTrend, TREND_MESSAGES, trendYears } from '../../features/trend/index.ts'
import { regionName } from '../../lib/format/names.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { standingSources } from '../../lib/format/rank.ts'
import { useStrings } from '../../lib/i18n/use-messages.ts'
import { chartColors } from '../../lib/theme.ts'
import { targetsQuery } from '../../lib/api/queries.ts'
import { useObservations } from '../../lib/api/use-observations.ts'
import { hrefFor } from '../../lib/url/href.ts'
import { pinnedSearch } from '../../lib/url/use-filters.ts'
import { navigate, useLocationSearch, usePageAddress } from '../../lib/url/use-location.ts'
import type { Observation } from '../../schemas/observations.ts'
import { IgnoredNotice } from '../ignored-notice.tsx'
import { AsofNotice } from '../asof-notice.tsx'
import { BriefChart } from './brief-chart.tsx'
import { BriefFigures } from './brief-figures.tsx'
import { BRIEF_MESSAGES } from './messages.ts'

const INVESTMENT_GROWTH = [
  { id: 'industrial_investment_yoy_pct', type: 'line', axis: 'left' },
  { id: 'tech_transformation_investment_yoy_pct', type: 'line', axis: 'left' },
] as const

/**
 * view=brief: one A4 portrait page for the selected region and period — title, data as of,
 * the briefing, the key figures published, two charts, the sources used and the sheet's own
 * link — always on white paper, whatever the screen's theme. Built from the features' own
 * pieces: the briefing's text, the KPI derivation, the trend and year charts.
 */
export default function BriefPage() {
  const { filters, catalog, t, synthetic, datasetLabel } = usePanelContext()
  const b = useStrings(BRIEF_MESSAGES)
  const bt = useStrings(BRIEFING_MESSAGES)
  const trendTitle = useStrings(TREND_MESSAGES).title
  const chartStrings = useStrings(CHART_MESSAGES)
  const at = useStrings(ATTENTION_MESSAGES)
  const { period, lang } = filters
  const colors = chartColors(false, filters.colors)
  const data = useObservations(filters.dataset, period ? trendYears(period) : [])
  const targets = useQuery(targetsQuery(catalog.manifest, filters.dataset)).data?.targets
  const region = catalog.region.get(filters.region)
  const attention = useAttention(filters.dataset, period)
  const entry = datasetEntry(catalog, filters.dataset)
  // This sheet itself, at its period and dataset: the same figures whenever it is opened.
  const pageLink = `${usePageAddress()}${pinnedSearch(useLocationSearch(), catalog)}`

  const table = data.table
  const ready = table && period && region
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
  const published = kpis.filter((k) => k.observation)
  const unpublished = kpis.filter((k) => !k.observation)
  const briefing =
    table && period
      ? buildBriefing(
          table,
          catalog,
          { region: filters.region, period },
          lang,
          synthetic ? t.syntheticLabel : null,
          targets,
        )
      : null
  const trend =
    table && period
      ? buildTrend(
          table,
          catalog,
          { region: filters.region, compare: filters.compare, period, measure: 'ytd' },
          lang,
          colors,
          chartStrings,
        )
      : null
  const investment =
    table && period
      ? buildYearChart(
          table,
          catalog,
          { region: filters.region, period },
          INVESTMENT_GROWTH,
          lang,
          colors,
          chartStrings,
          b.investmentGrowth,
        )
      : null

  const shown: Observation[] = [
    ...published.map((k) => k.observation!),
    ...(trend && 'data' in trend ? trend.data.observations : []),
    ...(investment && 'data' in investment ? investment.data.observations : []),
  ]
  const sources = [
    ...new Set([
      ...(briefing?.sources ?? []),
      ...sourcesOf(shown),
      ...published.flatMap((k) => standingSources(k.standing)),
      // The 预警 items' figures: the paragraph 需重点关注 cites them.
      ...(attention.status === 'ready'
        ? attention.attention.alerts
            .filter((a) => a.level === 'warning')
            .flatMap((a) => a.figures.flatMap((f) => (f.source ? [f.source] : [])))
        : []),
    ]),
  ]

  return (
    <div className="min-h-screen bg-white md:bg-slate-200 md:py-4 print:bg-white print:py-0">
      <div className="mx-auto flex flex-wrap gap-2 px-4 pt-4 a4:mb-3 a4:w-[186mm] a4:px-0 a4:pt-0 print:hidden">
        <Button
          variant="primary"
          onClick={() => {
            window.print()
          }}
        >
          {b.print}
        </Button>
        <Button
          onClick={() => {
            navigate(hrefFor('dashboard', window.location.search))
          }}
        >
          {b.backToDashboard}
        </Button>
        <ShareButton url={pageLink} title={b.title} t={t} />
        <PeriodDocuments lang={lang} />
      </div>
      <div className="mx-auto px-4 a4:mb-3 a4:w-[186mm] a4:px-0 print:hidden">
        <IgnoredNotice />
        <AsofNotice className="mt-2" />
      </div>
      <main className="mx-auto flex flex-col gap-4 bg-white p-4 text-[15px] leading-snug text-slate-900 a4:w-[186mm] a4:gap-[3mm] a4:text-[9.5pt] md:p-[6mm] md:shadow print:p-0 print:shadow-none">
        <header className="border-b-2 border-slate-900 pb-[2mm]">
          <h1 className="text-[16pt] font-bold">{b.title}</h1>
          <p className="text-[16px] font-medium a4:text-[10.5pt]">
            {region ? regionName(region, lang) : filters.region} ·{' '}
            {period ? formatPeriod(period, lang) : '—'}
          </p>
          <p className="text-slate-700">
            {t.dataAsOf} {entry?.dataAsOf ? formatPeriod(entry.dataAsOf, lang) : '—'} ·{' '}
            {filters.asof && `${t.asofShown(filters.asof)} · `}
            {labelled(t.datasetLine, datasetLabel, lang)}
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
            <h2 id="brief-text" className="mb-[1mm] text-[17px] font-semibold a4:text-[11pt]">
              {bt.title}
            </h2>
            {briefing.sentences.length === 0 ? (
              <p>
                {bt.noBriefing(
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

        {attention.status === 'ready' && (
          <section aria-labelledby="brief-attention">
            <h2 id="brief-attention" className="mb-[1mm] text-[17px] font-semibold a4:text-[11pt]">
              {at.paragraph}
            </h2>
            <AttentionParagraph attention={attention.attention} lang={lang} t={at} />
          </section>
        )}
        {attention.status === 'error' && (
          <p role="alert" className="text-red-800">
            {at.unavailable}：{attention.error.message}
          </p>
        )}

        {published.length > 0 && (
          <BriefFigures published={published} unpublished={unpublished} lang={lang} />
        )}

        {ready && (
          <section className="grid gap-4 a4:grid-cols-2 a4:gap-[4mm]">
            <BriefChart
              id="brief-trend"
              title={withParens(trendTitle, '%', lang)}
              chart={trend}
              colors={colors}
              lang={lang}
            />
            <BriefChart
              id="brief-investment"
              title={withParens(b.investmentGrowth, '%', lang)}
              chart={investment}
              colors={colors}
              lang={lang}
            />
          </section>
        )}

        <section
          aria-labelledby="brief-sources"
          data-fine-print
          className="text-[13px] a4:text-[8.5pt]"
        >
          <h2 id="brief-sources" className="font-semibold">
            {bt.sourcesUsed}
          </h2>
          <ol className="list-decimal pl-[5mm]">
            {sourceLines(catalog, sources, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
        <footer className="border-t border-slate-300 pt-[1mm] text-[13px] break-all text-slate-700 a4:text-[8pt]">
          {labelled(b.link, '', lang)}
          <a href={pageLink} className="underline">
            {pageLink}
          </a>
        </footer>
      </main>
    </div>
  )
}
