import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { panelStatus, PanelStatusView } from '../../../components/chart/panel-state.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { SyntheticBadge } from '../../../components/synthetic-badge.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { periodYear } from '../../../domain/period.ts'
import { targetsQuery } from '../../../lib/api/queries.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { regionName } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { hrefFor } from '../../../lib/url/href.ts'
import { navigate } from '../../../lib/url/use-location.ts'
import { buildBriefing } from '../lib/build-briefing.ts'
import { BRIEFING_MESSAGES } from '../messages.ts'

/**
 * The briefing for the selected region and period, with a copy button, the print view and the
 * app's document downloads (`actions`: the 通报 as Word, the period as Excel).
 */
export function BriefingPanel({ actions }: { actions?: ReactNode }) {
  const context = usePanelContext()
  const { filters, catalog, synthetic, sourceLines } = context
  const t = { ...context.t, ...useStrings(BRIEFING_MESSAGES) }
  const { period, lang } = filters
  const data = useObservations(filters.dataset, period ? [periodYear(period)] : [])
  const targets = useQuery(targetsQuery(catalog.manifest, filters.dataset)).data?.targets
  const [copied, setCopied] = useState('')
  const region = catalog.region.get(filters.region)
  const status = panelStatus(data, period, t.missing, (table, period) => {
    const briefing = buildBriefing(
      table,
      catalog,
      { region: filters.region, period },
      lang,
      synthetic ? t.syntheticLabel : null,
      targets,
    )
    return briefing.sentences.length > 0
      ? briefing
      : {
          empty: t.noBriefing(
            region ? regionName(region, lang) : filters.region,
            formatPeriod(period, lang),
          ),
        }
  })

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(t.textCopied)
    } catch {
      setCopied(t.copyFailed)
    }
  }

  return (
    <section
      aria-labelledby="briefing-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2
          id="briefing-heading"
          className="text-base font-semibold text-slate-900 dark:text-slate-50"
        >
          {t.title}
        </h2>
        {synthetic && <SyntheticBadge label={t.syntheticLabel} />}
      </div>
      {status.status !== 'ready' ? (
        <div className={status.status === 'empty' ? '' : 'h-24'}>
          <PanelStatusView status={status} loading={t.loading} />
        </div>
      ) : (
        <>
          <div className="flex flex-col gap-2 leading-relaxed text-slate-900 dark:text-slate-100">
            {status.value.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <Button onClick={() => void copy(status.value.text)}>{t.copyText}</Button>
            <Button
              onClick={() => {
                navigate(hrefFor('brief', window.location.search))
              }}
            >
              {t.printBrief}
            </Button>
            {actions}
            <p role="status" className="text-sm text-slate-600 sm:text-xs dark:text-slate-300">
              {copied}
            </p>
          </div>
          <footer className="text-xs text-slate-600 dark:text-slate-300">
            <h3 className="font-medium">{t.sourcesUsed}</h3>
            <ul className="list-disc pl-5">
              {sourceLines(status.value.sources).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </footer>
        </>
      )}
    </section>
  )
}
