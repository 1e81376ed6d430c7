import { withParens } from '../../../lib/format/punctuation.ts'
import type { TargetReading } from '../../../domain/targets.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { readingText, STATUS_SYMBOL, statusOf, targetShort } from '../lib/target-text.ts'
import { TARGET_MESSAGES } from '../messages.ts'

/**
 * A figure's target under it on a tile: the target with its qualifier, the status in a symbol
 * and a word, and the gap ("目标：增长5%左右" / "✔ 达到 · 高于目标0.1个百分点").
 */
export function TargetNote({ reading, lang }: { reading: TargetReading; lang: Lang }) {
  const t = useStrings(TARGET_MESSAGES)
  const status = statusOf(reading)
  const text = readingText(reading, lang, t)
  return (
    <span className="flex flex-col">
      <span>{t.target(targetShort(reading, lang))}</span>
      {(status ?? text) && (
        <span>
          {status && (
            <>
              <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
              <span className="font-semibold">{t.status[status]}</span>
              {text && ' · '}
            </>
          )}
          {text}
          {reading.kind === 'level' && reading.latest && withParens('', t.computed, lang)}
        </span>
      )}
    </span>
  )
}
