import { Suspense, useState } from 'react'
import { PanelBoundary } from '../components/panel-boundary.tsx'
import { Button } from '../components/ui/button.tsx'
import { ShareButton } from '../components/ui/share-button.tsx'
import { Select } from '../components/ui/select.tsx'
import { datasetEntry } from '../domain/catalog.ts'
import { useCatalog } from '../lib/api/catalog-context.ts'
import type { ColorConvention, Theme } from '../lib/url/filters.ts'
import { clockTime, useFreshness, useOnline } from '../lib/api/freshness.ts'
import { loadEnglish } from '../lib/i18n/use-messages.ts'
import { formatPeriod } from '../lib/format/period.ts'
import { pinnedSearch, useFilters } from '../lib/url/use-filters.ts'
import { hrefFor } from '../lib/url/href.ts'
import { navigate, useLocationSearch, usePageAddress } from '../lib/url/use-location.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'
import { lazyRetry } from '../lib/lazy-retry.ts'
import { useHydrated } from '../lib/use-hydrated.ts'

/** The deck menu's list, its own chunk: loaded when the menu is opened. */
const DeckMenu = lazyRetry<object>(() =>
  import('./presentation/deck-menu.tsx').then((module) => ({ default: module.DeckMenu })),
)

export function Header() {
  const t = useMessages()
  const catalog = useCatalog()
  const { filters, setFilters } = useFilters()
  const hydrated = useHydrated()
  const [decksOpen, setDecksOpen] = useState(false)
  const entry = datasetEntry(catalog, filters.dataset)
  const freshness = useFreshness()
  const online = useOnline()
  // The view as it stands, period and dataset written out: the same figures whenever it is opened.
  const link = `${usePageAddress()}${pinnedSearch(useLocationSearch(), catalog)}`

  /** Into presentation mode with the same filters; the click also allows full screen. */
  const present = () => {
    void document.documentElement.requestFullscreen().catch(() => undefined)
    navigate(hrefFor('present', window.location.search))
  }

  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <div className="mx-auto flex max-w-[2400px] flex-wrap items-end justify-between gap-4 px-4 py-3 lg:px-6">
        <div>
          <h1 className="text-xl font-bold text-slate-900 dark:text-slate-50">{t.appTitle}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">{t.appSubtitle}</p>
          <p className="mt-1 text-sm font-medium text-slate-800 dark:text-slate-100">
            {t.dataAsOf} {entry?.dataAsOf ? formatPeriod(entry.dataAsOf, filters.lang) : '—'}
            <span className="font-normal text-slate-600 dark:text-slate-300">
              {' '}
              · {entry?.label[filters.lang]}
            </span>
            {(freshness.stale || !online) && (
              <span
                role="status"
                className="ml-2 rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950"
              >
                {t.stale(freshness.fetchedAt === null ? '—' : clockTime(freshness.fetchedAt))}
              </span>
            )}
          </p>
        </div>
        <div
          className="flex flex-wrap items-end gap-3 print:hidden"
          role="group"
          aria-label={t.settings}
        >
          <div role="group" aria-label={t.language} className="flex flex-col gap-1">
            <span
              aria-hidden="true"
              className="text-xs font-medium text-slate-600 dark:text-slate-300"
            >
              {t.language}
            </span>
            <div className="inline-flex rounded-md border border-slate-300 dark:border-slate-600">
              {(
                [
                  ['zh', '中文'],
                  ['en', 'English'],
                ] as const
              ).map(([lang, label]) => (
                <button
                  key={lang}
                  type="button"
                  disabled={!hydrated}
                  lang={lang === 'zh' ? 'zh-CN' : 'en'}
                  aria-pressed={filters.lang === lang}
                  onClick={() => {
                    setFilters({ lang })
                  }}
                  // Fetch the English strings as soon as the reader reaches for the button.
                  onPointerEnter={lang === 'en' ? () => void loadEnglish() : undefined}
                  onFocus={lang === 'en' ? () => void loadEnglish() : undefined}
                  className="min-h-9 px-3 text-sm first:rounded-l-md last:rounded-r-md aria-pressed:bg-slate-800 aria-pressed:text-white dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
                >
                  {label}
                </button>
              ))}
            </div>
          </div>
          <Select
            label={t.theme}
            value={filters.theme}
            onChange={(event) => {
              setFilters({ theme: event.target.value as Theme })
            }}
          >
            <option value="system">{t.themeSystem}</option>
            <option value="light">{t.themeLight}</option>
            <option value="dark">{t.themeDark}</option>
          </Select>
          <Select
            label={t.colors}
            value={filters.colors}
            onChange={(event) => {
              setFilters({ colors: event.target.value as ColorConvention })
            }}
          >
            <option value="red-up">{t.colorsRedUp}</option>
            <option value="green-up">{t.colorsGreenUp}</option>
          </Select>
          <div className="flex flex-wrap items-end gap-2">
            <Button variant="primary" onClick={present}>
              {t.presentMode}
            </Button>
            {/* A details element is interactive (its summary is the button); the rule lists it not. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
            <details
              className="relative"
              onToggle={(event) => {
                setDecksOpen(event.currentTarget.open)
              }}
              onKeyDown={(event) => {
                // Escape closes the menu, back on its button.
                if (event.key !== 'Escape' || !event.currentTarget.open) return
                event.currentTarget.open = false
                event.currentTarget.querySelector('summary')?.focus()
              }}
            >
              <summary className="inline-flex min-h-9 cursor-pointer items-center whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700">
                {t.decks}
              </summary>
              <div className="absolute right-0 z-20 mt-1 w-max max-w-[90vw] rounded-md border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
                {decksOpen && (
                  <PanelBoundary>
                    <Suspense fallback={<p className="text-sm">{t.loading}</p>}>
                      <DeckMenu />
                    </Suspense>
                  </PanelBoundary>
                )}
              </div>
            </details>
            <ShareButton url={link} title={t.appTitle} t={t} />
          </div>
        </div>
      </div>
    </header>
  )
}
