/**
 * 本期更新 in words, for the bar and for the documents (通报 本期数据更新说明, the deck's slide):
 * the summary line, each revision 由X修订为Y with both sources, each rank a revision moved.
 */
import type { Catalog } from '../../../domain/catalog.ts'
import { indicatorName, regionName, sourceLabel } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { RELEASE_MESSAGES } from '../messages.ts'
import type { ReleaseNews } from './release-news.ts'

/** More periods than this are said as a span and a count (新增：2016年1-6月至2025年1-6月共34期). */
const NAMED_PERIODS = 3

/** 新增：2024年1-8月 全省及3市 12项；修订：2项. */
export function releaseSummary(news: ReleaseNews, lang: Lang): string {
  const t = RELEASE_MESSAGES[lang]
  const { groups } = news
  const added =
    groups.length > NAMED_PERIODS
      ? [
          t.addedPeriods(
            formatPeriod(groups[0]!.period, lang),
            formatPeriod(groups.at(-1)!.period, lang),
            groups.length,
            news.added.length,
          ),
        ]
      : groups.map((g) =>
          t.addedPart(formatPeriod(g.period, lang), t.where(g.province, g.cities), g.figures),
        )
  const parts = [
    ...(groups.length > 0 ? [t.added(added)] : []),
    ...(news.revised.length > 0 ? [t.revised(news.revised.length)] : []),
  ]
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : t.nothing
}

/** A revision as a sentence: 广州市 规模以上工业增加值累计增速 2017年1-3月 由5.5%修订为5.7%（原：…；现：…）. */
export function revisionLines(news: ReleaseNews, catalog: Catalog, lang: Lang): string[] {
  const t = RELEASE_MESSAGES[lang]
  const source = (id: string) => {
    const found = catalog.source.get(id)
    return found ? sourceLabel(found, lang) : id
  }
  return news.revised.map(({ figure, from, to }) => {
    const region = catalog.region.get(figure.region)
    const indicator = catalog.indicator.get(figure.indicator)
    const value = (v: { value: number; decimals: number }) =>
      indicator ? formatValue(v.value, v.decimals, indicator.unit, lang).text : String(v.value)
    const where = region ? regionName(region, lang, true) : figure.region
    const name = indicator ? indicatorName(indicator, lang) : figure.indicator
    const period = formatPeriod(figure.period, lang)
    // 佛山市 工业投资累计增速 2025年1-11月 / Industrial investment…, Foshan, Jan–Nov 2025.
    const what = lang === 'zh' ? `${where} ${name} ${period}` : `${name}, ${where}, ${period}`
    // One source when the revision came from the same one (a bureau's later table of a series).
    const sources =
      from.source === to.source
        ? `${t.columns.source}${lang === 'zh' ? '：' : ': '}${source(to.source)}`
        : t.revisionSources(source(from.source), source(to.source))
    return lang === 'zh'
      ? `${what} ${t.revision(value(from), value(to))}（${sources}）`
      : `${what}: ${t.revision(value(from), value(to))} (${sources})`
  })
}

/** A rank a revision moved: 规模以上工业增加值累计增速 2017年1-3月：广州 全省第3位→第2位. */
export function rankMoveLines(news: ReleaseNews, catalog: Catalog, lang: Lang): string[] {
  const t = RELEASE_MESSAGES[lang]
  return news.moves.map((m) => {
    const city = catalog.region.get(m.city)
    const indicator = catalog.indicator.get(m.indicator)
    return `${indicator ? indicatorName(indicator, lang) : m.indicator} ${formatPeriod(m.period, lang)}${lang === 'zh' ? '：' : ': '}${t.rankMove(city ? regionName(city, lang, true) : m.city, m.from, m.to)}`
  })
}
