import { directionOf } from '../../domain/change.ts'
import { effectiveIndicator, STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import { indicatorName, regionName } from '../../lib/format/names.ts'
import { ARROWS, formatValue } from '../../lib/format/number.ts'
import type { SlideProps } from './slide-parts.tsx'

const TONE = { up: 'text-up', down: 'text-down', flat: '' }

/**
 * The headline of each stability for the province and the four region groups (and the slide's
 * region), as far as published: rows and columns without a figure are left out, and the table
 * with them when nothing is published.
 */
export function GroupsTable({ table, catalog, lang, view, measure, t }: SlideProps) {
  if (!view.period) return null
  const period = view.period
  const codes = ['guangdong', ...catalog.groups.map((g) => g.code)]
  if (!codes.includes(view.region)) codes.unshift(view.region)
  const columns = STABILITY_HEADLINES.flatMap(({ indicator }) => {
    const found = catalog.indicator.get(effectiveIndicator(indicator, measure).id)
    return found && codes.some((code) => table.get(code, period, found.id)) ? [found] : []
  })
  const rows = codes.filter((code) => columns.some((c) => table.get(code, period, c.id)))
  if (rows.length === 0) return null
  return (
    <table className="w-full text-[1.5rem]">
      <thead>
        <tr className="border-b border-slate-400 text-left dark:border-slate-600">
          <th scope="col" className="py-[0.25rem] font-medium">
            {t.regionColumn}
          </th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className="py-[0.25rem] text-right font-medium">
              {indicatorName(c, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((code) => (
          <tr
            key={code}
            className={`border-b border-slate-300 dark:border-slate-800 ${code === view.region ? 'font-bold' : ''}`}
          >
            <th scope="row" className="py-[0.25rem] text-left font-[inherit] whitespace-nowrap">
              {regionName(catalog.region.get(code)!, lang)}
            </th>
            {columns.map((c) => {
              const o = table.get(code, period, c.id)
              const direction = o ? directionOf(o.value) : null
              return (
                <td
                  key={c.id}
                  className={`py-[0.25rem] text-right tabular-nums ${direction ? TONE[direction] : 'text-slate-500 dark:text-slate-400'}`}
                >
                  {o && direction
                    ? `${ARROWS[direction]} ${formatValue(o.value, o.decimals, c.unit, lang).text}`
                    : '—'}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
