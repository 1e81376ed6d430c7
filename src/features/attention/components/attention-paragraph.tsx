import type { Lang } from '../../../lib/i18n/lang.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import { attentionParagraph, coverageText } from '../lib/attention-view.ts'
import type { AttentionMessages } from '../messages.ts'

/**
 * 需重点关注, as the printed brief (and the 通报) carry it: the 预警 items one after another,
 * then how many 关注 there are; when nothing was found, that, with how much was evaluated.
 */
export function AttentionParagraph({
  attention,
  lang,
  t,
}: {
  attention: PeriodAttention
  lang: Lang
  t: AttentionMessages
}) {
  const { warnings, watchCount } = attentionParagraph(attention, lang)
  const end = lang === 'zh' ? '。' : '.'
  const parts =
    warnings.length === 0 && watchCount === 0
      ? [`${t.none}${lang === 'zh' ? '；' : '; '}${coverageText(attention, t)}`]
      : [
          ...warnings,
          ...(watchCount > 0
            ? [warnings.length > 0 ? t.more(watchCount) : t.watchOnly(watchCount)]
            : []),
        ]
  return (
    <p data-brief="attention" className="text-justify">
      {parts.join(lang === 'zh' ? '；' : '; ')}
      {end}
    </p>
  )
}
