import { periodMonth, periodYear, type Measure, type Period } from '../../domain/period.ts'
import type { Lang } from '../i18n/lang.ts'

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/**
 * "2019年1-12月" for a year-to-date figure, "2019年12月" for a month figure; the English
 * labels are "Jan–Dec 2019" and "Dec 2019".
 */
export function formatPeriod(period: Period, lang: Lang, measure: Measure = 'ytd'): string {
  const year = periodYear(period)
  const month = periodMonth(period)
  if (lang === 'zh') return measure === 'ytd' ? `${year}年1-${month}月` : `${year}年${month}月`
  const name = MONTHS_EN[month - 1] ?? String(month)
  return measure === 'ytd' ? `Jan–${name} ${year}` : `${name} ${year}`
}

/** The month span alone, as briefings repeat it within a year: "1-2月" / "Jan–Feb". */
export function formatPeriodSpan(period: Period, lang: Lang): string {
  const month = periodMonth(period)
  return lang === 'zh' ? `1-${month}月` : `Jan–${MONTHS_EN[month - 1] ?? month}`
}

/** Axis labels: "19年1-6月" / "Jan–Jun ’19" (year to date), "19年6月" / "Jun ’19" (month). */
export function formatPeriodShort(period: Period, lang: Lang, measure: Measure = 'ytd'): string {
  const yy = String(periodYear(period)).slice(2)
  const month = periodMonth(period)
  const name = MONTHS_EN[month - 1] ?? String(month)
  if (lang === 'zh') return measure === 'ytd' ? `${yy}年1-${month}月` : `${yy}年${month}月`
  return measure === 'ytd' ? `Jan–${name} ’${yy}` : `${name} ’${yy}`
}
