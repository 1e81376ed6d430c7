/**
 * Source tables (+ the generated demo dataset) → the files of the static JSON API.
 * Every file is parsed with its own zod schema before anything is written.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod/mini'
import { defaultPeriods, latestKeyPeriods } from '../../src/domain/default-period.ts'
import { periodYear, type Period } from '../../src/domain/period.ts'
import {
  CodeSchema,
  CountSchema,
  PeriodSchema,
  SCHEMA_VERSION,
  type DatasetId,
} from '../../src/schemas/common.ts'
import {
  AttentionFileSchema,
  attentionPath,
  type PeriodAttention,
} from '../../src/schemas/attention.ts'
import { DecksFileSchema, type DecksFile } from '../../src/schemas/decks.ts'
import {
  DocumentSettingsFileSchema,
  type DocumentSetting,
} from '../../src/schemas/document-settings.ts'
import { IndicatorsFileSchema } from '../../src/schemas/indicators.ts'
import {
  ManifestSchema,
  RegionCountsSchema,
  RegionIndicatorPeriodsSchema,
  RegionPeriodsSchema,
  type DatasetEntry,
  type FileEntry,
  type PeriodCoverage,
} from '../../src/schemas/manifest.ts'
import {
  ObservationsFileSchema,
  observationsPath,
  type Observation,
} from '../../src/schemas/observations.ts'
import { RegionsFileSchema, type Region } from '../../src/schemas/regions.ts'
import {
  ReleaseCalendarFileSchema,
  ReleasesFileSchema,
  type CalendarEntry,
  type EarlierValue,
  type Release,
} from '../../src/schemas/releases.ts'
import { RELEASE_CALENDAR_PATH, releasesPath } from '../../src/schemas/constants.ts'
import { SourcesFileSchema } from '../../src/schemas/sources.ts'
import { TargetsFileSchema, targetsPath, type Target } from '../../src/schemas/targets.ts'
import {
  DEMO_SOURCE,
  demoCalendar,
  generateDemo,
  releaseDemo,
  type DemoObservation,
  type DemoSpan,
} from './demo.ts'
import { generateDemoTargets } from './demo-targets.ts'
import { vintageSteps } from './vintages.ts'
import { VintagesFileSchema, vintagesPath } from '../../src/schemas/vintages.ts'
import { attentionIndicators, checkAttentionFigures, evaluateAttention } from './attention.ts'
import type { AttentionRule } from './attention-rules.ts'
import { formatTableError } from './errors.ts'
import { readTargetRows, type Tables } from './tables.ts'

export const DATASET_LABELS: Record<DatasetId, { zh: string; en: string }> = {
  official: { zh: '官方发布数据', en: 'Official published figures' },
  demo: { zh: '演示数据（模拟生成，非统计数据）', en: 'Demo data (synthetic, not statistics)' },
}

export interface ApiOptions {
  generatedAt: string
  /** What the demo dataset covers (demoSpan); null leaves it out (used by fixture tests). */
  demo: DemoSpan | null
  /** Presentation decks (data/decks.json), when there are any. */
  decks?: DecksFile | null
  /** The rules of data/attention-rules.csv (需关注): none, no attention files. */
  attentionRules?: readonly AttentionRule[]
  /** The documents' settings (data/document-settings.csv), when there are any. */
  documentSettings?: DocumentSetting[] | null
  /** The official dataset's expected release dates (data/release-calendar.csv). */
  calendar?: readonly CalendarEntry[]
  /**
   * Whether to write vintages/{dataset}.json (asof views); false for --scale datasets, made to
   * time rendering, whose 需关注 of every release day would take the build many minutes.
   */
  vintages?: boolean
}

/** Path (relative to /api/v1/) → file text. */
export type ApiFiles = Map<string, string>

const json = (value: unknown) => JSON.stringify(value)

export function buildApi(tables: Tables, options: ApiOptions): ApiFiles {
  const files: ApiFiles = new Map()
  const put = <T>(path: string, schema: z.ZodMiniType<T>, value: T) => {
    // Validate what we emit with the very schema the client will parse it with.
    files.set(path, json(schema.parse(value)))
  }

  put('regions.json', RegionsFileSchema, { schemaVersion: SCHEMA_VERSION, regions: tables.regions })
  put('indicators.json', IndicatorsFileSchema, {
    schemaVersion: SCHEMA_VERSION,
    indicators: tables.indicators,
  })
  // Every source states where it was read (`via`), the generated one included: '' (not a copy).
  const sources = options.demo ? [...tables.sources, DEMO_SOURCE] : tables.sources
  put('sources.json', SourcesFileSchema, { schemaVersion: SCHEMA_VERSION, sources })

  const order = {
    region: new Map(tables.regions.map((r, i) => [r.code, i])),
    indicator: new Map(tables.indicators.map((r, i) => [r.id, i])),
  }
  const datasets: DatasetEntry[] = []
  const addDataset = (id: DatasetId, observations: Observation[]): Observation[] => {
    const sorted = [...observations].sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        order.region.get(a.region)! - order.region.get(b.region)! ||
        order.indicator.get(a.indicator)! - order.indicator.get(b.indicator)!,
    )
    const synthetic = id === 'demo'
    const years = [...new Set(sorted.map((o) => periodYear(o.period)))]
    for (const year of years) {
      put(observationsPath(id, year), ObservationsFileSchema, {
        schemaVersion: SCHEMA_VERSION,
        dataset: id,
        year,
        synthetic,
        observations: sorted.filter((o) => periodYear(o.period) === year),
      })
    }
    const periods = coverage(sorted, tables.regions)
    datasets.push({
      id,
      kind: id,
      synthetic,
      label: DATASET_LABELS[id],
      dataAsOf: periods.at(-1)?.period ?? null,
      observations: sorted.length,
      periods,
      defaultPeriods: defaultPeriods(sorted),
      latest: latestKeyPeriods(sorted),
      years: years.map((year) => ({ year, path: observationsPath(id, year) })),
    })
    return sorted
  }

  // Region, year, then indicator order; rows of one region, year and indicator keep their order
  // in targets.csv (a stable sort), so the first of them stays the target the others corroborate.
  const putTargets = (dataset: DatasetId, targets: Target[]) => {
    put(targetsPath(dataset), TargetsFileSchema, {
      schemaVersion: SCHEMA_VERSION,
      dataset,
      synthetic: dataset === 'demo',
      targets: [...targets].sort(
        (a, b) =>
          order.region.get(a.region)! - order.region.get(b.region)! ||
          a.year - b.year ||
          order.indicator.get(a.indicator)! - order.indicator.get(b.indicator)!,
      ),
    })
  }

  // 需关注: the rules' findings for each period, a file per year like the observations'.
  const rules = options.attentionRules ?? []
  const evaluate = (targets: Target[]) =>
    rules.length === 0
      ? null
      : (observations: Observation[], periods: Period[]) =>
          evaluateAttention({
            rules,
            regions: tables.regions,
            indicators: tables.indicators,
            observations,
            targets,
            periods,
          })
  const putAttention = (
    dataset: DatasetId,
    observations: Observation[],
    targets: Target[],
  ): PeriodAttention[] => {
    const attention = evaluate(targets)
    if (!attention) return []
    const periods = attention(observations, [...new Set(observations.map((o) => o.period))])
    const problems = checkAttentionFigures(periods, observations, targets)
    if (problems.length > 0)
      throw new Error(`需关注 findings rest on figures not in the API:\n${problems.join('\n')}`)
    const indicators = attentionIndicators(rules, tables.indicators)
    for (const year of [...new Set(periods.map((p) => periodYear(p.period)))]) {
      put(attentionPath(dataset, year), AttentionFileSchema, {
        schemaVersion: SCHEMA_VERSION,
        dataset,
        year,
        synthetic: dataset === 'demo',
        indicators,
        periods: periods.filter((p) => periodYear(p.period) === year),
      })
    }
    return periods
  }

  // The dataset as it stood at the end of each release day, for `asof` views.
  const putVintages = (
    dataset: DatasetId,
    observations: Observation[],
    released: { releases: Release[]; earlier: EarlierValue[] },
    targets: Target[],
    current: PeriodAttention[],
  ) => {
    if (options.vintages === false) return
    put(vintagesPath(dataset), VintagesFileSchema, {
      schemaVersion: SCHEMA_VERSION,
      dataset,
      steps: vintageSteps({
        observations,
        ...released,
        attention: evaluate(targets),
        current: new Map(current.map((p) => [p.period, p])),
      }),
    })
  }

  const putReleases = (dataset: DatasetId, releases: Release[], earlier: EarlierValue[]) => {
    put(releasesPath(dataset), ReleasesFileSchema, {
      schemaVersion: SCHEMA_VERSION,
      dataset,
      releases,
      earlier,
    })
  }
  const calendar = [...(options.calendar ?? [])]

  const official = addDataset(
    'official',
    markRevised(tables.observations, tables.earlier).map(
      ({ region, period, indicator, value, decimals, source, release, revised, note }) => ({
        region,
        period,
        indicator,
        value,
        decimals,
        source,
        release,
        ...(revised ? { revised } : {}),
        ...(note ? { note } : {}),
      }),
    ),
  )
  putReleases('official', tables.releases, tables.earlier)
  putTargets('official', tables.targets)
  const officialAttention = putAttention('official', official, tables.targets)
  putVintages('official', official, tables, tables.targets, officialAttention)
  if (options.demo) {
    // Every month of the demo's years is generated and its targets set on their 1-12月 figures,
    // a year under way included; the months up to the span's last period are published.
    const { years, through } = options.demo
    const whole = generateDemo({ regions: tables.regions, years })
    const released = releaseDemo(
      whole.filter((o) => o.period <= through),
      tables.regions,
      tables.releases.at(-1)?.date ?? null,
    )
    const demo = addDataset('demo', markRevised(released.observations, released.earlier))
    putReleases('demo', released.releases, released.earlier)
    calendar.push(...demoCalendar(options.demo))
    const targets = demoTargets(tables, years, whole)
    putTargets('demo', targets)
    putVintages('demo', demo, released, targets, putAttention('demo', demo, targets))
  }

  put(RELEASE_CALENDAR_PATH, ReleaseCalendarFileSchema, {
    schemaVersion: SCHEMA_VERSION,
    entries: calendar,
  })
  if (options.decks) put('decks.json', DecksFileSchema, options.decks)
  if (options.documentSettings)
    put('document-settings.json', DocumentSettingsFileSchema, {
      schemaVersion: SCHEMA_VERSION,
      settings: options.documentSettings,
    })

  for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
    files.set(`schema/${name}.schema.json`, JSON.stringify(jsonSchema(schema), null, 2))
  }

  const entries: FileEntry[] = [...files].map(([path, text]) => fileEntry(path, text))
  put('index.json', ManifestSchema, {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    datasets,
    files: entries,
  })
  return files
}

/**
 * The demo dataset's targets, generated and then validated by the rules of data/targets.csv
 * (the demo source among the sources). A row they refuse is a bug of the generator, not of the
 * tables: the build stops with the rows' errors.
 */
export function demoTargets(
  tables: Tables,
  years: number[],
  observations: readonly DemoObservation[],
): Target[] {
  const rows = generateDemoTargets({ regions: tables.regions, years, observations })
  const { targets, errors } = readTargetRows(DEMO_TARGETS_FILE, rows, {
    ...tables,
    sources: [...tables.sources, DEMO_SOURCE],
  })
  if (errors.length > 0) {
    throw new Error(
      `The demo generator made invalid targets:\n${errors.map(formatTableError).join('\n')}`,
    )
  }
  return targets
}

/** How the generated target rows are named in errors (numbered as rows of a CSV file). */
export const DEMO_TARGETS_FILE = 'demo targets (scripts/data-build/demo-targets.ts)'

export const JSON_SCHEMAS = {
  index: ManifestSchema,
  regions: RegionsFileSchema,
  indicators: IndicatorsFileSchema,
  sources: SourcesFileSchema,
  observations: ObservationsFileSchema,
  decks: DecksFileSchema,
  'document-settings': DocumentSettingsFileSchema,
  targets: TargetsFileSchema,
  attention: AttentionFileSchema,
  releases: ReleasesFileSchema,
  'release-calendar': ReleaseCalendarFileSchema,
  vintages: VintagesFileSchema,
}

/**
 * The manifest checks its records per region with one loop (z.custom: see RegionCountsSchema),
 * which JSON Schema cannot express; the published schema states the same contract as records
 * of region codes.
 */
const asJsonSchema = (schema: z.ZodMiniType) =>
  Object.fromEntries(
    Object.entries(z.toJSONSchema(schema, { io: 'input' })).filter(([key]) => key !== '$schema'),
  )
const CUSTOMS = new Map<z.ZodMiniType, object>([
  [RegionCountsSchema, asJsonSchema(z.record(CodeSchema, CountSchema))],
  [RegionPeriodsSchema, asJsonSchema(z.record(CodeSchema, PeriodSchema))],
  [
    RegionIndicatorPeriodsSchema,
    asJsonSchema(z.record(CodeSchema, z.record(CodeSchema, PeriodSchema))),
  ],
])

function jsonSchema(schema: z.ZodMiniType): object {
  return z.toJSONSchema(schema, {
    // io: input — readers must accept fields added later, as the app does.
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const custom = CUSTOMS.get(zodSchema as unknown as z.ZodMiniType)
      if (custom) Object.assign(jsonSchema, custom)
    },
  })
}

export function fileEntry(path: string, text: string): FileEntry {
  const bytes = Buffer.from(text, 'utf8')
  return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
}

function coverage(observations: Observation[], regions: Region[]): PeriodCoverage[] {
  const cities = new Set(regions.filter((r) => r.type === 'city').map((r) => r.code))
  const byPeriod = new Map<Period, Map<string, number>>()
  for (const { period, region } of observations) {
    const counts = byPeriod.get(period) ?? new Map<string, number>()
    counts.set(region, (counts.get(region) ?? 0) + 1)
    byPeriod.set(period, counts)
  }
  return [...byPeriod].map(([period, counts]) => ({
    period,
    observations: [...counts.values()].reduce((a, b) => a + b, 0),
    cities: [...counts.keys()].filter((code) => cities.has(code)).length,
    regions: Object.fromEntries(counts),
  }))
}

/** `revised: true` on a figure a later release revised, so every table can mark it 修订. */
function markRevised<T extends { region: string; period: string; indicator: string }>(
  observations: T[],
  earlier: readonly EarlierValue[],
): (T & { revised?: true })[] {
  const key = (o: { region: string; period: string; indicator: string }) =>
    `${o.region}|${o.period}|${o.indicator}`
  const revised = new Set(earlier.map(key))
  return observations.map((o) => (revised.has(key(o)) ? { ...o, revised: true as const } : o))
}
