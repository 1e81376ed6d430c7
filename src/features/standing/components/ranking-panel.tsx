import { ChartPanel, type PanelState } from '../../../components/chart/chart-panel.tsx'
import { lazyChart } from '../../../components/chart/lazy-chart.tsx'
import { sourcesOf, type PanelTable } from '../../../domain/chart-data.ts'
import { formatValue, unitLabel } from '../../../lib/format/number.ts'
import type { PanelStrings } from '../../../lib/i18n/panel-messages.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { buildRanking, type Ranking, type RankingRow } from '../lib/build-ranking.ts'
import { useStanding } from '../lib/use-standing.ts'

const RankingChart = lazyChart(() => import('./ranking-chart.tsx'))
const HEIGHT = 560

export function rankChangeText(change: RankingRow['change'], t: PanelStrings): string {
  if (change === undefined) return '—'
  if (change === null) return t.rankChangeNew
  return change > 0
    ? t.rankChangeUp(change)
    : change < 0
      ? t.rankChangeDown(-change)
      : t.rankChangeNone
}

export function rankingTable(ranking: Ranking, lang: Lang, t: PanelStrings): PanelTable {
  const unit = unitLabel(ranking.indicator.unit, lang)
  return {
    rowHeader: t.regionColumn,
    columns: [
      t.rankColumn,
      `${indicatorName(ranking.indicator, lang)}（${unit}）`,
      t.groupRankColumn,
      t.changeColumn,
    ],
    rows: ranking.rows.map((row) => ({
      header: regionName(row.region, lang, true),
      cells: [
        row.rank === undefined ? { text: t.notRanked } : { text: String(row.rank) },
        row.observation
          ? { value: row.observation.value, decimals: row.observation.decimals }
          : null,
        row.groupRank === undefined ? null : { text: String(row.groupRank) },
        { text: rankChangeText(row.change, t) },
      ],
    })),
  }
}

/** All 21 cities, best first, the selected one highlighted, the province as a reference line. */
export function RankingPanel() {
  const {
    filters,
    catalog,
    t,
    colors,
    datasetLabel,
    synthetic,
    sourceLines,
    indicator,
    measure,
    data,
  } = useStanding()
  const { period, lang } = filters
  const ranking =
    data.table && period && indicator ? buildRanking(data.table, catalog, indicator, period) : null

  let state: PanelState
  if (!period || !indicator) state = { status: 'empty', reason: t.missing }
  else if (data.errors.length > 0)
    state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!ranking) state = { status: 'loading' }
  else if (ranking.published === 0) {
    state = {
      status: 'empty',
      reason: t.notInYear(
        t.province,
        formatPeriod(period, lang, measure),
        indicatorName(indicator, lang),
      ),
    }
  } else {
    const text = (o: { value: number; decimals: number }) =>
      formatValue(o.value, o.decimals, indicator.unit, lang).text
    state = {
      status: 'ready',
      table: rankingTable(ranking, lang, t),
      legend: [],
      chart: (
        <RankingChart
          rows={ranking.rows.map((row) => ({
            label: `${row.rank ?? '—'} ${regionName(row.region, lang, true)}`,
            value: row.observation?.value ?? null,
            text: row.observation ? text(row.observation) : t.missing,
            selected: row.region.code === filters.region,
          }))}
          province={
            ranking.province
              ? {
                  value: ranking.province.value,
                  label: t.provinceReference(text(ranking.province)),
                }
              : undefined
          }
          colors={colors}
          height={HEIGHT}
          unit={unitLabel(indicator.unit, lang)}
        />
      ),
    }
  }

  return (
    <ChartPanel
      meta={{
        title: `${t.rankingTitle}：${indicator ? indicatorName(indicator, lang) : ''}`,
        unit: indicator ? unitLabel(indicator.unit, lang) : '—',
        period: period ? formatPeriod(period, lang, measure) : '—',
        sources: sourceLines(
          ranking
            ? sourcesOf(ranking.rows.flatMap((r) => (r.observation ? [r.observation] : [])))
            : [],
        ),
        dataset: datasetLabel,
        synthetic,
      }}
      state={state}
      lang={lang}
      colors={colors}
      height={HEIGHT}
      footnote={
        ranking
          ? [
              t.publishedCities(ranking.published),
              ranking.previousPeriod
                ? t.rankChangeHint(formatPeriod(ranking.previousPeriod, lang, measure))
                : t.rankChangeNoPrevious,
            ].join(lang === 'zh' ? '；' : '; ')
          : undefined
      }
    />
  )
}
