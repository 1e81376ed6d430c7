import { historyOf, isRevised } from '../../../domain/vintage.ts'
import { useCatalog } from '../../../lib/api/catalog-context.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { sourceLabel } from '../../../lib/format/names.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import type { Observation } from '../../../schemas/observations.ts'
import { RELEASE_MESSAGES } from '../messages.ts'
import { useReleases } from '../use-releases.ts'

/**
 * 修订, in words, beside a figure the bureau revised after first publishing it; a tap shows each
 * value as published, with its release's date and its source.
 */
export function RevisedMark({ observation }: { observation: Observation }) {
  const catalog = useCatalog()
  const { filters } = useFilters()
  const releases = useReleases(filters.dataset).data
  if (!releases || !isRevised(observation, releases)) return null
  const { lang } = filters
  const t = RELEASE_MESSAGES[lang]
  const unit = catalog.indicator.get(observation.indicator)?.unit
  if (!unit) return null
  const values = historyOf(observation, releases).map((v) => {
    const source = catalog.source.get(v.source)
    return t.earlierValue(
      formatValue(v.value, v.decimals, unit, lang).text,
      v.release.date,
      source ? sourceLabel(source, lang) : v.source,
    )
  })
  return (
    <details className="text-xs text-slate-700 dark:text-slate-200">
      <summary
        aria-label={t.revisedMarkLabel(values.join(lang === 'zh' ? '；' : '; '))}
        className="inline-flex min-h-6 cursor-pointer items-center rounded border border-amber-700 px-1.5 font-semibold text-amber-900 dark:border-amber-300 dark:text-amber-200"
      >
        {t.revisedMark}
      </summary>
      <ol className="mt-1 list-decimal pl-5">
        {values.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
    </details>
  )
}
