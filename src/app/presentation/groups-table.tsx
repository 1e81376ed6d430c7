import { directionOf } from '../../domain/change.ts'
import { effectiveIndicator, STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import { indicatorName, regionName } from '../../lib/format/names.ts'
import { ARROWS, formatValue } from '../../lib/format/number.ts'
import { labelled } from '../../lib/format/punctuation.ts'
import { stabilityNames } from '../../lib/i18n/messages.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { RegionTable } from './region-table.tsx'
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
  const columns = STABILITY_HEADLINES.flatMap(({ stability, indicator }) => {
    const found = catalog.indicator.get(effectiveIndicator(indicator, measure).id)
    return found && codes.some((code) => table.get(code, period, found.id))
      ? [{ stability, indicator: found }]
      : []
  })
  const rows = codes.filter((code) =>
    columns.some(({ indicator: c }) => table.get(code, period, c.id)),
  )
  if (rows.length === 0) return null
  const regionRows = rows.map((code) => ({
    key: code,
    name: regionName(catalog.region.get(code)!, lang),
    bold: code === view.region,
    cells: columns.map(({ indicator: c }) => {
      const o = table.get(code, period, c.id)
      const direction = o ? directionOf(o.value) : null
      return {
        key: c.id,
        className: direction ? TONE[direction] : 'text-slate-500 dark:text-slate-400',
        content:
          o && direction
            ? `${ARROWS[direction]} ${formatValue(o.value, o.decimals, c.unit, lang).text}`
            : '—',
      }
    }),
  }))
  const caption = PRESENTATION_MESSAGES[lang].groupsCaption
  const names = stabilityNames(t)
  return (
    <>
      <RegionTable
        className="text-[1.5rem] @max-3xl:hidden"
        caption={caption}
        regionColumn={t.regionColumn}
        columns={columns.map(({ indicator: c }) => ({ key: c.id, name: indicatorName(c, lang) }))}
        rows={regionRows}
        stacked={false}
      />
      {/* On a phone's narrow canvas the indicators' names would not fit as headers: there the
          columns are headed by their stability, and a line under the table names each. */}
      <RegionTable
        className="hidden text-[1.5rem] @max-3xl:table"
        caption={caption}
        regionColumn={t.regionColumn}
        columns={columns.map(({ stability, indicator: c }) => ({
          key: c.id,
          name: names[stability],
        }))}
        rows={regionRows}
        stacked={lang === 'en'}
      />
      <p className="hidden text-[1.5rem] text-slate-700 @max-3xl:block dark:text-slate-200">
        {columns
          .map(({ stability, indicator: c }) =>
            labelled(names[stability], indicatorName(c, lang), lang),
          )
          .join(lang === 'zh' ? '；' : '; ')}
      </p>
    </>
  )
}
