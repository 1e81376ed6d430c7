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

/** "m.tripcoinc.com/zwgk/…": a copy's address without its scheme, shortened for a source line. */
export function shortAddress(url: string): string {
  const bare = url.replace(/^https?:\/\//, '')
  return bare.length > 48 ? `${bare.slice(0, 47)}…` : bare
}

/**
 * A grade C source is an official release read only on a third-party copy: every line that
 * names it says so, with the copy's address ("转载 · m.tripcoinc.com/…").
 */
export function reprintLabel(source: Source, lang: Lang): string | null {
  if (source.grade !== 'C') return null
  const label = lang === 'zh' ? '转载' : 'Reprint'
  if (!source.via)
    return lang === 'zh' ? '转载（副本地址未记录）' : 'Reprint (copy’s address not recorded)'
  return `${label} · ${shortAddress(source.via)}`
}

/**
 * What data/sources.csv writes as the publisher of a newspaper report whose copy does not name
 * the paper: not a name, so English says it in English (issue 29).
 */
const UNNAMED_OUTLET = '未注明报刊'

/** The publisher as a source line names it: as written, in Chinese, unless it is no name at all. */
export function publisherName(source: Source, lang: Lang): string {
  return lang === 'en' && source.publisher === UNNAMED_OUTLET
    ? 'Outlet not named'
    : source.publisher
}

/** "广东省统计局《…》（2020-05）": publisher, title when it says more, date when known. */
export function sourceTitle(source: Source, lang: Lang): string {
  const publisher = publisherName(source, lang)
  const title = source.title && source.title !== source.publisher ? source.title : ''
  const date = source.date ? (lang === 'zh' ? `（${source.date}）` : ` (${source.date})`) : ''
  if (!title) return `${publisher}${date}`
  return lang === 'zh' ? `${publisher}《${title}》${date}` : `${publisher}, “${title}”${date}`
}

/** A source as every panel, brief and export names it: its title and, for grade C, the 转载 marker. */
export function sourceLabel(source: Source, lang: Lang): string {
  const reprint = reprintLabel(source, lang)
  if (!reprint) return sourceTitle(source, lang)
  return lang === 'zh'
    ? `${sourceTitle(source, lang)}［${reprint}］`
    : `${sourceTitle(source, lang)} [${reprint}]`
}
