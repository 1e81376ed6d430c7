import { useId } from 'react'
import type { Catalog } from '../../../domain/catalog.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Period } from '../../../domain/period.ts'
import { sourceLabel } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useMessages, useStrings } from '../../../lib/i18n/use-messages.ts'
import type { ResolvedFilters } from '../../../lib/url/use-filters.ts'
import { buildCompareTable } from '../lib/compare-table.ts'
import { COMPARE_MESSAGES } from '../messages.ts'

/**
 * The key figures of the region and the compared regions side by side for the view's period
 * (#29: compare means compare): a figure with its unit, — where a region published none, and
 * the figures' sources under the table. Shown only when regions are compared.
 */
export function CompareTable({
  table,
  catalog,
  filters,
  period,
}: {
  table: ObservationTable
  catalog: Catalog
  filters: ResolvedFilters
  period: Period
}) {
  const t = useMessages()
  const s = useStrings(COMPARE_MESSAGES)
  const captionId = useId()
  const { lang, measure } = filters
  const compared = buildCompareTable(
    table,
    catalog,
    { region: filters.region, compare: filters.compare, period, measure },
    lang,
  )
  const sources = [
    ...new Set(
      compared.sources.flatMap((id) => {
        const source = catalog.source.get(id)
        return source ? [sourceLabel(source, lang)] : []
      }),
    ),
  ]
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : '; ')
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      {/* Scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it too. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="w-full max-w-4xl border-collapse text-sm">
          <caption
            id={captionId}
            className="pb-2 text-left text-sm font-semibold text-slate-900 dark:text-slate-50"
          >
            {s.caption(formatPeriod(period, lang, measure))}
          </caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {s.indicator}
              </th>
              {compared.regions.map((region) => (
                <th key={region.code} scope="col" className="px-2 py-1 text-right font-medium">
                  {region.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {compared.rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {row.name}
                </th>
                {row.cells.map((cell, i) => (
                  <td
                    key={compared.regions[i]!.code}
                    className="px-2 py-1 text-right whitespace-nowrap tabular-nums"
                  >
                    {cell ? (
                      <>
                        {cell.text}
                        {cell.revised && (
                          <span className="ml-1 text-xs font-semibold text-amber-900 dark:text-amber-200">
                            {s.revised}
                          </span>
                        )}
                      </>
                    ) : (
                      <span title={t.missing}>
                        —<span className="sr-only">{t.missing}</span>
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {compared.none.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {s.none}
          {list(compared.none)}
        </p>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {s.source}
        {sources.length > 0 ? sources.join('；') : '—'}
      </p>
    </div>
  )
}
