import { lazyChart } from '../../../components/chart/lazy-chart.tsx'
import { figureIn, formatValue, unitLabel } from '../../../lib/format/number.ts'
import { regionName } from '../../../lib/format/names.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import { isCompleteRanking, type Ranking } from '../lib/build-ranking.ts'
import type { StandingMessages } from '../messages.ts'

const RankingChart = lazyChart(() => import('./ranking-chart.tsx'))

/**
 * The published cities as horizontal bars, best first, the selected one highlighted and the
 * province as a reference line. The bars are numbered only when every city is published: a
 * partial set is shown in its order, never numbered as ranks.
 */
export function RankingBars({
  ranking,
  selected,
  lang,
  t,
  colors,
  height,
  fontSize,
  mark,
}: {
  ranking: Ranking
  selected: string
  lang: Lang
  t: StandingMessages
  colors: ChartColors
  height: number
  fontSize?: number
  /** A symbol after a city's name (需关注), explained in the panel's legend. */
  mark?: (code: string) => string | undefined
}) {
  const unit = ranking.indicator.unit
  const text = (o: { value: number; decimals: number }) =>
    formatValue(o.value, o.decimals, unit, lang).text
  const numbered = isCompleteRanking(ranking)
  return (
    <RankingChart
      rows={ranking.rows.map((row) => ({
        label: `${numbered ? `${row.position.rank} ` : ''}${regionName(row.region, lang, true)}${mark?.(row.region.code) ? ` ${mark(row.region.code)}` : ''}`,
        value: figureIn(row.observation, unit, lang).value,
        text: text(row.observation),
        selected: row.region.code === selected,
      }))}
      province={
        ranking.province
          ? {
              value: figureIn(ranking.province, unit, lang).value,
              label: t.provinceReference(text(ranking.province)),
            }
          : undefined
      }
      colors={colors}
      height={height}
      unit={unitLabel(unit, lang)}
      {...(fontSize ? { fontSize } : {})}
    />
  )
}
