import { labelled } from '../../../lib/format/punctuation.ts'
import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { indicatorName } from '../../../lib/format/names.ts'
import { unitLabel } from '../../../lib/format/number.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { buildRanking } from '../lib/build-ranking.ts'
import { rankingNote, rankingTable } from '../lib/ranking-table.ts'
import { standingSourcesOf } from '../lib/row-standing.ts'
import { useStanding } from '../lib/use-standing.ts'
import { use } from 'react'
import { RegionMarksContext, withMarkColumn } from '../../../components/region-marks.ts'
import { MarksLegend } from './map-legend.tsx'
import { RankingBars } from './ranking-bars.tsx'

const ROW_HEIGHT = 26
const MIN_HEIGHT = 200

/** The published cities, best first, the selected one highlighted, the province as a reference line. */
export function RankingPanel() {
  const {
    filters,
    catalog,
    t,
    s,
    colors,
    datasetLabel,
    synthetic,
    sourceLines,
    indicator,
    measure,
    data,
  } = useStanding()
  const { period, lang } = filters
  const marks = use(RegionMarksContext)
  const mark = (code: string) => (indicator ? marks?.of(code, indicator.id)?.symbol : undefined)
  const status = panelStatus(data, indicator ? period : null, t.missing, (table, period) => {
    const ranking = buildRanking(table, catalog, indicator!, period)
    return ranking.published > 0
      ? ranking
      : {
          empty: s.noCityPublished(
            formatPeriod(period, lang, measure),
            indicatorName(indicator!, lang),
          ),
        }
  })
  const ranking = status.status === 'ready' ? status.value : null
  const height = Math.max(MIN_HEIGHT, (ranking?.rows.length ?? 0) * ROW_HEIGHT + 60)

  return (
    <ChartPanel
      meta={{
        title: labelled(s.rankingTitle, indicator ? indicatorName(indicator, lang) : '', lang),
        unit: indicator ? unitLabel(indicator.unit, lang) : '—',
        period: period ? formatPeriod(period, lang, measure) : '—',
        sources: sourceLines(
          ranking
            ? [
                ...sourcesOf(ranking.rows.map((r) => r.observation)),
                ...standingSourcesOf(ranking.rows),
              ]
            : [],
        ),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, (ranking) => ({
        table: withMarkColumn(
          rankingTable(ranking, catalog, lang, { ...s, regionColumn: t.regionColumn }),
          ranking.rows.map((r) => r.region.code),
          marks,
          indicator!.id,
        ),
        legend: [],
        chart: (
          <RankingBars
            ranking={ranking}
            selected={filters.region}
            lang={lang}
            t={s}
            colors={colors}
            height={height}
            mark={mark}
          />
        ),
      }))}
      lang={lang}
      colors={colors}
      height={height}
      footnote={ranking ? rankingNote(ranking, catalog, lang, s) : undefined}
    >
      {ranking && marks && ranking.rows.some((r) => mark(r.region.code)) && (
        <MarksLegend marks={marks} />
      )}
    </ChartPanel>
  )
}
