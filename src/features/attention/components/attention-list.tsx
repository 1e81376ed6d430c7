import type { Catalog } from '../../../domain/catalog.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { labelled } from '../../../lib/format/punctuation.ts'
import type { Filters } from '../../../lib/url/filters.ts'
import type { Alert } from '../../../schemas/attention.ts'
import { alertHref, alertSources } from '../lib/attention-view.ts'
import type { AttentionMessages } from '../messages.ts'
import { LevelMark } from './level-mark.tsx'

/**
 * The findings, one sentence each with its level, its figures' sources and a link to that
 * city's view of that indicator; 预警 first, in region order (the generator's order).
 */
export function AttentionList({
  alerts,
  catalog,
  filters,
  lang,
  t,
}: {
  alerts: readonly Alert[]
  catalog: Catalog
  filters: Filters
  lang: Lang
  t: AttentionMessages
}) {
  return (
    <ul className="flex flex-col divide-y divide-slate-200 text-sm dark:divide-slate-700">
      {alerts.map((alert) => (
        <li
          key={`${alert.rule}|${alert.region}|${alert.indicator}`}
          data-level={alert.level}
          className="flex items-start gap-2 py-1.5"
        >
          <LevelMark level={alert.level} label={t.levels[alert.level]} />
          <div className="flex min-w-0 flex-col">
            <a
              href={alertHref(alert, filters)}
              className="text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900 dark:text-slate-50 dark:hover:decoration-slate-50"
            >
              {alert.text[lang]}
            </a>
            <small className="text-xs text-slate-600 dark:text-slate-300">
              {labelled(
                t.sources,
                alertSources(alert, catalog, lang).join(lang === 'zh' ? '；' : '; ') || '—',
                lang,
              )}
            </small>
          </div>
        </li>
      ))}
    </ul>
  )
}
