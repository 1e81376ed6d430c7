import { isCompleteRank, type CityStanding, type Standing } from '../../domain/rank.ts'
import type { Region } from '../../schemas/regions.ts'
import type { Lang } from '../i18n/lang.ts'

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** "Pearl River Delta (9 cities)" → "Pearl River Delta": the name as a sentence uses it. */
function groupNameEn(group: Region): string {
  return group.nameEn.replace(/\s*\(.*\)$/, '')
}

/**
 * One standing as officials write it, and only as far as it is true: "全省第3位" / "全省并列第3位"
 * / "珠三角第2位" for a rank of the whole scope; "已公布5市中第1位" for a position among the cities
 * published; nothing for a city alone (a position among one says nothing: standingNote says
 * that it is alone). English: "3rd of 21 cities", "joint 3rd of 21 cities", "2nd of 9 in the
 * Pearl River Delta", "1st of 5 cities published".
 */
export function rankText(standing: Standing, lang: Lang, group: Region | undefined): string | null {
  const { rank, tied, of } = standing
  const complete = isCompleteRank(standing)
  if (!complete && of < 2) return null
  const inGroup = standing.scope === 'group'
  if (inGroup && !group) return null
  if (lang === 'zh') {
    const place = `${tied ? '并列' : ''}第${rank}位`
    const scope = inGroup ? group!.shortZh : '全省'
    return complete ? `${scope}${place}` : `${inGroup ? scope : ''}已公布${of}市中${place}`
  }
  const place = `${tied ? 'joint ' : ''}${ordinal(rank)}`
  if (!complete)
    return `${place} of ${of} ${inGroup ? `published in the ${groupNameEn(group!)}` : 'cities published'}`
  return inGroup ? `${place} of ${of} in the ${groupNameEn(group!)}` : `${place} of 21 cities`
}

const PUBLISHED = { zh: '（据公布）', en: ' (as published)' }

/**
 * A city's standing in the province and its group, one line: "全省第16位、珠三角第7位（据公布）".
 * A published rank says so; a position among some cities is never headed as a province rank.
 * Group positions are given only for the whole group (a partial one adds nothing to the
 * province's). Null when there is nothing true to say.
 */
export function standingText(
  standing: CityStanding,
  lang: Lang,
  groupOf: (code: string) => Region | undefined,
): string | null {
  const parts: { text: string; published: boolean }[] = []
  for (const s of [standing.province, standing.group]) {
    if (!s || (s.scope === 'group' && !isCompleteRank(s))) continue
    const text = rankText(s, lang, s.group ? groupOf(s.group) : undefined)
    if (text) parts.push({ text, published: s.publishedIn !== undefined })
  }
  if (parts.length === 0) return null
  const separator = lang === 'zh' ? '、' : ', '
  if (parts.every((p) => p.published))
    return `${parts.map((p) => p.text).join(separator)}${PUBLISHED[lang]}`
  return parts.map((p) => `${p.text}${p.published ? PUBLISHED[lang] : ''}`).join(separator)
}

/**
 * What a tile or a table says where a standing would stand, for the only city of the province
 * with a figure: not a position (a position among one says nothing, issue 29) but that it is the
 * only one published, "全省仅本市已公布" / "the only city published". Otherwise its standing as far
 * as it is true (standingText), or null.
 */
export function standingNote(
  standing: CityStanding,
  lang: Lang,
  groupOf: (code: string) => Region | undefined,
): string | null {
  const text = standingText(standing, lang, groupOf)
  if (text) return text
  const { province } = standing
  if (!province || isCompleteRank(province) || province.of !== 1) return null
  return lang === 'zh' ? '全省仅本市已公布' : 'the only city published'
}

/** The sources of the published ranks in a standing, for the figure's source line. */
export function standingSources(standing: CityStanding): string[] {
  return [standing.province, standing.group].flatMap((s) => (s?.publishedIn ? [s.publishedIn] : []))
}
