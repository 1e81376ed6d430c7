import type { Lang } from '../../../lib/i18n/lang.ts'
import { labelled } from '../../../lib/format/punctuation.ts'
import { textEms } from '../../../components/chart/text-width.ts'
import type { Alert, PeriodAttention } from '../../../schemas/attention.ts'
import { countLevels, coverageText, moreText } from '../lib/attention-view.ts'
import type { AttentionMessages } from '../messages.ts'
import { LevelMark } from './level-mark.tsx'

/** The findings of one line a 1080p slide holds at a size read from 5 m (the PowerPoint's too). */
export const SLIDE_ROOM = 11
/**
 * About the ems (textEms, which counts a Latin letter wide, 0.68) of a sentence one line of the
 * slide holds after the level's mark; set a little short, so that a line never holds less.
 */
const LINE_EMS: Record<Lang, number> = { zh: 56, en: 72 }

/** What a finding's second line adds to its height, in findings of one line (they have gaps). */
const WRAPPED_LINE = 0.6

/**
 * How many findings, in order, fit the room of SLIDE_ROOM one-line findings: a long sentence
 * takes two lines (English ones often do), so a slide in English holds fewer than in Chinese.
 */
export function slideRoom(alerts: readonly Alert[], lang: Lang): number {
  let used = 0
  for (const [i, alert] of alerts.entries()) {
    used += 1 + WRAPPED_LINE * (Math.ceil(textEms(alert.text[lang]) / LINE_EMS[lang]) - 1)
    if (used > SLIDE_ROOM) return i
  }
  return alerts.length
}

/**
 * 需关注 on a 1920×1080 canvas (sizes in rem, 1rem = 16 design pixels): the counts, then the
 * 预警 items first and 关注 while there is room; what does not fit is counted (另有关注N项).
 */
export function AttentionSlide({
  attention,
  lang,
  t,
}: {
  attention: PeriodAttention
  lang: Lang
  t: AttentionMessages
}) {
  const counts = countLevels(attention.alerts)
  const room = slideRoom(attention.alerts, lang)
  const shown = attention.alerts.slice(0, room)
  const more = moreText(attention.alerts, room, t, lang)
  return (
    <div data-slide-attention className="flex h-full flex-col gap-[1.5rem]">
      <p className="text-[2.25rem] font-semibold">
        {labelled(t.title, t.counts(counts.warning, counts.watch), lang)}
      </p>
      {attention.alerts.length === 0 ? (
        <p className="text-[2rem]">{t.none}</p>
      ) : (
        <ul className="flex min-h-0 flex-col gap-[0.9rem] text-[1.75rem] leading-snug">
          {shown.map((alert) => (
            <li
              key={`${alert.rule}|${alert.region}|${alert.indicator}`}
              className="flex items-start gap-[1rem]"
            >
              <LevelMark level={alert.level} label={t.levels[alert.level]} size="slide" />
              <span>{alert.text[lang]}</span>
            </li>
          ))}
        </ul>
      )}
      {more && <p className="text-[1.75rem] font-semibold">{more}</p>}
      <small className="mt-auto block text-[1.25rem] text-slate-600 dark:text-slate-300">
        {coverageText(attention, t)}
      </small>
    </div>
  )
}
