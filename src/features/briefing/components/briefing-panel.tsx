import { useState } from 'react'
import { PanelErrors } from '../../../components/panel-errors.tsx'
import { SyntheticBadge } from '../../../components/synthetic-badge.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { regionName } from '../../../lib/format/names.ts'
import { periodYear } from '../../../domain/period.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { navigate } from '../../../lib/url/use-location.ts'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { useObservations } from '../../../lib/api/use-observations.ts'
import { buildBriefing } from '../lib/build-briefing.ts'

/** The briefing for the selected region and period, with a copy button and the print view. */
export function BriefingPanel() {
  const { filters, catalog, t, synthetic, sourceLines } = usePanelContext()
  const { period, lang } = filters
  const data = useObservations(filters.dataset, period ? [periodYear(period)] : [])
  const [copied, setCopied] = useState('')
  const region = catalog.region.get(filters.region)
  const briefing =
    data.table && period
      ? buildBriefing(
          data.table,
          catalog,
          { region: filters.region, period },
          lang,
          synthetic ? t.syntheticLabel : null,
        )
      : null

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(t.textCopied)
    } catch {
      setCopied(t.copyFailed)
    }
  }
  const openBrief = () => {
    const params = new URLSearchParams(window.location.search)
    params.set('view', 'brief')
    navigate(`?${params.toString()}`)
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
          {t.briefingTitle}
        </h2>
        {synthetic && <SyntheticBadge label={t.syntheticLabel} />}
      </div>
      {data.errors.length > 0 ? (
        <div className="h-32">
          <PanelErrors errors={data.errors} retry={data.retry} />
        </div>
      ) : !briefing ? (
        <div
          role="status"
          aria-label={t.loading}
          className="h-24 animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none dark:bg-slate-800"
        />
      ) : briefing.sentences.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t.noBriefing(
            region ? regionName(region, lang) : filters.region,
            period ? formatPeriod(period, lang) : '—',
          )}
        </p>
      ) : (
        <>
          <div className="flex flex-col gap-2 leading-relaxed text-slate-900 dark:text-slate-100">
            {briefing.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <Button onClick={() => void copy(briefing.text)}>{t.copyText}</Button>
            <Button onClick={openBrief}>{t.printBrief}</Button>
            <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
              {copied}
            </p>
          </div>
          <div className="text-xs text-slate-600 dark:text-slate-300">
            <h3 className="font-medium">{t.sourcesUsed}</h3>
            <ul className="list-disc pl-5">
              {sourceLines(briefing.sources).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  )
}
