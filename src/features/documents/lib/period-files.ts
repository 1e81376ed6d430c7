/**
 * What the 通报 and the period's workbook are made from, fetched when one is asked for (through
 * the query cache: files the dashboard has already loaded are not fetched again). On the
 * dashboard the 简报 panel shows one year; the 通报's trend needs three.
 */
import type { QueryClient } from '@tanstack/react-query'
import { appliedAsof, datasetEntry, datasetYears, type Catalog } from '../../../domain/catalog.ts'
import { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, type Period } from '../../../domain/period.ts'
import {
  attentionQuery,
  hasAttention,
  observationsQuery,
  staticFileQuery,
  targetsQuery,
} from '../../../lib/api/queries.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import type { DatasetId } from '../../../schemas/common.ts'
import type { DocumentSetting } from '../../../schemas/document-settings.ts'
import type { Target } from '../../../schemas/targets.ts'
import { trendYears } from '../../trend/index.ts'
import { loadNews, type ReleaseNews } from '../../releases/index.ts'

export interface PeriodFiles {
  table: ObservationTable
  targets: readonly Target[]
  /** The deployment's settings for the dataset; undefined when it sets none. */
  setting: DocumentSetting | undefined
  attention: PeriodAttention | null
  /** What the latest release day (of an asof view: that day's) brought; null without releases. */
  news: ReleaseNews | null
}

export async function loadPeriodFiles(
  client: QueryClient,
  catalog: Catalog,
  dataset: DatasetId,
  period: Period,
): Promise<PeriodFiles> {
  const { manifest } = catalog
  const available = datasetYears(datasetEntry(catalog, dataset))
  const year = periodYear(period)
  const [files, targets, settings, attention] = await Promise.all([
    Promise.all(
      trendYears(period)
        .filter((y) => available.has(y))
        .map((y) => client.query(observationsQuery(manifest, dataset, y))),
    ),
    client.query(targetsQuery(manifest, dataset)),
    // Without a settings file the 通报 still comes, its 发文机关 marked as not set.
    client
      .query(
        staticFileQuery(manifest, 'document-settings.json', (s) => s.DocumentSettingsFileSchema),
      )
      .then((file) => file.settings)
      .catch(() => []),
    hasAttention(manifest, dataset, year)
      ? client.query(attentionQuery(manifest, dataset, year))
      : Promise.resolve(null),
  ])
  // A link's asof: the files and findings as they stood that day.
  const asof = appliedAsof(catalog, dataset)
  const findings = attention?.periods.find((p) => p.period === period)
  return {
    news: await loadNews(client, catalog, dataset).catch(() => null),
    table: new ObservationTable(asof ? files.map(asof.file) : files),
    targets: targets.targets,
    setting: settings.find((s) => s.dataset === dataset),
    attention: (asof ? asof.attention(period, findings) : findings) ?? null,
  }
}
