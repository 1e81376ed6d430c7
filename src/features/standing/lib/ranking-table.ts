import { withParens } from '../../../lib/format/punctuation.ts'
import type { PanelTable, TableCell } from '../../../domain/chart-data.ts'
import type { Standing } from '../../../domain/rank.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { figureIn, unitLabel } from '../../../lib/format/number.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { standingText } from '../../../lib/format/rank.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import type { StandingMessages } from '../messages.ts'
import { isCompleteRanking, type Ranking } from './build-ranking.ts'

function place(standing: Standing, t: StandingMessages): TableCell {
  return { text: standing.tied ? t.tied(standing.rank) : String(standing.rank) }
}

/** A city's rank as its source printed it, with the city: 清远全省第1位（据公布）. */
function printedRank(row: Ranking['rows'][number], catalog: Catalog, lang: Lang): string | null {
  const text = standingText(row.published, lang, (code) => catalog.region.get(code))
  return text && `${regionName(row.region, lang, true)}${lang === 'zh' ? '' : ' '}${text}`
}

function changeText(change: number, t: StandingMessages): string {
  return change > 0
    ? t.rankChangeUp(change)
    : change < 0
      ? t.rankChangeDown(-change)
      : t.rankChangeNone
}

/**
 * The ranking as a table: the published cities only, with the columns that have something to
 * say — the position (not for a city alone: a position among one says nothing), the rank in the
 * group when a whole group is published, the ranks sources printed, the change of rank when it
 * can be computed.
 */
export function rankingTable(
  ranking: Ranking,
  catalog: Catalog,
  lang: Lang,
  t: StandingMessages & { regionColumn: string },
): PanelTable {
  const withGroup = ranking.rows.some((r) => r.group)
  const withPublished = ranking.rows.some((r) => r.published.province ?? r.published.group)
  const withChange = ranking.previousPeriod !== undefined
  const withPosition = ranking.published > 1
  const groupOf = (code: string) => catalog.region.get(code)
  return {
    rowHeader: t.regionColumn,
    columns: [
      ...(withPosition ? [t.rankColumn(ranking.published, ranking.total)] : []),
      withParens(
        indicatorName(ranking.indicator, lang),
        unitLabel(ranking.indicator.unit, lang),
        lang,
      ),
      ...(withGroup ? [t.groupRankColumn] : []),
      ...(withPublished ? [t.publishedRankColumn] : []),
      ...(withChange ? [t.changeColumn] : []),
    ],
    rows: ranking.rows.map((row) => ({
      header: regionName(row.region, lang, true),
      cells: [
        ...(withPosition ? [place(row.position, t)] : []),
        figureIn(row.observation, ranking.indicator.unit, lang),
        ...(withGroup ? [row.group ? place(row.group, t) : null] : []),
        ...(withPublished
          ? [
              row.published.province || row.published.group
                ? { text: standingText(row.published, lang, groupOf) ?? '' }
                : null,
            ]
          : []),
        ...(withChange
          ? [row.change === undefined ? null : { text: changeText(row.change, t) }]
          : []),
      ],
    })),
  }
}

/**
 * What a ranking does not show, said under it (and in its exports): how many cities are
 * published, what a position or a change compares, the ranks sources printed (among a partial
 * set the only ranks there are: 清远全省第1位（据公布）), which cities are missing. One sentence.
 */
export function rankingNote(
  ranking: Ranking,
  catalog: Catalog,
  lang: Lang,
  t: StandingMessages,
): string {
  const notes = [t.publishedCities(ranking.published, ranking.total)]
  if (!isCompleteRanking(ranking)) {
    const only = ranking.rows.length === 1 ? ranking.rows[0]!.region : undefined
    notes.push(t.partialRanking(ranking.published, only && regionName(only, lang, true)))
  } else if (ranking.previousPeriod)
    notes.push(
      t.rankChangeHint(formatPeriod(ranking.previousPeriod, lang, ranking.indicator.measure)),
    )
  else notes.push(t.rankChangeRule)
  const printed = ranking.rows.flatMap((row) => printedRank(row, catalog, lang) ?? [])
  if (printed.length > 0) notes.push(printed.join(lang === 'zh' ? '，' : ', '))
  if (ranking.missing.length > 0 && ranking.published > 0) {
    const names = ranking.missing.map((r) => regionName(r, lang, true))
    notes.push(t.notPublished(ranking.missing.length, names.join(lang === 'zh' ? '、' : ', ')))
  }
  return lang === 'zh' ? `${notes.join('；')}。` : `${notes.join('; ')}.`
}
