import { labelled, withParens } from '../../../lib/format/punctuation.ts'
import { use, useState } from 'react'
import { RegionMarksContext, withMarkColumn } from '../../../components/region-marks.ts'
import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { indicatorName, regionName, sourceLabel } from '../../../lib/format/names.ts'
import { unitLabel } from '../../../lib/format/number.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useIsDark } from '../../../lib/theme.ts'
import { useMedia } from '../../../lib/use-media.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { buildRanking } from '../lib/build-ranking.ts'
import { rankingNote, rankingTable } from '../lib/ranking-table.ts'
import { standingSourcesOf } from '../lib/row-standing.ts'
import { tileLabel } from '../lib/tile-label.ts'
import { buildTileMap, legendLabels } from '../lib/tile-map.ts'
import { useStanding } from '../lib/use-standing.ts'
import { MapLegend } from './map-legend.tsx'
import { TileMap } from './tile-map.tsx'

const HEIGHT = 420

/** The 21 cities as equal tiles in their rough places, coloured by the figure's class. */
export function MapPanel() {
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
  const { setFilters } = useFilters()
  const dark = useIsDark(filters.theme)
  // On a phone the tiles' names would be smaller than 11 px: the map opens on its table there.
  const narrow = useMedia('(max-width: 639px)')
  // The details line follows the pointer, and the keyboard focus when the pointer is on no
  // tile: a page that moves under a still mouse does not take away the focused tile's details.
  const [hovered, setHovered] = useState<string | null>(null)
  const [focused, setFocused] = useState<string | null>(null)
  const active = hovered ?? focused
  const { period, lang } = filters
  const marks = use(RegionMarksContext)
  const markOf = (code: string) => (indicator ? marks?.of(code, indicator.id) : undefined)
  const status = panelStatus(data, indicator ? period : null, t.missing, (table, period) => {
    const ranking = buildRanking(table, catalog, indicator!, period)
    return { ranking, map: buildTileMap(ranking) }
  })
  const ready = status.status === 'ready' ? status.value : null
  const label = (tile: Parameters<typeof tileLabel>[0]) => {
    const text = tileLabel(tile, indicator!.unit, catalog, lang, s, t.missing)
    const mark = markOf(tile.code)
    const comma = lang === 'zh' ? '，' : ', '
    return mark
      ? { ...text, accessible: `${text.accessible}${comma}${marks!.title}: ${mark.label}` }
      : text
  }
  const activeTile = active ? ready?.map.tiles.find((tile) => tile.code === active) : undefined
  const activeSource = activeTile?.ranking
    ? catalog.source.get(activeTile.ranking.observation.source)
    : undefined

  return (
    <ChartPanel
      meta={{
        title: withParens(
          labelled(s.mapTitle, indicator ? indicatorName(indicator, lang) : '', lang),
          s.schematic,
          lang,
        ),
        unit: indicator ? unitLabel(indicator.unit, lang) : '—',
        period: period ? formatPeriod(period, lang, measure) : '—',
        sources: sourceLines(
          ready
            ? [
                ...sourcesOf(ready.ranking.rows.map((r) => r.observation)),
                ...standingSourcesOf(ready.ranking.rows),
              ]
            : [],
        ),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, (ready) => ({
        table: withMarkColumn(
          rankingTable(ready.ranking, catalog, lang, { ...s, regionColumn: t.regionColumn }),
          ready.ranking.rows.map((r) => r.region.code),
          marks,
          indicator!.id,
        ),
        legend: [],
        chart: (
          <TileMap
            tiles={ready.map.tiles}
            ariaLabel={labelled(s.mapTitle, indicatorName(indicator!, lang), lang)}
            label={label}
            groupOf={(code) => catalog.region.get(code)?.group ?? null}
            selected={filters.region}
            dark={dark}
            colors={colors}
            mark={(code) => markOf(code)?.symbol}
            onSelect={(code) => {
              setFilters({ region: code })
            }}
            onActive={(code, by) => {
              if (by === 'pointer') setHovered(code)
              else setFocused(code)
            }}
          />
        ),
      }))}
      lang={lang}
      colors={colors}
      height={HEIGHT}
      defaultView={narrow ? 'table' : 'chart'}
      footnote={`${s.schematicMap} ${s.selectCity}${lang === 'zh' ? '。' : '.'}${ready ? ` ${rankingNote(ready.ranking, catalog, lang, s)}` : ''}`}
    >
      {ready && (
        <div className="flex flex-col gap-2 text-sm text-slate-700 sm:text-xs dark:text-slate-200">
          <p aria-live="polite" className="min-h-5 font-medium">
            {activeTile &&
              [
                `${regionName(catalog.region.get(activeTile.code)!, lang)} ${label(activeTile).value}`,
                label(activeTile).standing ?? '',
                activeSource ? labelled(t.source, sourceLabel(activeSource, lang), lang) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
          </p>
          <MapLegend
            classes={ready.map.classes}
            labels={legendLabels(ready.ranking, ready.map.classes, lang)}
            catalog={catalog}
            lang={lang}
            t={s}
            dark={dark}
            marks={ready.map.tiles.some((tile) => markOf(tile.code)) ? marks! : undefined}
          />
        </div>
      )}
    </ChartPanel>
  )
}
