import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { regionName } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { stabilityNames } from '../../../lib/i18n/messages.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { buildScorecard, SCORECARD_THRESHOLD_POINTS } from '../lib/build-scorecard.ts'
import { legendOf, STATUS_SYMBOL, statusText } from '../lib/scorecard-text.ts'
import { useStanding } from '../lib/use-standing.ts'
import { ScorecardMatrix } from './scorecard-matrix.tsx'
import { scorecardTable, ScorecardTable, STATUS_TONE } from './scorecard-table.tsx'

const ROW_HEIGHT = 44

/** The headline of each stability for every city with a figure, against the province's. */
export function ScorecardPanel() {
  const { filters, catalog, t, s, colors, datasetLabel, synthetic, sourceLines, data } =
    useStanding()
  const { setFilters } = useFilters()
  const { period, lang, measure } = filters
  const names = stabilityNames(t)
  const status = panelStatus(data, period, t.missing, (table, period) => {
    const card = buildScorecard(table, catalog, period, measure, filters.sort)
    return card.rows.length > 0
      ? card
      : { empty: s.noCityPublished(formatPeriod(period, lang, measure), s.scorecardTitle) }
  })
  const card = status.status === 'ready' ? status.value : null
  const shown = card
    ? card.rows.flatMap((r) =>
        Object.values(r.cells).flatMap((c) => (c.observation ? [c.observation] : [])),
      )
    : []
  const height = ((card?.rows.length ?? 3) + 2) * ROW_HEIGHT
  const missing = card?.missing ?? []
  const legend = card ? legendOf(card) : null

  return (
    <ChartPanel
      meta={{
        title: s.scorecardTitle,
        unit: '%',
        period: period ? formatPeriod(period, lang, measure) : '—',
        sources: sourceLines(sourcesOf(shown)),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, (card) => ({
        table: scorecardTable(
          card,
          lang,
          { ...s, regionColumn: t.regionColumn, province: t.province },
          names,
        ),
        legend: [],
        chart: <ScorecardMatrix card={card} lang={lang} t={t} s={s} colors={colors} />,
        tableView: (
          <ScorecardTable
            card={card}
            sort={filters.sort}
            onSort={(sort) => {
              setFilters({ sort })
            }}
            lang={lang}
            t={s}
            names={names}
            province={t.province}
            missing={t.missing}
          />
        ),
      }))}
      lang={lang}
      colors={colors}
      height={height}
      defaultView="table"
      footnote={[
        s.scorecardRule(SCORECARD_THRESHOLD_POINTS),
        ...(missing.length > 0 && card
          ? [
              s.notPublished(
                missing.length,
                missing.map((r) => regionName(r, lang, true)).join(lang === 'zh' ? '、' : ', '),
              ),
            ]
          : []),
      ].join(lang === 'zh' ? '' : ' ')}
    >
      <ul aria-label={s.mapLegend} className="flex flex-wrap gap-x-4 text-sm sm:text-xs">
        {legend?.statuses.map((status) => (
          <li key={status} className={STATUS_TONE[status]}>
            <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
            {statusText(status, s)}
          </li>
        ))}
        {legend?.none && <li className="text-slate-600 dark:text-slate-300">{s.statusNone}</li>}
      </ul>
    </ChartPanel>
  )
}
