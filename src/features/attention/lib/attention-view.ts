/**
 * What the views of 需关注 read from a period's findings (computed by the generator: nothing is
 * judged here): the counts by level, what was evaluated, the table, a finding's link.
 */
import type { Catalog } from '../../../domain/catalog.ts'
import type { PanelTable } from '../../../domain/chart-data.ts'
import type { Period } from '../../../domain/period.ts'
import { indicatorName, regionName, sourceLabel } from '../../../lib/format/names.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { serializeFilters, type Filters } from '../../../lib/url/filters.ts'
import type {
  Alert,
  AttentionFile,
  AttentionLevel,
  PeriodAttention,
} from '../../../schemas/attention.ts'
import type { AttentionMessages } from '../messages.ts'

/** The findings of one period of a year's file; undefined when the period has none listed. */
export function periodAttention(
  file: AttentionFile | undefined,
  period: Period | null,
): PeriodAttention | undefined {
  return period ? file?.periods.find((p) => p.period === period) : undefined
}

export function countLevels(alerts: readonly Alert[]): Record<AttentionLevel, number> {
  return {
    warning: alerts.filter((a) => a.level === 'warning').length,
    watch: alerts.filter((a) => a.level === 'watch').length,
  }
}

/** 已评估全省及5市的12项数据；16市本期无数据，未评估. */
export function coverageText(attention: PeriodAttention, t: AttentionMessages): string {
  const { cities, province, figures } = attention.coverage
  if (figures.evaluated === 0) return t.nothingEvaluated
  return t.coverage(cities.evaluated, province, figures.evaluated, cities.notEvaluated)
}

/** The sources a finding rests on, each once, as readable lines. */
export function alertSources(alert: Alert, catalog: Catalog, lang: Lang): string[] {
  const ids = [...new Set(alert.figures.flatMap((f) => (f.source ? [f.source] : [])))]
  return ids.flatMap((id) => {
    const source = catalog.source.get(id)
    return source ? [sourceLabel(source, lang)] : []
  })
}

/** The dashboard's view of the finding's region, indicator and period. */
export function alertHref(alert: Alert, filters: Filters): string {
  return (
    serializeFilters(
      {
        ...filters,
        region: alert.region,
        indicator: alert.indicator,
        period: alert.period,
        compare: [],
      },
      null,
    ) || '?'
  )
}

/** The findings as a table: exactly what the list says, a row each. */
export function attentionTable(
  alerts: readonly Alert[],
  catalog: Catalog,
  lang: Lang,
  t: AttentionMessages,
): PanelTable {
  return {
    rowHeader: t.region,
    columns: [t.columns.level, t.columns.indicator, t.columns.finding, t.columns.source],
    wordColumns: [0, 1, 2, 3],
    rows: alerts.map((alert) => {
      const region = catalog.region.get(alert.region)
      const indicator = catalog.indicator.get(alert.indicator)
      return {
        header: region ? regionName(region, lang, true) : alert.region,
        cells: [
          { text: t.levels[alert.level] },
          { text: indicator ? indicatorName(indicator, lang) : alert.indicator },
          { text: alert.text[lang] },
          { text: alertSources(alert, catalog, lang).join(lang === 'zh' ? '；' : '; ') },
        ],
      }
    }),
  }
}

/**
 * The paragraph 需重点关注 of the printed brief and the 通报: the 预警 items one after another,
 * then how many 关注; when nothing was found, that, with how much was evaluated.
 */
export function attentionSummary(
  attention: PeriodAttention,
  lang: Lang,
  t: AttentionMessages,
): string {
  const warnings = attention.alerts.filter((a) => a.level === 'warning').map((a) => a.text[lang])
  const watchCount = attention.alerts.length - warnings.length
  const parts =
    attention.alerts.length === 0
      ? [`${t.none}${lang === 'zh' ? '；' : '; '}${coverageText(attention, t)}`]
      : [
          ...warnings,
          ...(watchCount > 0
            ? [warnings.length > 0 ? t.more(watchCount) : t.watchOnly(watchCount)]
            : []),
        ]
  return `${parts.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`
}

/** What a slide leaves out, counted: 另有预警N项；另有关注N项 (null when all fit). */
export function moreText(
  alerts: readonly Alert[],
  shown: number,
  t: AttentionMessages,
  lang: Lang,
): string | null {
  const left = countLevels(alerts.slice(shown))
  const parts = [
    ...(left.warning > 0 ? [t.moreWarnings(left.warning)] : []),
    ...(left.watch > 0 ? [t.more(left.watch)] : []),
  ]
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : null
}
