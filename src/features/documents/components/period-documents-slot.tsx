import { Suspense } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { lazyRetry } from '../../../lib/lazy-retry.ts'
import { PERIOD_DOCUMENT_WORDS } from '../words.ts'

const PeriodDocumentButtons = lazyRetry<object>(() =>
  import('./period-documents.tsx').then((module) => ({ default: module.PeriodDocuments })),
)

/**
 * 下载通报（Word） and 下载本期数据（Excel）, their code a chunk of its own (not first-view code on
 * the dashboard), and until it has arrived the same two buttons, disabled, in the same place:
 * nothing moves when they come. (On the prerendered brief the app updates the page before that
 * code is there, which draws the boundary afresh: with nothing in its place the sheet moved up
 * a row and back, a layout shift of 0.05.)
 */
export function PeriodDocuments({ lang }: { lang: Lang }) {
  const words = PERIOD_DOCUMENT_WORDS[lang]
  const placeholder = [words.word, words.excel].map((label) => (
    <span key={label} className="inline-flex items-center gap-2">
      <Button disabled>{label}</Button>
    </span>
  ))
  return (
    <Suspense fallback={placeholder}>
      <PeriodDocumentButtons />
    </Suspense>
  )
}
