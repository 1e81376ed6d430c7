import type { Lang } from '../../../lib/i18n/lang.ts'
import { labelled } from '../../../lib/format/punctuation.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import { countLevels, coverageText, moreText } from '../lib/attention-view.ts'
import type { AttentionMessages } from '../messages.ts'
import { LevelMark } from './level-mark.tsx'

/** As many findings as a 1080p slide holds at a size read from 5 m (the PowerPoint's too). */
export const SLIDE_ROOM = 11

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
  const shown = attention.alerts.slice(0, SLIDE_ROOM)
  const more = moreText(attention.alerts, SLIDE_ROOM, t, lang)
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
      <p className="mt-auto text-[1.25rem] text-slate-600 dark:text-slate-300">
        {coverageText(attention, t)}
      </p>
    </div>
  )
}
