import { useState } from 'react'
import { ChartPanel, type PanelState } from '../../../components/chart/chart-panel.tsx'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { formatValue, unitLabel } from '../../../lib/format/number.ts'
import { indicatorName, regionName, sourceLabel } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useIsDark } from '../../../lib/theme.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { buildRanking } from '../lib/build-ranking.ts'
import { buildTileMap, legendLabels, MAP_COLORS, tileName } from '../lib/tile-map.ts'
import { useStanding } from '../lib/use-standing.ts'
import { rankingTable } from './ranking-panel.tsx'
import { GROUP_TINTS, TileMap } from './tile-map.tsx'

const HEIGHT = 420

/** The 21 cities as equal tiles in their rough places, coloured by the figure's class. */
export function MapPanel() {
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
  const { setFilters } = useFilters()
  const dark = useIsDark(filters.theme)
  const [active, setActive] = useState<string | null>(null)
  const { period, lang } = filters
  const ranking =
    data.table && period && indicator ? buildRanking(data.table, catalog, indicator, period) : null
  const map = ranking ? buildTileMap(ranking) : null
  const text = (o: { value: number; decimals: number }) =>
    indicator ? formatValue(o.value, o.decimals, indicator.unit, lang).text : ''
  const rankText = (code: string) => {
    const row = ranking?.rows.find((r) => r.region.code === code)
    if (!row || row.rank === undefined) return ''
    const group = row.region.group ? catalog.region.get(row.region.group) : undefined
    return [
      t.rankProvince(row.rank),
      group && row.groupRank !== undefined
        ? t.rankGroup(regionName(group, lang, true), row.groupRank)
        : '',
    ]
      .filter(Boolean)
      .join(lang === 'zh' ? '、' : ', ')
  }

  let state: PanelState
  if (!period || !indicator) state = { status: 'empty', reason: t.missing }
  else if (data.errors.length > 0)
    state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!ranking || !map) state = { status: 'loading' }
  else {
    state = {
      status: 'ready',
      table: rankingTable(ranking, lang, t),
      legend: [],
      chart: (
        <TileMap
          tiles={map.tiles}
          ariaLabel={`${t.mapTitle}：${indicatorName(indicator, lang)}`}
          label={(tile) => {
            const city = catalog.region.get(tile.code)!
            const value = tile.observation ? text(tile.observation) : t.missing
            return {
              name: tileName(regionName(city, lang, true)),
              value,
              // Starts with the tile's visible text, as voice control users will say it.
              accessible: t.tileLabel(
                tileName(regionName(city, lang, true)),
                value,
                rankText(tile.code),
              ),
            }
          }}
          groupOf={(code) => catalog.region.get(code)?.group ?? null}
          selected={filters.region}
          dark={dark}
          colors={colors}
          onSelect={(code) => {
            setFilters({ region: code })
          }}
          onActive={setActive}
        />
      ),
    }
  }

  const activeRow = active ? ranking?.rows.find((r) => r.region.code === active) : undefined
  const activeSource = activeRow?.observation
    ? catalog.source.get(activeRow.observation.source)
    : undefined
  const legend = ranking && map ? legendLabels(ranking, map.classes, lang) : []

  return (
    <ChartPanel
      meta={{
        title: `${t.mapTitle}：${indicator ? indicatorName(indicator, lang) : ''}（${lang === 'zh' ? '示意图' : 'schematic map'}）`,
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
      footnote={`${t.schematicMap} ${t.selectCity}${ranking ? `；${t.publishedCities(ranking.published)}` : ''}`}
    >
      {map && (
        <div className="flex flex-col gap-2 text-xs text-slate-700 dark:text-slate-200">
          <p aria-live="polite" className="min-h-5 font-medium">
            {activeRow &&
              [
                `${regionName(activeRow.region, lang)} ${activeRow.observation ? text(activeRow.observation) : t.missing}`,
                rankText(activeRow.region.code),
                activeSource ? `${t.source}：${sourceLabel(activeSource, lang)}` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
          </p>
          <ul aria-label={t.mapLegend} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {map.classes.map((c, i) => (
              <li key={c.from} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-5 rounded-sm border border-slate-400"
                  style={{ background: MAP_COLORS[i] }}
                />
                {legend[i]}
              </li>
            ))}
            <li className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-5 rounded-sm border border-slate-400 bg-[repeating-linear-gradient(45deg,#64748b_0_2px,transparent_2px_5px)]"
              />
              {t.mapMissing}
            </li>
          </ul>
          <ul aria-label={t.groupsLegend} className="flex flex-wrap gap-x-3">
            {catalog.groups.map((group) => (
              <li key={group.code} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-3 rounded-sm"
                  style={{
                    background: dark
                      ? GROUP_TINTS[group.code]?.dark
                      : GROUP_TINTS[group.code]?.light,
                  }}
                />
                {regionName(group, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ChartPanel>
  )
}
