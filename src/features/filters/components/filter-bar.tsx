import { withParens } from '../../../lib/format/punctuation.ts'
import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { Select } from '../../../components/ui/select.tsx'
import { useHydrated } from '../../../lib/use-hydrated.ts'
import { datasetEntry } from '../../../domain/catalog.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { MAX_COMPARE } from '../../../lib/url/filters.ts'
import { regionName } from '../../../lib/format/names.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { useMessages } from '../../../lib/i18n/use-messages.ts'
import type { Region } from '../../../schemas/regions.ts'

/**
 * Regions as officials look them up: the province, the four groups, then the cities by group.
 * Memoized, with no hooks that follow the URL: the lists do not change when the region does.
 */
const RegionOptions = memo(function RegionOptions({
  lang,
  groupsLabel,
  exclude = '',
}: {
  lang: Lang
  groupsLabel: string
  /**
   * Region codes that cannot be chosen, comma-separated (a string, so that memo can compare
   * it). Disabled rather than left out: the list keeps its shape, and the browser need not
   * measure it again.
   */
  exclude?: string
}) {
  const catalog = useCatalog()
  const excluded = exclude.split(',')
  const option = (r: Region) => (
    <option key={r.code} value={r.code} disabled={excluded.includes(r.code)}>
      {regionName(r, lang)}
    </option>
  )
  return (
    <>
      {catalog.regions.filter((r) => r.type === 'province').map(option)}
      <optgroup label={groupsLabel}>{catalog.groups.map(option)}</optgroup>
      {catalog.groups.map((group) => (
        <optgroup key={group.code} label={regionName(group, lang)}>
          {catalog.cities.filter((c) => c.group === group.code).map(option)}
        </optgroup>
      ))}
    </>
  )
})

/**
 * The bar, and on a phone also reached from anywhere down the page (issue 28): a button at the
 * thumb opens it as a sheet at the foot of the screen, its place in the page held meanwhile
 * (nothing below moves); 完成 or Escape closes it, back to the button.
 */
function PhoneSheet({
  label,
  done,
  children,
}: {
  label: string
  done: string
  children: ReactNode
}) {
  const id = useId()
  const slot = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  const doneButton = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const hydrated = useHydrated()
  const show = () => {
    if (slot.current) slot.current.style.minHeight = `${slot.current.offsetHeight}px`
    setOpen(true)
    requestAnimationFrame(() => doneButton.current?.focus())
  }
  const close = () => {
    slot.current?.style.removeProperty('min-height')
    setOpen(false)
    requestAnimationFrame(() => toggle.current?.focus())
  }
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
    }
  }, [open])
  return (
    <div ref={slot} className="print:hidden">
      <div
        id={id}
        role="group"
        aria-label={label}
        className={`flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 ${open ? 'max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-30 max-sm:max-h-[80vh] max-sm:overflow-y-auto max-sm:rounded-b-none max-sm:shadow-2xl' : ''}`}
      >
        {open && (
          <button
            ref={doneButton}
            type="button"
            onClick={close}
            className="min-h-11 w-full rounded-md bg-slate-800 px-3 text-sm font-medium text-white sm:hidden dark:bg-slate-200 dark:text-slate-900"
          >
            {done}
          </button>
        )}
        {children}
      </div>
      {!open && (
        <button
          ref={toggle}
          type="button"
          disabled={!hydrated}
          aria-label={label}
          aria-expanded={false}
          aria-controls={id}
          onClick={show}
          className="fixed right-4 bottom-4 z-30 grid size-12 place-items-center rounded-full bg-slate-800 text-white shadow-lg sm:hidden dark:bg-slate-200 dark:text-slate-900"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="currentColor">
            <path d="M3 5h18l-7 8.5V20l-4-2v-4.5z" />
          </svg>
        </button>
      )}
    </div>
  )
}

export function FilterBar() {
  const catalog = useCatalog()
  const t = useMessages()
  const { filters, setFilters } = useFilters()
  const { lang } = filters
  const entry = datasetEntry(catalog, filters.dataset)
  const periods = [...(entry?.periods ?? [])].reverse()
  const withData = periods.filter((p) => (p.regions[filters.region] ?? 0) > 0)
  const withoutData = periods.filter((p) => (p.regions[filters.region] ?? 0) === 0)
  const periodLabel = (p: (typeof periods)[number]) =>
    withParens(
      formatPeriod(p.period, lang),
      `${t.periodCount(p.regions[filters.region] ?? 0)}${entry?.synthetic ? '' : ` · ${t.citiesPublished(p.cities)}`}`,
      lang,
    )

  return (
    <PhoneSheet label={t.filters} done={t.filtersDone}>
      <Select
        label={t.dataset}
        value={filters.dataset}
        onChange={(event) => {
          setFilters({ dataset: event.target.value as typeof filters.dataset, period: null })
        }}
      >
        {catalog.manifest.datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {t.datasetOption(d.label[lang], d.dataAsOf ? formatPeriod(d.dataAsOf, lang) : '—')}
          </option>
        ))}
      </Select>
      <Select
        label={t.region}
        value={filters.region}
        onChange={(event) => {
          setFilters({ region: event.target.value })
        }}
      >
        <RegionOptions lang={filters.lang} groupsLabel={t.groups} />
      </Select>
      <Select
        label={t.period}
        value={filters.period ?? ''}
        onChange={(event) => {
          setFilters({ period: event.target.value })
        }}
      >
        {withData.length > 0 && (
          <optgroup label={t.periodsWithData}>
            {withData.map((p) => (
              <option key={p.period} value={p.period}>
                {periodLabel(p)}
              </option>
            ))}
          </optgroup>
        )}
        {withoutData.length > 0 && (
          <optgroup label={t.periodsWithoutData}>
            {withoutData.map((p) => (
              <option key={p.period} value={p.period}>
                {periodLabel(p)}
              </option>
            ))}
          </optgroup>
        )}
      </Select>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">
          {t.measure}
        </legend>
        <div className="inline-flex rounded-md border border-slate-300 dark:border-slate-600">
          {(['ytd', 'month'] as const).map((measure) => (
            <label
              key={measure}
              className="flex min-h-9 cursor-pointer items-center px-3 text-sm first:rounded-l-md last:rounded-r-md has-checked:bg-slate-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-sky-700 dark:has-checked:bg-slate-200 dark:has-checked:text-slate-900"
            >
              <input
                type="radio"
                name="measure"
                value={measure}
                checked={filters.measure === measure}
                onChange={() => {
                  setFilters({ measure })
                }}
                className="sr-only"
              />
              {measure === 'ytd' ? t.measureYtd : t.measureMonth}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-2">
        <Select
          label={t.compare}
          value=""
          disabled={filters.compare.length >= MAX_COMPARE}
          title={filters.compare.length >= MAX_COMPARE ? t.compareLimit(MAX_COMPARE) : undefined}
          onChange={(event) => {
            if (event.target.value)
              setFilters({ compare: [...filters.compare, event.target.value] })
          }}
        >
          <option value="">{t.addCompare}</option>
          <RegionOptions
            lang={filters.lang}
            groupsLabel={t.groups}
            exclude={[filters.region, ...filters.compare].join(',')}
          />
        </Select>
        <ul className="flex flex-wrap gap-1" aria-label={t.compareSelected}>
          {filters.compare.map((code) => {
            const region = catalog.region.get(code)
            const name = region ? regionName(region, lang) : code
            return (
              <li key={code}>
                <Button
                  variant="secondary"
                  aria-label={t.removeCompare(name)}
                  onClick={() => {
                    setFilters({ compare: filters.compare.filter((c) => c !== code) })
                  }}
                >
                  {name} <span aria-hidden="true">×</span>
                </Button>
              </li>
            )
          })}
        </ul>
      </div>
    </PhoneSheet>
  )
}
