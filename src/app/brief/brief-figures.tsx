import { usePanelContext } from '../../components/chart/use-panel-context.ts'
import type { Kpi } from '../../domain/kpi.ts'
import { changeSince } from '../../lib/format/change.ts'
import { indicatorName } from '../../lib/format/names.ts'
import { formatValue } from '../../lib/format/number.ts'
import { formatPeriodSpan } from '../../lib/format/period.ts'
import { standingText } from '../../lib/format/rank.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useStrings } from '../../lib/i18n/use-messages.ts'
import { BRIEF_MESSAGES } from './messages.ts'

/**
 * The brief's key figures: each published figure with its change and its standing (a column
 * left out when no figure has one), and the figures not published for the period in a line.
 */
export function BriefFigures({
  published,
  unpublished,
  lang,
}: {
  published: Kpi[]
  unpublished: Kpi[]
  lang: Lang
}) {
  const { catalog, t } = usePanelContext()
  const b = useStrings(BRIEF_MESSAGES)
  const rankOf = (kpi: Kpi) => standingText(kpi.standing, lang, (code) => catalog.region.get(code))
  const withChange = published.some((k) => k.change)
  const withRank = published.some((k) => rankOf(k))
  return (
    <section aria-labelledby="brief-kpis">
      <h2 id="brief-kpis" className="mb-[1mm] text-[17px] font-semibold a4:text-[11pt]">
        {b.kpis}
      </h2>
      <table className="w-full border-collapse">
        <thead>
          <tr className="border-b border-slate-400 text-left">
            <th scope="col" className="py-[0.6mm] font-medium">
              {t.indicatorColumn}
            </th>
            <th scope="col" className="py-[0.6mm] text-right font-medium">
              {t.valueColumn}
            </th>
            {withChange && (
              <th scope="col" className="py-[0.6mm] pl-[3mm] font-medium">
                {b.changeColumn}
              </th>
            )}
            {withRank && (
              <th scope="col" className="py-[0.6mm] pl-[3mm] font-medium">
                {b.rankColumn}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {published.map((kpi) => (
            <tr key={kpi.indicator.id} className="border-b border-slate-200">
              <th scope="row" className="py-[0.6mm] text-left font-normal">
                {indicatorName(kpi.indicator, lang)}
              </th>
              <td className="py-[0.6mm] text-right tabular-nums">
                {
                  formatValue(
                    kpi.observation!.value,
                    kpi.observation!.decimals,
                    kpi.indicator.unit,
                    lang,
                  ).text
                }
              </td>
              {withChange && (
                <td className="py-[0.6mm] pl-[3mm]">
                  {kpi.change
                    ? changeSince(kpi.change, formatPeriodSpan(kpi.change.period, lang), lang)
                    : ''}
                </td>
              )}
              {withRank && <td className="py-[0.6mm] pl-[3mm]">{rankOf(kpi) ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {unpublished.length > 0 && (
        <p className="mt-[1mm] text-slate-700">
          {b.notPublished(
            unpublished
              .map((k) => indicatorName(k.indicator, lang))
              .join(lang === 'zh' ? '、' : '; '),
          )}
        </p>
      )}
    </section>
  )
}
