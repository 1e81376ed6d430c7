import { labelled, withParens } from '../../lib/format/punctuation.ts'
/** The slides of where each city stands: the standing feature's map, ranking and scorecard. */
import { PanelStatusView } from '../../components/chart/panel-state.tsx'
import {
  buildRanking,
  buildScorecard,
  buildTileMap,
  isCompleteRanking,
  legendLabels,
  MapLegend,
  RankingBars,
  ScorecardMatrix,
  STANDING_MESSAGES,
  STATUS_SYMBOL,
  STATUS_TONE,
  legendLines,
  TileMap,
  tileLabel,
} from '../../features/standing/index.ts'
import { indicatorName, regionName } from '../../lib/format/names.ts'
import { formatValue, unitLabel } from '../../lib/format/number.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { stabilityNames } from '../../lib/i18n/messages.ts'
import { RegionTable } from './region-table.tsx'
import type { SlideProps } from './slide-parts.tsx'

function Nothing({ props, reason }: { props: SlideProps; reason: string }) {
  return (
    <PanelStatusView status={{ status: 'empty', reason }} loading={props.t.loading} size="slide" />
  )
}

/** The ranking slide's indicator and period, or why there is nothing to rank. */
function rankingOf(props: SlideProps) {
  const { view, table, catalog, lang } = props
  const s = STANDING_MESSAGES[lang]
  const indicator = catalog.indicator.get(view.indicator)
  if (!indicator || !view.period) return { s, ranking: null, reason: props.t.missing }
  const ranking = buildRanking(table, catalog, indicator, view.period)
  if (ranking.published > 0) return { s, ranking, reason: '' }
  const reason = s.noCityPublished(formatPeriod(view.period, lang), indicatorName(indicator, lang))
  return { s, ranking: null, reason }
}

export function RankingSlide(props: SlideProps) {
  const { view, lang, colors, scale } = props
  const { s, ranking, reason } = rankingOf(props)
  if (!ranking) return <Nothing props={props} reason={reason} />
  return (
    <figure className="flex h-full flex-col gap-[0.5rem]">
      <figcaption className="text-[1.75rem]">
        {withParens(
          indicatorName(ranking.indicator, lang),
          unitLabel(ranking.indicator.unit, lang),
          lang,
        )}{' '}
        · {s.publishedCities(ranking.published, ranking.total)}
        {!isCompleteRanking(ranking) && ` · ${s.partialRanking(ranking.published)}`}
      </figcaption>
      <RankingBars
        ranking={ranking}
        selected={view.region}
        lang={lang}
        t={s}
        colors={colors}
        height={Math.min(52, 4 + ranking.rows.length * 2.4) * 16 * scale}
        fontSize={24 * scale}
      />
    </figure>
  )
}

/** The cities named beside the map, best first. */
const LEADERS = 5

export function MapSlide(props: SlideProps) {
  const { view, catalog, lang, t, colors, dark } = props
  const { s, ranking, reason } = rankingOf(props)
  if (!ranking) return <Nothing props={props} reason={reason} />
  const map = buildTileMap(ranking)
  const unit = ranking.indicator.unit
  const label = (tile: (typeof map.tiles)[number]) =>
    tileLabel(tile, unit, catalog, lang, s, t.missing)
  const ranked = map.tiles
    .filter((tile) => tile.ranking)
    .sort((a, b) => a.ranking!.position.rank - b.ranking!.position.rank)
  return (
    <div className="grid h-full grid-cols-[1fr_32rem] gap-[2rem] @max-3xl:grid-cols-1">
      {/* On a phone's narrow canvas the map would draw its names at 7 px (it is 8 tiles wide):
          there the slide lists every city with a figure, in order, instead (issue 28). */}
      <div className="min-h-0 @max-3xl:hidden">
        <TileMap
          tiles={map.tiles}
          ariaLabel={labelled(s.mapTitle, indicatorName(ranking.indicator, lang), lang)}
          label={label}
          groupOf={(code) => catalog.region.get(code)?.group ?? null}
          selected={view.region}
          dark={dark}
          colors={colors}
          onSelect={() => undefined}
          onActive={() => undefined}
        />
      </div>
      <div className="flex flex-col gap-[1.25rem] text-[1.5rem]">
        <p className="text-[1.75rem] font-semibold">
          {withParens(indicatorName(ranking.indicator, lang), unitLabel(unit, lang), lang)}
        </p>
        <div className="@max-3xl:hidden">
          <MapLegend
            classes={map.classes}
            labels={legendLabels(ranking, map.classes, lang)}
            catalog={catalog}
            lang={lang}
            t={s}
            dark={dark}
            size="slide"
          />
        </div>
        <ol className="flex flex-col gap-[0.25rem]">
          {ranked.map((tile, i) => {
            const { name, value, standing } = label(tile)
            return (
              <li
                key={tile.code}
                className={`tabular-nums ${i < LEADERS ? '' : 'hidden @max-3xl:list-item'}`}
              >
                {name} {value}
                {standing && (
                  <span className="text-slate-600 dark:text-slate-300"> · {standing}</span>
                )}
              </li>
            )
          })}
        </ol>
        <small className="block text-[1.25rem] text-slate-600 dark:text-slate-300">
          {s.publishedCities(ranking.published, ranking.total)}
        </small>
      </div>
    </div>
  )
}

export function ScorecardSlide(props: SlideProps) {
  const { view, table, catalog, lang, t, colors, measure } = props
  const s = STANDING_MESSAGES[lang]
  if (!view.period) return <Nothing props={props} reason={t.missing} />
  const card = buildScorecard(table, catalog, view.period, measure, null, view.group)
  if (card.rows.length === 0)
    return (
      <Nothing
        props={props}
        reason={s.noCityPublished(formatPeriod(view.period, lang), s.scorecardTitle)}
      />
    )
  const names = stabilityNames(t)
  return (
    <div className="flex h-full flex-col gap-[0.5rem]">
      {/* On a phone's narrow canvas the matrix would draw its names at 7 px: there the same
          figures and marks are a table in the slide's own type (issue 28). */}
      <div className="min-h-0 flex-1 @max-3xl:hidden">
        <ScorecardMatrix card={card} lang={lang} t={t} s={s} colors={colors} fontSize={14} />
      </div>
      <RegionTable
        className="hidden text-[1.4rem] @max-3xl:table"
        caption={s.scorecardTitle}
        regionColumn={t.regionColumn}
        columns={card.columns.map((c) => ({ key: c.stability, name: names[c.stability] }))}
        stacked={lang === 'en'}
        rows={card.rows.map((row) => ({
          key: row.region.code,
          name: regionName(row.region, lang, true),
          cells: card.columns.map((c) => {
            const { observation: o, comparison } = row.cells[c.stability]
            return {
              key: c.stability,
              content: o ? (
                <>
                  {comparison && (
                    <span className={STATUS_TONE[comparison.status]}>
                      {STATUS_SYMBOL[comparison.status]}{' '}
                    </span>
                  )}
                  {formatValue(o.value, o.decimals, c.indicator.unit, lang).text}
                </>
              ) : (
                t.missing
              ),
            }
          }),
        }))}
      />
      <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">
        {card.columns
          .map((c) =>
            labelled(
              names[c.stability],
              withParens(indicatorName(c.indicator, lang), unitLabel(c.indicator.unit, lang), lang),
              lang,
            ),
          )
          .join(lang === 'zh' ? '；' : '; ')}
      </p>
      <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">
        {[
          ...legendLines(card, s),
          ...(card.missing.length > 0
            ? [
                s.notPublished(
                  card.missing.length,
                  card.missing
                    .map((r) => (lang === 'zh' ? r.shortZh : r.nameEn))
                    .join(lang === 'zh' ? '、' : ', '),
                ),
              ]
            : []),
        ].join(' · ')}
      </p>
    </div>
  )
}
