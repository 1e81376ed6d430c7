import { ChartPanel, type PanelState } from '../../../components/chart/chart-panel.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { periodYear } from '../../../domain/period.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { useMedia } from '../../../lib/use-media.ts'
import { buildCommended } from '../lib/build-commended.ts'
import { COMMENDED_PERIOD } from '../lib/commended-period.ts'
import { COMMENDED_MESSAGES } from '../messages.ts'
import {
  CommendedChart,
  CommendedOthers,
  CommendedRecoveries,
  commendedSeries,
} from './commended-parts.tsx'

const HEIGHT = 420

/**
 * Guangzhou and Shenzhen side by side on the figures of the provincial department's article on
 * their 2019 commendation: the product's founding facts, shown for their own period (2019年
 * 1-12月; elsewhere CommendedLink stands for them). Always the official dataset.
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
  const series = commendedSeries(catalog, lang, colors)

  let state: PanelState
  if (data.errors.length > 0) state = { status: 'error', errors: data.errors, retry: data.retry }
  else if (!result) state = { status: 'loading' }
  else
    state = {
      status: 'ready',
      value: {
        table: result.table,
        legend: series,
        chart: (
          <CommendedChart
            commended={result}
            series={series}
            colors={colors}
            lang={lang}
            height={HEIGHT}
            missing={t.missing}
          />
        ),
      },
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
        footnote={`${t.intro} ${t.growthOnly} ${t.officialOnly}`}
      />
      {result && (
        <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2 dark:border-slate-700 dark:bg-slate-900">
          <CommendedRecoveries commended={result} />
          <CommendedOthers commended={result} catalog={catalog} lang={lang} t={t} />
        </div>
      )}
    </div>
  )
}
