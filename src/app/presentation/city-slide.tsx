import type { Kpi } from '../../domain/kpi.ts'
import { STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import { BRIEFING_MESSAGES, buildBriefing } from '../../features/briefing/index.ts'
import {
  comparisonText,
  compareWithProvince,
  STANDING_MESSAGES,
} from '../../features/standing/index.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { Tile, type SlideProps } from './slide-parts.tsx'

/**
 * A city in the spotlight: its four headline figures, each with its gap to the province's, and
 * its briefing; the period it is shown for, when the deck's has no figure of it.
 */
export function CitySlide(props: SlideProps) {
  const { view, table, catalog, lang, t } = props
  const briefing = view.period
    ? buildBriefing(
        table,
        catalog,
        { region: view.region, period: view.period },
        lang,
        null,
        props.targets,
      )
    : null
  const s = STANDING_MESSAGES[lang]
  // Against the province: the gap in 百分点 for the same figure and period.
  const gap = (kpi: Kpi) => {
    const province = table.get('guangdong', kpi.period, kpi.indicator.id)
    const comparison =
      kpi.observation && kpi.indicator.kind === 'growth'
        ? compareWithProvince(kpi.observation, province)
        : undefined
    return comparison ? comparisonText(comparison, lang, s) : undefined
  }
  return (
    <div className="grid h-full grid-cols-[1fr_1fr] gap-[2rem]">
      <div className="flex flex-col gap-[1rem]">
        <div className="grid grid-cols-2 content-start gap-[1.25rem]">
          {STABILITY_HEADLINES.map(({ indicator }) => (
            <Tile
              key={indicator.ytd}
              props={props}
              id={indicator.ytd}
              size="slide-small"
              note={gap}
            />
          ))}
        </div>
        {view.deckPeriod && view.period && (
          <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">
            {PRESENTATION_MESSAGES[lang].cityPeriod(
              formatPeriod(view.deckPeriod, lang),
              formatPeriod(view.period, lang),
            )}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-[1rem]">
        <h2 className="text-[2.25rem] font-bold">{BRIEFING_MESSAGES[lang].title}</h2>
        {briefing && briefing.sentences.length > 0 ? (
          <p className="text-[2rem] leading-relaxed">{briefing.text}</p>
        ) : (
          <p className="text-[1.75rem] text-slate-600 dark:text-slate-300">{t.missing}</p>
        )}
      </div>
    </div>
  )
}
