/**
 * The documents' inputs for a dataset's default view (the province at its default period), read
 * from the generated API: the same figures the app would load.
 */
import { PRESENTATION_MESSAGES } from '../../src/app/presentation/messages.ts'
import { datasetEntry, defaultPeriod, datasetYears } from '../../src/domain/catalog.ts'
import { COMMENDED_PERIOD } from '../../src/features/commended/index.ts'
import { trendYears } from '../../src/features/trend/index.ts'
import type { DeckInput } from '../../src/features/documents/lib/deck.ts'
import type { NoticeInput } from '../../src/features/documents/lib/notice.ts'
import { en } from '../../src/lib/i18n/messages-en.ts'
import { zh } from '../../src/lib/i18n/messages.ts'
import type { Lang } from '../../src/lib/i18n/lang.ts'
import { chartColors } from '../../src/lib/theme.ts'
import type { DatasetId } from '../../src/schemas/common.ts'
import { AttentionFileSchema, attentionPath } from '../../src/schemas/attention.ts'
import { DocumentSettingsFileSchema } from '../../src/schemas/document-settings.ts'
import { SLIDE_TYPES } from '../../src/schemas/slide-types.ts'
import { periodYear } from '../../src/domain/period.ts'
import { TargetsFileSchema, targetsPath } from '../../src/schemas/targets.ts'
import { loadCatalog, loadFile, loadTable, readApiFile } from './api-data.ts'
import { releaseNews, type ReleaseNews } from '../../src/features/releases/index.ts'
import { indexReleases } from '../../src/domain/vintage.ts'
import { ReleasesFileSchema } from '../../src/schemas/releases.ts'
import { releasesPath } from '../../src/schemas/constants.ts'

export const catalog = loadCatalog()

/** The default view's input; `today` fixed so the 成文日期 is known. */
export function noticeInput(
  dataset: DatasetId,
  lang: Lang = 'zh',
  region = 'guangdong',
): NoticeInput {
  const entry = datasetEntry(catalog, dataset)
  const period = defaultPeriod(entry, region)!
  const available = datasetYears(entry)
  const table = loadTable(
    dataset,
    trendYears(period).filter((y) => available.has(y)),
  )
  const targets = TargetsFileSchema.parse(readApiFile(targetsPath(dataset))).targets
  const settings = DocumentSettingsFileSchema.parse(readApiFile('document-settings.json')).settings
  return {
    table,
    catalog,
    targets,
    region,
    compare: [],
    period,
    lang,
    colors: chartColors(false, 'red-up'),
    syntheticLabel: entry?.synthetic ? (lang === 'zh' ? zh : en).syntheticLabel : null,
    dataAsOf: entry?.dataAsOf ?? undefined,
    setting: settings.find((s) => s.dataset === dataset),
    today: new Date(2024, 8, 20),
    news: latestNews(dataset),
  }
}

/** What the dataset's latest release day brought (本期数据更新说明), from the API's releases. */
export function latestNews(dataset: DatasetId): ReleaseNews {
  const releases = indexReleases(ReleasesFileSchema.parse(readApiFile(releasesPath(dataset))))
  const day = releases.list.at(-1)!.date
  const years = [
    ...new Set(
      releases.list.filter((r) => r.date === day).flatMap((r) => r.periods.map(periodYear)),
    ),
  ]
  return releaseNews(
    years.map((y) => loadFile(dataset, y)),
    releases,
    day,
    catalog,
  )
}

/**
 * A deck of one slide of each type for the default view (the province at its default period),
 * with the generator's 需关注 findings of that period.
 */
export function deckInput(dataset: DatasetId, lang: Lang = 'zh'): DeckInput {
  const n = noticeInput(dataset, lang)
  const attention = AttentionFileSchema.parse(
    readApiFile(attentionPath(dataset, periodYear(n.period))),
  )
  // The commended slide is of its own period: its year's figures too.
  const years = new Set([...trendYears(n.period), periodYear(COMMENDED_PERIOD)])
  const available = datasetYears(datasetEntry(catalog, dataset))
  return {
    ...n,
    table: loadTable(
      dataset,
      [...years].filter((y) => available.has(y)),
    ),
    title: lang === 'zh' ? '工业“三稳”调度会' : 'Industrial stability meeting',
    attention: (period) => attention.periods.find((p) => p.period === period) ?? null,
    slides: SLIDE_TYPES.map((type) => ({
      type,
      region: 'guangdong',
      period: type === 'commended' ? COMMENDED_PERIOD : n.period,
      indicator: 'iva_above_scale_yoy_pct',
      title: PRESENTATION_MESSAGES[lang].slideTitles[type],
    })),
  }
}
