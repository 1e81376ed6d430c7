/**
 * The documents' inputs for a dataset's default view (the province at its default period), read
 * from the generated API: the same figures the app would load.
 */
import { datasetEntry, defaultPeriod, datasetYears } from '../../src/domain/catalog.ts'
import { trendYears } from '../../src/features/trend/index.ts'
import type { NoticeInput } from '../../src/features/documents/lib/notice.ts'
import { en } from '../../src/lib/i18n/messages-en.ts'
import { zh } from '../../src/lib/i18n/messages.ts'
import type { Lang } from '../../src/lib/i18n/lang.ts'
import { chartColors } from '../../src/lib/theme.ts'
import type { DatasetId } from '../../src/schemas/common.ts'
import { DocumentSettingsFileSchema } from '../../src/schemas/document-settings.ts'
import { TargetsFileSchema, targetsPath } from '../../src/schemas/targets.ts'
import { loadCatalog, loadTable, readApiFile } from './api-data.ts'

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
  }
}
