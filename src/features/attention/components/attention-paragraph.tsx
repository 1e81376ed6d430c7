import type { Lang } from '../../../lib/i18n/lang.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import { attentionSummary } from '../lib/attention-view.ts'
import type { AttentionMessages } from '../messages.ts'

/** 需重点关注 in the printed brief (the 通报 says the same: attentionSummary). */
export function AttentionParagraph({
  attention,
  lang,
  t,
}: {
  attention: PeriodAttention
  lang: Lang
  t: AttentionMessages
}) {
  return (
    <p data-brief="attention" className="text-justify">
      {attentionSummary(attention, lang, t)}
    </p>
  )
}
