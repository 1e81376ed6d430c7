import { ChartPanel, type PanelState } from '../../../components/chart/chart-panel.tsx'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { useMedia } from '../../../lib/use-media.ts'
import { COMMENDED_MESSAGES } from '../messages.ts'
import { LazySeriesChart } from '../../../components/chart/lazy-chart.tsx'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { regionName } from '../../../lib/format/names.ts'
import { periodYear } from '../../../domain/period.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { buildCommended, COMMENDED_CITIES, COMMENDED_PERIOD } from '../lib/build-commended.ts'

const HEIGHT = 420

/**
 * Guangzhou and Shenzhen side by side on the figures of the provincial department's article on
 * their 2019 commendation: the product's founding facts. Always the official dataset.
 */
export function CommendedPanel() {
  const context = usePanelContext()
  const { filters, catalog, colors, sourceLines } = context
  const t = { ...context.t, ...useStrings(COMMENDED_MESSAGES) }
  const { lang } = filters
  // Its long category names leave no room for bars on a phone: it opens on its table there.
  const narrow = useMedia('(max-width: 639px)')
  const data = useObservations('official', [periodYear(COMMENDED_PERIOD)])
  const result = data.table ? buildCommended(data.table, catalog, lang, t) : null
  const cities = COMMENDED_CITIES.map((code) => catalog.region.get(code)!)

  let state: PanelState
  if (data.errors.length > 0) state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!result) state = { status: 'loading' }
  else {
    const series = cities.map((city, i) => ({
      key: city.code,
      label: regionName(city, lang, true),
      color: colors.series[i] ?? colors.muted,
      type: 'bar' as const,
      unit: '%',
    }))
    state = {
      status: 'ready',
      value: {
        table: result.table,
        legend: series,
        chart: (
          <LazySeriesChart
            rows={result.rows}
            series={series}
            colors={colors}
            lang={lang}
            height={HEIGHT}
            leftUnit="%"
            missing={t.missing}
            layout="vertical"
          />
        ),
      },
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <ChartPanel
        meta={{
          title: t.title,
          unit: '%',
          period: formatPeriod(COMMENDED_PERIOD, lang),
          sources: sourceLines(result ? sourcesOf(result.observations) : []),
          dataset:
            catalog.manifest.datasets.find((d) => d.id === 'official')?.label[lang] ?? 'official',
          synthetic: false,
        }}
        state={state}
        lang={lang}
        colors={colors}
        defaultView={narrow ? 'table' : 'chart'}
        height={HEIGHT}
        footnote={`${t.intro} ${t.officialOnly}`}
      />
      {result && (
        <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm md:grid-cols-2 dark:border-slate-700 dark:bg-slate-900">
          <ul className="list-disc pl-5">
            {result.recoveries.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <table className="w-full text-sm">
            <caption className="mb-1 text-left font-medium">{t.levels}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left font-medium">
                  {t.indicatorColumn}
                </th>
                {cities.map((city) => (
                  <th key={city.code} scope="col" className="text-right font-medium">
                    {regionName(city, lang, true)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.levels.map((level) => (
                <tr
                  key={level.indicator}
                  className="border-t border-slate-200 dark:border-slate-700"
                >
                  <th scope="row" className="py-1 text-left font-normal">
                    {level.name}
                  </th>
                  {level.values.map((value, i) => (
                    <td key={cities[i]!.code} className="py-1 text-right tabular-nums">
                      {value ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
