import { buildApi, type ApiFiles } from './api.ts'
import { readAttentionRules } from './attention-rules.ts'
import { readDecks } from './decks.ts'
import { readDocumentSettings } from './document-settings.ts'
import { countOfficial, type OfficialCounts } from './counts.ts'
import { demoSpan, type DemoSpan } from './demo.ts'
import { checkPublishedRanks } from './ranks.ts'
import { readReleaseCalendar } from './release-calendar.ts'
import { readRevisionThresholds } from './revision-thresholds.ts'
import type { TableError } from './errors.ts'
import { scaleRegions } from './scale.ts'
import { readTables } from './tables.ts'
import { writeApiAtomically } from './write.ts'

export interface DataBuildOptions {
  dataDir: string
  outDir: string
  generatedAt: string
  /**
   * The demo dataset, through the official data's latest period (demoSpan): from its first year,
   * or its last `lastYears` years (--scale); null leaves it out (fixture tests).
   */
  demo: { lastYears?: number } | null
  /** Total number of cities for --scale runs (extra synthetic cities are added). */
  cities?: number
  /**
   * Today (YYYY-MM-DD), after which no release may be dated; Guangdong's day by default. Not
   * generatedAt, which SOURCE_DATE_EPOCH may set in the past for a reproducible build.
   */
  today?: string
}

export type DataBuildResult =
  | { ok: true; files: ApiFiles; counts: OfficialCounts; demo: DemoSpan | null }
  | { ok: false; errors: TableError[] }

/** Validates the source tables and, only when every row is valid, swaps in a new API. */
export function runDataBuild(options: DataBuildOptions): DataBuildResult {
  const { tables, errors } = readTables(
    options.dataDir,
    options.today ? { today: options.today } : {},
  )
  if (errors.length > 0) return { ok: false, errors }
  const rankErrors = checkPublishedRanks(tables, options.dataDir)
  if (rankErrors.length > 0) return { ok: false, errors: rankErrors }
  const { decks, errors: deckErrors } = readDecks(options.dataDir, tables)
  if (deckErrors.length > 0) return { ok: false, errors: deckErrors }
  const { rules, errors: ruleErrors } = readAttentionRules(options.dataDir, tables.indicators)
  if (ruleErrors.length > 0) return { ok: false, errors: ruleErrors }
  const { settings, errors: settingErrors } = readDocumentSettings(options.dataDir)
  if (settingErrors.length > 0) return { ok: false, errors: settingErrors }
  const { entries: calendar, errors: calendarErrors } = readReleaseCalendar(options.dataDir)
  if (calendarErrors.length > 0) return { ok: false, errors: calendarErrors }
  // Read by the importer; checked here so that a bad threshold stops the build like any table.
  const { errors: thresholdErrors } = readRevisionThresholds(options.dataDir)
  if (thresholdErrors.length > 0) return { ok: false, errors: thresholdErrors }
  const regions = options.cities ? scaleRegions(tables.regions, options.cities) : tables.regions
  const demo = options.demo ? demoSpan(tables.observations, options.demo.lastYears) : null
  const files = buildApi(
    { ...tables, regions },
    {
      generatedAt: options.generatedAt,
      demo,
      decks,
      attentionRules: rules,
      documentSettings: settings,
      calendar,
      vintages: options.cities === undefined,
    },
  )
  writeApiAtomically(options.outDir, files)
  return { ok: true, files, counts: countOfficial(tables), demo }
}
