/**
 * The words of a release table, read by meaning rather than by exact text. The bureau's tables
 * of different years write the same thing differently: full-width or half-width punctuation
 * ("（%）" / "(%)", "：" / ":"), spaces inside cells ("指 标 名 称", "本 月 止 累 计"), "1-9月",
 * "1—9月" or "9月份", "本月止累计" or "本期累计" (issue 16).
 */
import { makePeriod, type Period } from '../../src/domain/period.ts'

/**
 * Full-width forms folded to half-width (NFKC: "（%）" → "(%)", "：" → ":", "２" → "2"), every
 * space removed (ideographic ones too), and the dash of a month range made "-" ("1—9月").
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\d)[—–―−~至到](?=\d)/g, '$1-')
}

export interface TitlePeriod {
  period: Period
  /** The month the table ends with. */
  month: number
  /** "1-9月" (a range from January) or "9月" / "9月份" (the month named alone). */
  form: 'range' | 'month'
  /** The normalised title after the period: the subject ("工业增加值"). */
  rest: string
}

/**
 * "2017年1-3月" → 2017-03; "2006年9月份" → 2006-09 as well: a 9月份 table is a single month's
 * release whose cumulative column is 1-9月, and a period here is always cumulative. January
 * is never a period (it is not published alone).
 */
export function periodInTitle(title: string): TitlePeriod | { error: string } | null {
  const text = normalise(title)
  const match = /(\d{4})年(?:(\d{1,2})-)?(\d{1,2})月(?:份)?/.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[3])
  if (month < 1 || month > 12) return { error: `“${match[0]}” is not a month` }
  if (match[2] !== undefined && Number(match[2]) !== 1)
    return { error: `“${match[0]}” is not cumulative from January` }
  if (month === 1)
    return {
      error: `“${match[0]}”: January is not published alone; the first period of a year is 1-2月`,
    }
  return {
    period: makePeriod(year, month),
    month,
    form: match[2] === undefined ? 'month' : 'range',
    rest: text.slice(match.index + match[0].length),
  }
}

/** "单位:亿元", "计量单位：亿元" → "亿元"; null when the cell is not a unit line. */
export function unitOf(cell: string): string | null {
  const match = /^(?:计量)?单位:?(.*)$/.exec(normalise(cell))
  return match ? (match[1] ?? '') : null
}

export type ColumnKind = 'month' | 'ytd' | 'monthGrowth' | 'ytdGrowth'

export const CANONICAL_HEADERS: Record<ColumnKind, string> = {
  month: '本月',
  ytd: '本月止累计',
  monthGrowth: '本月比上年同月增长(%)',
  ytdGrowth: '累计比上年同期增长(%)',
}

/**
 * A column header by meaning: what it counts (the month alone or the year to date), then, for
 * a growth rate, the comparison. 本月 | 9月 is the month; 本月止累计 | 本期累计 | 累计 | 1-9月 the
 * year to date; "…比上年同月/同期增长(%)" (or 比去年…, 同比增长, 增速) makes it a growth rate. A
 * header naming a month must name the title's month.
 */
export function columnKind(
  header: string,
  month: number | undefined,
): { kind: ColumnKind } | { error: string } | null {
  let text = normalise(header)
  const percent = /\(%\)$|%$/.test(text)
  text = text.replace(/\((%|亿元)\)$|%$/, '')
  const scope =
    /^(本月止累计|本期止累计|本期累计|本年累计|累计|本月|1-(\d{1,2})月份?|(\d{1,2})月份?)/.exec(
      text,
    )
  if (!scope) return null
  const named = scope[2] ?? scope[3]
  // "9月" is the month alone; "1-9月" and every 累计 word the year to date.
  const isYtd = scope[3] === undefined && scope[1] !== '本月'
  const comparison = text.slice(scope[0].length)
  const growth = /^(比上年同[月期]|比去年同[月期]|同比)?(增长|增速)$/.test(comparison)
  if (comparison !== '' && !growth) return null
  if (percent && !growth) return null
  if (named !== undefined && month !== undefined && Number(named) !== month) {
    return {
      error: `column “${header.trim()}” names ${scope[0]}, not the title's ${isYtd ? `1-${month}月` : `${month}月`}`,
    }
  }
  if (growth) return { kind: isYtd ? 'ytdGrowth' : 'monthGrowth' }
  return { kind: isYtd ? 'ytd' : 'month' }
}

/** What a heading opens: breakdown rows (轻工业, 国有企业 …), the regions, or sub-entries. */
export type Section = 'breakdowns' | 'regions' | 'sub-entries'

const NUMBERING =
  /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.]|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\))/

/**
 * "在总计中" opens the breakdowns, "按经济区域分" / "按市分" the regions, "按轻重工分组" and any
 * other "按…分" breakdowns, "其中" sub-entries. Numbering ("1、", "(一)") is ignored.
 */
export function sectionOf(text: string): Section | null {
  const heading = text.replace(NUMBERING, '')
  if (heading === '在总计中') return 'breakdowns'
  if (heading === '其中') return 'sub-entries'
  if (/^(各市|分市|各地市|分地区)$/.test(heading)) return 'regions'
  if (/^按.+分(组|类)?$/.test(heading))
    return /区域|地区|地市|城市|市/.test(heading) ? 'regions' : 'breakdowns'
  return null
}

export interface RowLabel {
  /** The heading the label is or begins with ("在总计中", "4、按经济区域分"). */
  heading: string | null
  section: Section | null
  /** The row's own name, once a heading and a "#" are taken off; '' for a heading alone. */
  name: string
  /** Marked "#" or under "其中:": an entry within the row above. */
  subEntry: boolean
}

/**
 * Splits a label into the heading it may carry and the row's own name: "在总计中:广州市" is the
 * heading 在总计中 and the row 广州市, which has figures and must be imported, never taken for
 * a heading (issue 16).
 */
export function parseLabel(raw: string): RowLabel {
  const text = normalise(raw)
  const colon = text.indexOf(':')
  let heading: string | null = null
  let name = text
  if (colon !== -1 && sectionOf(text.slice(0, colon))) {
    heading = text.slice(0, colon)
    name = text.slice(colon + 1)
  } else if (sectionOf(text.replace(/:$/, ''))) {
    heading = text.replace(/:$/, '')
    name = ''
  } else name = name.replace(NUMBERING, '')
  const section = heading === null ? null : sectionOf(heading)
  let subEntry = section === 'sub-entries'
  if (name.startsWith('#')) {
    subEntry = true
    name = name.replace(/^#+/, '')
  }
  return { heading, section, name, subEntry }
}
