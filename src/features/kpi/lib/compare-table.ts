import type { Catalog } from '../../../domain/catalog.ts'
import { ALL_KEY_INDICATORS, effectiveIndicator } from '../../../domain/key-indicators.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Measure, Period } from '../../../domain/period.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'

/** A published figure as the tiles write it, with its unit ("5.1%", "1038亿元", "103.8 billion yuan"). */
export interface CompareCell {
  text: string
  revised: boolean
}

export interface CompareTable {
  /** The region, then the compared regions: the columns. */
  regions: { code: string; name: string }[]
  /** A key indicator some region published for the period; null: not published, shown as —. */
  rows: { id: string; name: string; cells: (CompareCell | null)[] }[]
  /** The key indicators none of the regions published for the period: one line, not rows of —. */
  none: string[]
  /** The sources of the figures shown, in order of first use. */
  sources: string[]
}

/**
 * The key indicators (the tiles') of the region and each compared region side by side, for the
 * view's period and measure (#29: compare means compare): each figure as published, with its
 * unit; a figure a region did not publish is null, never 0.
 */
export function buildCompareTable(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; compare: readonly string[]; period: Period; measure: Measure },
  lang: Lang,
): CompareTable {
  const regions = [selection.region, ...selection.compare].flatMap((code) => {
    const region = catalog.region.get(code)
    return region ? [{ code, name: regionName(region, lang) }] : []
  })
  const sources: string[] = []
  const rows: CompareTable['rows'] = []
  const none: string[] = []
  for (const key of ALL_KEY_INDICATORS) {
    const indicator = catalog.indicator.get(effectiveIndicator(key, selection.measure).id)
    if (!indicator) continue
    const observations = regions.map(({ code }) => table.get(code, selection.period, indicator.id))
    const name = indicatorName(indicator, lang)
    if (observations.every((o) => !o)) {
      none.push(name)
      continue
    }
    rows.push({
      id: indicator.id,
      name,
      cells: observations.map((o) => {
        if (!o) return null
        if (!sources.includes(o.source)) sources.push(o.source)
        return {
          text: formatValue(o.value, o.decimals, indicator.unit, lang).text,
          revised: o.revised === true,
        }
      }),
    })
  }
  return { regions, rows, none, sources }
}
