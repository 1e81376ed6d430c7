import { useId } from 'react'
import { SourceInfo } from '../../../components/source-info.tsx'
import { Sparkline } from '../../../components/sparkline.tsx'
import { ARROWS, formatChange, formatValue } from '../../../lib/format/number.ts'
import { directionOf, type Direction } from '../../../domain/change.ts'
import type { Messages } from '../../../lib/i18n/messages.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { periodMonth, type Measure } from '../../../domain/period.ts'
import { type Lang } from '../../../lib/i18n/lang.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import type { Region } from '../../../schemas/regions.ts'
import type { Kpi } from '../../../domain/kpi.ts'

const TONE: Record<Direction, string> = {
  up: 'text-up',
  down: 'text-down',
  flat: 'text-slate-600 dark:text-slate-300',
}

/** The period compared with, as officials write it: "比1-11月" (year to date), "比11月" (month). */
function comparedSpan(kpi: Kpi, period: string, lang: Lang): string {
  if (kpi.measure === 'ytd') return formatPeriodSpan(period, lang)
  return lang === 'zh'
    ? `${periodMonth(period)}月`
    : formatPeriod(period, lang, 'month').slice(0, 3)
}

export function KpiTile({
  kpi,
  selectedMeasure,
  lang,
  t,
  groupOf,
}: {
  kpi: Kpi
  selectedMeasure: Measure
  lang: Lang
  t: Messages
  groupOf: (code: string) => Region | undefined
}) {
  const nameId = useId()
  const name = indicatorName(kpi.indicator, lang)
  const { observation } = kpi
  const signed = kpi.indicator.kind === 'growth' || kpi.indicator.kind === 'contribution'
  const direction = observation && signed ? directionOf(observation.value) : null
  const value = observation
    ? formatValue(observation.value, observation.decimals, kpi.indicator.unit, lang)
    : null
  const group = kpi.rank.group ? groupOf(kpi.rank.group.code) : undefined

  return (
    <article
      aria-labelledby={nameId}
      className="flex min-h-44 flex-col gap-1 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <h4
        id={nameId}
        className="text-sm leading-snug font-medium text-slate-800 dark:text-slate-100"
      >
        {name}
      </h4>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {formatPeriod(kpi.period, lang, kpi.measure)}
        {selectedMeasure === 'month' && kpi.measure === 'ytd' && ` · ${t.ytdOnly}`}
      </p>
      {value ? (
        <p className="flex items-baseline gap-1 text-3xl font-semibold tabular-nums">
          {direction && (
            <span aria-hidden="true" className={`text-lg ${TONE[direction]}`}>
              {ARROWS[direction]}
            </span>
          )}
          <span className={direction ? TONE[direction] : 'text-slate-900 dark:text-slate-50'}>
            {value.number}
          </span>
          <span className="text-base font-normal text-slate-600 dark:text-slate-300">
            {value.unit}
          </span>
        </p>
      ) : (
        <p className="text-2xl font-semibold text-slate-500 dark:text-slate-400">{t.missing}</p>
      )}
      {kpi.change && (
        <p className={`text-xs ${TONE[directionOf(kpi.change.value)]}`}>
          <span aria-hidden="true">{ARROWS[directionOf(kpi.change.value)]} </span>
          {t.comparedWith(comparedSpan(kpi, kpi.change.period, lang))}
          {formatChange(kpi.change, lang)}
        </p>
      )}
      {observation && (kpi.rank.province || group) && (
        <p className="text-xs text-slate-700 dark:text-slate-200">
          {[
            kpi.rank.province && t.rankProvince(kpi.rank.province.rank),
            group &&
              kpi.rank.group &&
              t.rankGroup(regionName(group, lang, true), kpi.rank.group.rank),
          ]
            .filter(Boolean)
            .join(lang === 'zh' ? '、' : ', ')}
        </p>
      )}
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
    </article>
  )
}
