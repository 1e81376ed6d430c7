import type { Indicator } from '../../schemas/indicators.ts'
import type { Region } from '../../schemas/regions.ts'
import type { Source } from '../../schemas/sources.ts'
import type { Lang } from '../i18n/lang.ts'

/** 广州市 / Guangzhou; the short form (广州) where space is tight: legends, tables, tiles. */
export function regionName(region: Region, lang: Lang, short = false): string {
  if (lang === 'en') return region.nameEn
  return short ? region.shortZh : region.nameZh
}

export function indicatorName(indicator: Indicator, lang: Lang): string {
  return lang === 'zh' ? indicator.nameZh : indicator.nameEn
}

/** "广东省统计局《…》（2020-05）": publisher, title when it says more, date when known. */
export function sourceLabel(source: Source, lang: Lang): string {
  const title = source.title && source.title !== source.publisher ? source.title : ''
  const date = source.date ? (lang === 'zh' ? `（${source.date}）` : ` (${source.date})`) : ''
  if (!title) return `${source.publisher}${date}`
  return lang === 'zh'
    ? `${source.publisher}《${title}》${date}`
    : `${source.publisher}, “${title}”${date}`
}
