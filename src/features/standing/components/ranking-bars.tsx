import { lazyChart } from '../../../components/chart/lazy-chart.tsx'
import type { Catalog } from '../../../domain/catalog.ts'
import { formatValue, unitLabel } from '../../../lib/format/number.ts'
import { regionName } from '../../../lib/format/names.ts'
import { standingText } from '../../../lib/format/rank.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import { isCompleteRanking, type Ranking } from '../lib/build-ranking.ts'
import type { StandingMessages } from '../messages.ts'

const RankingChart = lazyChart(() => import('./ranking-chart.tsx'))

/**
 * The published cities as horizontal bars, best first, the selected one highlighted and the
 * province as a reference line. The bars are numbered only when every city is published: a
 * partial set is shown in its order, never numbered as ranks. A rank a source printed is said
 * after the figure (全省第1位（据公布）), as the tiles and the table say it: among a partial set
 * it is the only rank the chart can state.
 */
export function RankingBars({
  ranking,
  selected,
  catalog,
  lang,
  t,
  colors,
  height,
  fontSize,
}: {
  ranking: Ranking
  selected: string
  catalog: Catalog
  lang: Lang
  t: StandingMessages
  colors: ChartColors
  height: number
  fontSize?: number
}) {
  const unit = ranking.indicator.unit
  const text = (o: { value: number; decimals: number }) =>
    formatValue(o.value, o.decimals, unit, lang).text
  const numbered = isCompleteRanking(ranking)
  const printed = (published: Ranking['rows'][number]['published']) =>
    published.province || published.group
      ? standingText(published, lang, (code) => catalog.region.get(code))
      : null
  return (
    <RankingChart
      rows={ranking.rows.map((row) => ({
        label: `${numbered ? `${row.position.rank} ` : ''}${regionName(row.region, lang, true)}`,
        value: row.observation.value,
        text: [text(row.observation), printed(row.published)].filter(Boolean).join(' · '),
        selected: row.region.code === selected,
      }))}
      province={
        ranking.province
          ? { value: ranking.province.value, label: t.provinceReference(text(ranking.province)) }
          : undefined
      }
      colors={colors}
      height={height}
      unit={unitLabel(unit, lang)}
      {...(fontSize ? { fontSize } : {})}
    />
  )
}
