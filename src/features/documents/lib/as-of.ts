import type { Catalog } from '../../../domain/catalog.ts'
import type { Period } from '../../../domain/period.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'

/**
 * 数据截至 as a document prints it: the latest period, and, for a view as published on a day
 * (asof), that day, so a 通报 or deck of March read in June says whose figures it holds.
 */
export function asOfText(dataAsOf: Period | undefined, catalog: Catalog, lang: Lang): string {
  const period = dataAsOf ? formatPeriod(dataAsOf, lang) : '—'
  const day = catalog.asof?.status === 'applied' ? catalog.asof.day : null
  if (!day) return period
  return lang === 'zh' ? `${period}（按${day}发布数据）` : `${period} (as published on ${day})`
}
