import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { PanelErrors } from '../../../components/panel-errors.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { attentionTable, countLevels, coverageText } from '../lib/attention-view.ts'
import { useAttention } from '../lib/use-attention.ts'
import { ATTENTION_MESSAGES } from '../messages.ts'
import { AttentionList } from './attention-list.tsx'
import { labelled, unitList } from '../../../lib/format/punctuation.ts'
import { unitLabel } from '../../../lib/format/number.ts'

/**
 * 需关注, high on the dashboard: what the rules found in the view's period for every region, the
 * counts by level, then each finding; one line when nothing was found, saying how much was
 * evaluated. The findings are the generator's: nothing is judged here.
 */
export default function AttentionPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const s = useStrings(ATTENTION_MESSAGES)
  const { lang, period } = filters
  const state = useAttention(filters.dataset, period)
  if (state.status === 'absent') return null
  if (state.status === 'loading')
    return <div role="status" aria-label={t.loading} className="min-h-12" />
  if (state.status === 'error')
    return (
      <section aria-label={s.title}>
        <PanelErrors errors={[state.error]} retry={state.retry} />
      </section>
    )

  const { attention } = state
  const counts = countLevels(attention.alerts)
  const coverage = coverageText(attention, s)
  const periodText = formatPeriod(attention.period, lang)
  if (attention.alerts.length === 0)
    return (
      <section
        aria-label={s.title}
        data-panel="attention"
        className="rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
      >
        <strong className="font-semibold">{s.title}</strong> · {periodText}
        {lang === 'zh' ? `：${s.none}。${coverage}。` : `: ${s.none}. ${coverage}.`}
      </section>
    )

  const units = unitList(
    [
      '%',
      attention.alerts.some((a) => a.condition === 'behind_schedule')
        ? unitLabel('100m_yuan', lang)
        : undefined,
    ],
    lang,
  )
  return (
    <div data-panel="attention">
      <ChartPanel
        meta={{
          title: labelled(s.title, s.counts(counts.warning, counts.watch), lang),
          unit: units,
          period: periodText,
          sources: sourceLines(
            attention.alerts.flatMap((a) => a.figures.flatMap((f) => (f.source ? [f.source] : []))),
          ),
          dataset: datasetLabel,
          synthetic,
        }}
        state={{
          status: 'ready',
          value: {
            table: attentionTable(attention.alerts, catalog, lang, s),
            legend: [],
            chart: (
              <AttentionList
                alerts={attention.alerts}
                catalog={catalog}
                filters={filters}
                lang={lang}
                t={s}
              />
            ),
          },
        }}
        lang={lang}
        colors={colors}
        fit="max-h-[32rem] overflow-y-auto"
        png={false}
        footnote={`${coverage}${lang === 'zh' ? '。' : '. '}${s.rulesNote}`}
      />
    </div>
  )
}
