import { useId, type ReactNode } from 'react'
import { SourceInfo } from '../../../components/source-info.tsx'
import { Sparkline } from '../../../components/sparkline.tsx'
import { directionOf, type Direction } from '../../../domain/change.ts'
import type { Kpi } from '../../../domain/kpi.ts'
import type { Measure } from '../../../domain/period.ts'
import { changeSince } from '../../../lib/format/change.ts'
import { indicatorName } from '../../../lib/format/names.ts'
import { ARROWS, formatValue } from '../../../lib/format/number.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import { standingNote } from '../../../lib/format/rank.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Messages } from '../../../lib/i18n/messages.ts'
import type { Region } from '../../../schemas/regions.ts'

const TONE: Record<Direction, string> = {
  up: 'text-up',
  down: 'text-down',
  flat: 'text-slate-600 dark:text-slate-300',
}

/**
 * At a desk, a card with the period, a sparkline and the source one tap away; on a slide, the
 * same figure and words at the size of a meeting-room screen (1rem = 16 design pixels of the
 * 1920×1080 canvas), without what needs a pointer.
 */
const SIZES = {
  desk: {
    box: 'min-h-44 gap-1 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900',
    name: 'text-sm leading-snug font-medium text-slate-800 dark:text-slate-100',
    value: 'text-3xl gap-1',
    arrow: 'text-lg',
    unit: 'text-base',
    missing: 'text-2xl',
    // Body text on a phone (issue 28), a desk's tile line below it.
    line: 'text-sm sm:text-xs',
  },
  slide: {
    box: 'gap-[0.5rem] rounded-[1rem] bg-slate-100 p-[1.5rem] dark:bg-slate-800/70',
    name: 'text-[1.5rem] leading-tight text-slate-700 dark:text-slate-200',
    value: 'text-[6rem] leading-none gap-[0.75rem] whitespace-nowrap',
    arrow: 'text-[3rem]',
    unit: 'text-[2.5rem]',
    missing: 'text-[4rem]',
    line: 'text-[1.5rem]',
  },
  'slide-small': {
    box: 'gap-[0.5rem] rounded-[1rem] bg-slate-100 p-[1.25rem] dark:bg-slate-800/70',
    name: 'text-[1.5rem] leading-tight text-slate-700 dark:text-slate-200',
    value: 'text-[3rem] leading-none gap-[0.75rem] whitespace-nowrap',
    arrow: 'text-[2rem]',
    unit: 'text-[1.5rem]',
    missing: 'text-[2.5rem]',
    line: 'text-[1.5rem]',
  },
}

export type KpiTileSize = keyof typeof SIZES

/** The period compared with, as officials write it: "1-11月" (year to date), "11月" (month). */
function comparedSpan(kpi: Kpi, lang: Lang): string {
  const period = kpi.change!.period
  if (kpi.measure === 'ytd') return formatPeriodSpan(period, lang)
  return lang === 'zh'
    ? formatPeriod(period, lang, 'month').slice(5)
    : formatPeriod(period, lang, 'month').slice(0, 3)
}

/** A headline figure: name, value with its sign, the change in 百分点, the standing as far as true. */
export function KpiTile({
  kpi,
  selectedMeasure,
  lang,
  t,
  groupOf,
  size = 'desk',
  note,
  mark,
}: {
  kpi: Kpi
  selectedMeasure: Measure
  lang: Lang
  t: Messages
  groupOf: (code: string) => Region | undefined
  size?: KpiTileSize
  /** More reading under the figure: its target, or the gap to the province on a city's slide. */
  note?: ReactNode
  /** Beside the figure: its 修订 mark, when the bureau revised it. */
  mark?: ReactNode
}) {
  const nameId = useId()
  const sizes = SIZES[size]
  const desk = size === 'desk'
  const name = indicatorName(kpi.indicator, lang)
  const { observation } = kpi
  const signed = kpi.indicator.kind === 'growth' || kpi.indicator.kind === 'contribution'
  const direction = observation && signed ? directionOf(observation.value) : null
  const value = observation
    ? formatValue(observation.value, observation.decimals, kpi.indicator.unit, lang)
    : null
  const standing = observation ? standingNote(kpi.standing, lang, groupOf) : null
  const Heading = desk ? 'h4' : 'p'

  return (
    <article aria-labelledby={nameId} className={`flex min-w-0 flex-col ${sizes.box}`}>
      <Heading id={nameId} className={sizes.name}>
        {name}
      </Heading>
      {desk && (
        <small className="block text-xs text-slate-600 dark:text-slate-300">
          {formatPeriod(kpi.period, lang, kpi.measure)}
          {selectedMeasure === 'month' && kpi.measure === 'ytd' && ` · ${t.ytdOnly}`}
        </small>
      )}
      {value ? (
        <>
          <p className={`flex flex-wrap items-baseline font-semibold tabular-nums ${sizes.value}`}>
            {direction && (
              <span aria-hidden="true" className={`${sizes.arrow} ${TONE[direction]}`}>
                {ARROWS[direction]}
              </span>
            )}
            <span className={direction ? TONE[direction] : 'text-slate-900 dark:text-slate-50'}>
              {value.number}
            </span>
            <span className={`font-normal text-slate-600 dark:text-slate-300 ${sizes.unit}`}>
              {value.unit}
            </span>
          </p>
          {mark}
        </>
      ) : (
        <p className={`font-semibold text-slate-500 dark:text-slate-400 ${sizes.missing}`}>
          {t.missing}
        </p>
      )}
      {kpi.change && (
        <p className={`${sizes.line} ${TONE[directionOf(kpi.change.value)]}`}>
          <span aria-hidden="true">{ARROWS[directionOf(kpi.change.value)]} </span>
          {changeSince(kpi.change, comparedSpan(kpi, lang), lang)}
        </p>
      )}
      {standing && <p className={`${sizes.line} text-slate-700 dark:text-slate-200`}>{standing}</p>}
      {note && <p className={`${sizes.line} text-slate-700 dark:text-slate-200`}>{note}</p>}
      {desk && (
        <div className="mt-auto flex items-end justify-between gap-2">
          <Sparkline points={kpi.sparkline} current={kpi.period} />
          {observation && kpi.source && (
            <SourceInfo
              source={kpi.source}
              note={observation.note}
              label={t.sourceOf(name)}
              lang={lang}
            />
          )}
        </div>
      )}
    </article>
  )
}
