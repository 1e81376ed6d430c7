import path from 'node:path'
import { z } from 'zod'
import { CodeSchema } from '../../src/schemas/common.ts'
import {
  IndicatorKindSchema,
  StabilitySchema,
  UnitSchema,
  type Indicator,
} from '../../src/schemas/indicators.ts'
import { RegionTypeSchema, type Region } from '../../src/schemas/regions.ts'
import type { EarlierValue, Release } from '../../src/schemas/releases.ts'
import { SourceSchema, type Source } from '../../src/schemas/sources.ts'
import {
  TARGET_KINDS,
  TARGET_QUALIFIERS,
  type Target,
  type TargetThreshold,
} from '../../src/schemas/targets.ts'
import { sameTarget } from '../../src/domain/targets.ts'
import { readCsv, type CsvTable } from './csv.ts'
import type { TableError } from './errors.ts'
import { curatedReleaseId, guangdongDay, readReleases } from './releases.ts'
import {
  columnsOf,
  decimalsOf,
  locate,
  NUMBER_TEXT,
  NumberCellSchema,
  parseRows,
  PeriodCellSchema,
  rejectDuplicates,
} from './rows.ts'

export { decimalsOf, locate, NUMBER_TEXT, parseRows } from './rows.ts'

/** One official figure as read from observations.csv, with where it came from. */
export interface SourceObservation {
  dataset: 'official'
  region: string
  period: string
  indicator: string
  value: number
  decimals: number
  source: string
  note: string
  /** The release_id cell: empty for a curated row (releases.ts). */
  releaseId: string
  /** The release that published it: its release_id, or its source's curated release. */
  release: string
  line: number
}

export interface Tables {
  regions: Region[]
  indicators: Indicator[]
  sources: Source[]
  observations: SourceObservation[]
  /** The official annual targets, in the order of targets.csv. */
  targets: Target[]
  /** The official releases, oldest first, and the values they replaced (releases.ts). */
  releases: Release[]
  earlier: EarlierValue[]
}

export const TABLE_FILES = {
  regions: 'regions.csv',
  indicators: 'indicators.csv',
  sources: 'sources.csv',
  observations: 'observations.csv',
  targets: 'targets.csv',
} as const

/**
 * How a source ranks when two give the same figure or target: the best-graded is the one
 * published and cited (README, "Better copies"). A source not in the table ranks last.
 */
const GRADE_ORDER: Record<string, number> = { A: 0, B: 1, C: 2, synthetic: 3 }
type GradeRank = (source: string) => number
const gradeRanks = (grades: Iterable<[string | undefined, string | undefined]>): GradeRank => {
  const rank = new Map([...grades].map(([id, grade]) => [id, GRADE_ORDER[grade ?? ''] ?? 4]))
  return (source) => rank.get(source) ?? 4
}

const optional = (schema: z.core.$ZodType<string>) => z.union([z.literal(''), schema])

const RegionRowSchema = z.object({
  code: CodeSchema,
  name_zh: z.string().min(1, 'is empty'),
  short_zh: z.string().min(1, 'is empty'),
  name_en: z.string().min(1, 'is empty'),
  type: RegionTypeSchema,
  group: optional(CodeSchema),
})

const IndicatorRowSchema = z.object({
  id: CodeSchema,
  name_zh: z.string().min(1, 'is empty'),
  name_en: z.string().min(1, 'is empty'),
  unit: UnitSchema,
  kind: IndicatorKindSchema,
  stability: StabilitySchema,
  measure: z.enum(['ytd', 'month']),
  decimals: z.string().regex(/^[0-4]$/, 'decimals must be a whole number from 0 to 4'),
  price_basis: z.enum(['comparable', 'nominal', 'none']),
  numerator: optional(CodeSchema),
  denominator: optional(CodeSchema),
  definition_zh: z.string().min(1, 'is empty: every indicator needs a definition'),
  definition_en: z.string().min(1, 'is empty: every indicator needs a definition'),
  rank_of: optional(CodeSchema),
  rank_scope: z.enum(['', 'province', 'group'], {
    error: 'must be "province", "group" or empty',
  }),
})

const HttpUrlCellSchema = optional(
  z.url({
    protocol: /^https?$/,
    error: (issue) => `"${String(issue.input)}" is not an http(s) URL`,
  }),
)

/**
 * One document. `url` is the original on the publisher's site; `via` the copy it was read on
 * when that is not the original (grade C: an official release seen only on a third-party copy);
 * `remark` the collector's note, kept in the table and never published (it is not part of the
 * title, and the display rules need none of it).
 */
const SourceRowSchema = z
  .object({
    id: SourceSchema.shape.id,
    publisher: z.string().min(1, 'is empty'),
    title: z.string(),
    date: SourceSchema.shape.date,
    url: HttpUrlCellSchema,
    via: HttpUrlCellSchema,
    grade: z.enum(['A', 'B', 'C'], {
      error: (issue) =>
        `"${String(issue.input)}" is not a grade: A (read on the publisher's own site), B (a media report) or C (an official release read only on a copy)`,
    }),
    remark: z.string(),
  })
  .superRefine((row, ctx) => {
    if (row.grade === 'A' && row.via !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['via'],
        message: "a grade A source is read on the publisher's own site: via must be empty",
      })
    }
  })

const ObservationRowSchema = z.object({
  dataset: z.literal('official', {
    error: 'must be "official": the demo dataset is generated, never typed in',
  }),
  region: z.string().min(1, 'is empty'),
  period: PeriodCellSchema,
  indicator: z.string().min(1, 'is empty'),
  value: NumberCellSchema,
  source_id: z.string().min(1, 'is empty'),
  note: z.string(),
  /** Written by the importer; a curated figure has none (a column the table may leave out). */
  release_id: z
    .string()
    .regex(/^([a-z][a-z0-9_]*)?$/, 'is not a release id: lower-case letters, digits and _')
    .default(''),
})

const quoted = (issue: { input?: unknown }) => `"${String(issue.input)}"`

/** One annual target as printed (see README, "Targets"); its cross-column rules are in readTargets. */
const TargetRowSchema = z.object({
  region: z.string().min(1, 'is empty'),
  year: z.string().regex(/^\d{4}$/, { error: (issue) => `${quoted(issue)} is not a year YYYY` }),
  indicator: z.string().min(1, 'is empty'),
  kind: z.enum(TARGET_KINDS, {
    error: (issue) => `${quoted(issue)} is not a target kind: growth, level, count or qualitative`,
  }),
  value: z.string().refine((value) => value === '' || NUMBER_TEXT.test(value), {
    error: (issue) => `${quoted(issue)} is not a number (digits, optional - and .)`,
  }),
  qualifier: z.enum(TARGET_QUALIFIERS, {
    error: (issue) =>
      `${quoted(issue)} is not a qualifier: 左右, 以上, 以内, 力争, 力争以上 or empty`,
  }),
  unit: z.string(),
  text: z.string().min(1, 'is empty: the target as printed'),
  source_id: z.string().min(1, 'is empty'),
  note: z.string(),
})

/** One row of targets.csv, cell by cell: what the demo generator writes too. */
export type TargetRow = z.input<typeof TargetRowSchema>

/**
 * The two qualitative targets whose words name a growth threshold, and the threshold they are
 * read against (the others, 大幅增长 or 提质提效, name none and are only shown as text).
 */
export const NAMED_THRESHOLDS: { words: string; threshold: TargetThreshold }[] = [
  { words: '两位数增长', threshold: { comparison: 'at-least', value: 10, decimals: 0 } },
  { words: '正增长', threshold: { comparison: 'above', value: 0, decimals: 0 } },
]

/** The unit each kind of target is printed with. */
const TARGET_UNITS: Record<Target['kind'], { units: readonly string[]; say: string }> = {
  growth: { units: ['%'], say: '%' },
  level: { units: ['亿元', '万亿元'], say: '亿元 or 万亿元' },
  count: { units: ['家'], say: '家' },
  qualitative: { units: ['%', ''], say: '% (words about growth) or empty' },
}

/**
 * Reads and validates the source tables (and the releases: releases.ts). Returns every problem
 * found, each located as file:row:column; the tables are only usable when the error list is
 * empty. `today` (YYYY-MM-DD, Guangdong's day by default) is the clock no release may pass.
 */
export function readTables(
  dataDir: string,
  options: { today?: string } = {},
): { tables: Tables; errors: TableError[] } {
  const errors: TableError[] = []
  const open = (name: keyof typeof TABLE_FILES, schema: z.ZodObject, optional: string[] = []) => {
    const file = path.join(path.basename(dataDir), TABLE_FILES[name])
    const { table, errors: csvErrors } = readCsv(
      path.join(dataDir, TABLE_FILES[name]),
      file,
      columnsOf(schema).filter((column) => !optional.includes(column)),
    )
    errors.push(...csvErrors)
    return table
  }

  const regionTable = open('regions', RegionRowSchema)
  const indicatorTable = open('indicators', IndicatorRowSchema)
  const sourceTable = open('sources', SourceRowSchema)
  const observationTable = open('observations', ObservationRowSchema, ['release_id'])
  const targetTable = open('targets', TargetRowSchema)
  if (errors.length > 0) {
    return {
      tables: {
        regions: [],
        indicators: [],
        sources: [],
        observations: [],
        targets: [],
        releases: [],
        earlier: [],
      },
      errors,
    }
  }

  const regions = readRegions(regionTable, errors)
  const indicators = readIndicators(indicatorTable, errors)
  const sources = readSources(sourceTable, errors)
  // References are checked against every id in the tables, even rows that failed validation:
  // one bad source row gets one error, not one more for each figure that cites it.
  const ids = (table: CsvTable, column: string) => new Set(table.rows.map((r) => r.cells[column]))
  const grade = gradeRanks(sourceTable.rows.map((r) => [r.cells.id, r.cells.grade]))
  const { observations, copies } = readObservations(observationTable, errors, {
    regions: ids(regionTable, 'code'),
    indicators: ids(indicatorTable, 'id'),
    kinds: new Map(indicators.map((i) => [i.id, i.kind])),
    cityCodes: new Set(regions.filter((r) => r.type === 'city').map((r) => r.code)),
    sources: ids(sourceTable, 'id'),
    sourceDates: new Map(sources.map((s) => [s.id, s.date])),
    grade,
  })
  const { releases, earlier } = readReleases(
    {
      dataDir,
      today: options.today ?? guangdongDay(new Date()),
      sourceTable,
      sources,
      observationTable,
      published: observations,
      copies,
      known: { regions: ids(regionTable, 'code'), indicators: ids(indicatorTable, 'id') },
    },
    errors,
  )
  const targets = readTargets(targetTable, errors, {
    regions: ids(regionTable, 'code'),
    indicators: ids(indicatorTable, 'id'),
    indicator: new Map(indicators.map((i) => [i.id, i])),
    sources: ids(sourceTable, 'id'),
    grade,
  })
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row || a.column - b.column)
  return {
    tables: { regions, indicators, sources, observations, targets, releases, earlier },
    errors,
  }
}

/**
 * Target rows that were not read from a file (the demo generator's), validated by exactly the
 * rules of targets.csv against the tables; `file` names them in the errors, each row numbered as
 * it would be in a CSV file with its header.
 */
export function readTargetRows(
  file: string,
  rows: readonly Record<keyof TargetRow, string>[],
  tables: Pick<Tables, 'regions' | 'indicators' | 'sources'>,
): { targets: Target[]; errors: TableError[] } {
  const errors: TableError[] = []
  const table: CsvTable = {
    file,
    columns: columnsOf(TargetRowSchema),
    rows: rows.map((cells, i) => ({ line: i + 2, cells: { ...cells } })),
  }
  const targets = readTargets(table, errors, {
    regions: new Set(tables.regions.map((r) => r.code)),
    indicators: new Set(tables.indicators.map((i) => i.id)),
    indicator: new Map(tables.indicators.map((i) => [i.id, i])),
    sources: new Set(tables.sources.map((s) => s.id)),
    grade: gradeRanks(tables.sources.map((s) => [s.id, s.grade])),
  })
  return { targets, errors }
}

function readRegions(table: CsvTable, errors: TableError[]): Region[] {
  const rows = parseRows(table, RegionRowSchema, errors)
  rejectDuplicates(
    table,
    rows.map(({ row, line }) => ({ line, key: row.code })),
    'code',
    errors,
  )
  const groups = new Set(rows.filter(({ row }) => row.type === 'group').map(({ row }) => row.code))
  for (const { row, line } of rows) {
    if (row.type === 'city' && !groups.has(row.group)) {
      errors.push(
        locate(
          table,
          line,
          'group',
          `a city needs the code of its region group, not "${row.group}"`,
        ),
      )
    }
    if (row.type !== 'city' && row.group !== '') {
      errors.push(locate(table, line, 'group', `only cities belong to a group`))
    }
  }
  return rows.map(({ row }) => ({
    code: row.code,
    nameZh: row.name_zh,
    shortZh: row.short_zh,
    nameEn: row.name_en,
    type: row.type,
    group: row.group === '' ? null : row.group,
  }))
}

function readIndicators(table: CsvTable, errors: TableError[]): Indicator[] {
  const rows = parseRows(table, IndicatorRowSchema, errors)
  rejectDuplicates(
    table,
    rows.map(({ row, line }) => ({ line, key: row.id })),
    'id',
    errors,
  )
  const ids = new Set(rows.map(({ row }) => row.id))
  for (const { row, line } of rows) {
    for (const column of ['numerator', 'denominator'] as const) {
      const ref = row[column]
      if (ref !== '' && !ids.has(ref)) {
        errors.push(locate(table, line, column, `unknown indicator "${ref}"`))
      }
      if (ref !== '' && row.kind !== 'share') {
        errors.push(locate(table, line, column, `only a share has a ${column}`))
      }
    }
    // A rank indicator holds the ranks sources printed for another indicator's figures.
    const rank = row.kind === 'rank'
    if (rank !== (row.rank_of !== '') || rank !== (row.rank_scope !== '')) {
      errors.push(
        locate(
          table,
          line,
          rank ? 'rank_of' : row.rank_of !== '' ? 'rank_of' : 'rank_scope',
          rank
            ? 'a rank indicator needs rank_of (the indicator ranked) and rank_scope (province or group)'
            : 'only a rank indicator (kind rank) has rank_of and rank_scope',
        ),
      )
    } else if (rank && !ids.has(row.rank_of)) {
      errors.push(locate(table, line, 'rank_of', `unknown indicator "${row.rank_of}"`))
    }
    if (rank !== (row.unit === 'rank')) {
      errors.push(locate(table, line, 'unit', 'the unit "rank" goes with the kind "rank"'))
    }
  }
  return rows.map(({ row }) => ({
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    unit: row.unit,
    kind: row.kind,
    stability: row.stability,
    measure: row.measure,
    decimals: Number(row.decimals),
    priceBasis: row.price_basis,
    numerator: row.numerator === '' ? null : row.numerator,
    denominator: row.denominator === '' ? null : row.denominator,
    definitionZh: row.definition_zh,
    definitionEn: row.definition_en,
    ...(row.kind === 'rank' && row.rank_scope !== ''
      ? { rankOf: { indicator: row.rank_of, scope: row.rank_scope } }
      : {}),
  }))
}

function readSources(table: CsvTable, errors: TableError[]): Source[] {
  const rows = parseRows(table, SourceRowSchema, errors)
  rejectDuplicates(
    table,
    rows.map(({ row, line }) => ({ line, key: row.id })),
    'id',
    errors,
  )
  return rows.map(({ row: { id, publisher, title, date, url, via, grade } }) => ({
    id,
    publisher,
    title,
    date,
    url,
    via,
    grade,
  }))
}

function readObservations(
  table: CsvTable,
  errors: TableError[],
  known: {
    regions: Set<string | undefined>
    indicators: Set<string | undefined>
    kinds: Map<string, Indicator['kind']>
    cityCodes: Set<string>
    sources: Set<string | undefined>
    sourceDates: Map<string, string>
    grade: GradeRank
  },
): { observations: SourceObservation[]; copies: SourceObservation[] } {
  const observations: SourceObservation[] = []
  /** Rows giving a figure again that another row (another source) publishes. */
  const copies: SourceObservation[] = []
  const byKey = new Map<string, SourceObservation>()
  for (const { row, line } of parseRows(table, ObservationRowSchema, errors)) {
    const before = errors.length
    if (!known.regions.has(row.region)) {
      errors.push(
        locate(table, line, 'region', `unknown region "${row.region}" (not in regions.csv)`),
      )
    }
    if (!known.indicators.has(row.indicator)) {
      errors.push(
        locate(
          table,
          line,
          'indicator',
          `unknown indicator "${row.indicator}" (not in indicators.csv)`,
        ),
      )
    }
    if (!known.sources.has(row.source_id)) {
      errors.push(
        locate(table, line, 'source_id', `unknown source "${row.source_id}" (not in sources.csv)`),
      )
    }
    const value = Number(row.value)
    if (known.kinds.get(row.indicator) === 'rank') {
      if (!known.cityCodes.has(row.region)) {
        errors.push(
          locate(
            table,
            line,
            'region',
            `only a city has a rank among the cities, not "${row.region}"`,
          ),
        )
      } else if (!Number.isInteger(value) || value < 1) {
        errors.push(
          locate(table, line, 'value', `a rank is a whole number from 1, not ${row.value}`),
        )
      }
    }
    if (known.kinds.get(row.indicator) === 'share' && (value < 0 || value > 100)) {
      errors.push(
        locate(table, line, 'value', `a share must be between 0 and 100, not ${row.value}`),
      )
    }
    if (errors.length > before) continue

    const observation: SourceObservation = {
      dataset: row.dataset,
      region: row.region,
      period: row.period,
      indicator: row.indicator,
      value,
      decimals: decimalsOf(row.value),
      source: row.source_id,
      note: row.note,
      releaseId: row.release_id,
      release: row.release_id || curatedReleaseId(known.sourceDates.get(row.source_id) ?? ''),
      line,
    }
    const key = [row.dataset, row.region, row.period, row.indicator].join(' ')
    const first = byKey.get(key)
    if (first && first.value !== value) {
      errors.push(
        locate(
          table,
          line,
          'value',
          `${row.region} ${row.period} ${row.indicator} is already ${first.value} on row ${first.line}; a second, different value (${row.value}) is not allowed`,
        ),
      )
    } else if (!first) {
      byKey.set(key, observation)
      observations.push(observation)
    } else if (known.grade(observation.source) < known.grade(first.source)) {
      // The same figure from a better-graded source: that one is published, with its quote.
      byKey.set(key, observation)
      observations[observations.indexOf(first)] = observation
      copies.push(first)
    } else copies.push(observation)
  }
  return { observations, copies }
}

/** What an indicator must be for a target of each kind to be read against it. */
function fitsTarget(kind: Target['kind'], unit: string, indicator: Indicator): string | null {
  const ytd = indicator.measure === 'ytd'
  const growth = indicator.kind === 'growth' && ytd
  switch (kind) {
    case 'growth':
      return growth
        ? null
        : 'a growth target is read against a year-to-date growth rate (*_yoy_pct)'
    case 'level':
      return indicator.kind === 'level' && indicator.unit === '100m_yuan' && ytd
        ? null
        : 'a level target is read against a year-to-date amount in 亿元 (*_100m_yuan)'
    case 'count':
      return indicator.kind === 'count' ? null : 'a count target needs a count indicator'
    case 'qualitative':
      return unit !== '%' || growth
        ? null
        : 'a qualitative target about growth (unit %) is read against a year-to-date growth rate (*_yoy_pct)'
  }
}

function readTargets(
  table: CsvTable,
  errors: TableError[],
  known: {
    regions: Set<string | undefined>
    indicators: Set<string | undefined>
    indicator: Map<string, Indicator>
    sources: Set<string | undefined>
    grade: GradeRank
  },
): Target[] {
  const targets: Target[] = []
  const seen = new Map<string, number>()
  for (const { row, line } of parseRows(table, TargetRowSchema, errors)) {
    const before = errors.length
    const fail = (column: keyof typeof row, message: string) =>
      errors.push(locate(table, line, column, message))
    if (!known.regions.has(row.region)) {
      fail('region', `unknown region "${row.region}" (not in regions.csv)`)
    }
    const indicator = known.indicator.get(row.indicator)
    if (!known.indicators.has(row.indicator)) {
      fail('indicator', `unknown indicator "${row.indicator}" (not in indicators.csv)`)
    } else if (indicator) {
      const misfit = fitsTarget(row.kind, row.unit, indicator)
      if (misfit) {
        fail(
          'indicator',
          `${misfit}, not "${row.indicator}" (kind ${indicator.kind}, measure ${indicator.measure})`,
        )
      }
    }
    if (!known.sources.has(row.source_id)) {
      fail('source_id', `unknown source "${row.source_id}" (not in sources.csv)`)
    }
    const qualitative = row.kind === 'qualitative'
    if (qualitative && row.value !== '') {
      fail(
        'value',
        `a qualitative target has no value (its words are the target), not "${row.value}"`,
      )
    } else if (!qualitative && row.value === '') {
      fail('value', `a ${row.kind} target needs its value as printed`)
    } else if ((row.kind === 'level' || row.kind === 'count') && Number(row.value) <= 0) {
      fail('value', `a ${row.kind} target is more than 0, not ${row.value}`)
    }
    const unit = TARGET_UNITS[row.kind]
    if (!unit.units.includes(row.unit)) {
      fail('unit', `a ${row.kind} target's unit is ${unit.say}, not "${row.unit}"`)
    }
    const named = qualitative ? NAMED_THRESHOLDS.find((n) => row.text.includes(n.words)) : undefined
    if (named && row.unit !== '%') {
      fail('unit', `"${named.words}" is growth: the unit is %, not "${row.unit}"`)
    }
    const key = [row.region, row.year, row.indicator, row.source_id].join(' ')
    const first = seen.get(key)
    if (first !== undefined) {
      fail(
        'source_id',
        `${row.region} ${row.year} ${row.indicator} from ${row.source_id} is already on row ${first}`,
      )
    } else seen.set(key, line)
    if (errors.length > before) continue

    const common = {
      region: row.region,
      year: Number(row.year),
      indicator: row.indicator,
      qualifier: row.qualifier,
      text: row.text,
      source: row.source_id,
      ...(row.note ? { note: row.note } : {}),
    }
    const numbered = { value: Number(row.value), decimals: decimalsOf(row.value), threshold: null }
    // The unit was checked against the kind above; the casts only restate it for the union.
    targets.push(
      row.kind === 'qualitative'
        ? {
            ...common,
            kind: 'qualitative',
            value: null,
            decimals: null,
            unit: row.unit as '%' | '',
            threshold: named?.threshold ?? null,
          }
        : row.kind === 'growth'
          ? { ...common, ...numbered, kind: 'growth', unit: '%' }
          : row.kind === 'level'
            ? { ...common, ...numbered, kind: 'level', unit: row.unit as '亿元' | '万亿元' }
            : { ...common, ...numbered, kind: 'count', unit: '家' },
    )
  }
  return preferBestGraded(targets, known.grade)
}

/**
 * The rows of one region, year and indicator, together and ordered for a reader, who reads the
 * first as the target and cites its source: the first row of the file states the target (the
 * 政府工作报告's, by convention); the rows stating the same target come first, the best-graded
 * first (a report of it on a newspaper's site before the full text seen on a copy); rows
 * stating another target follow in the file's order.
 */
function preferBestGraded(targets: Target[], grade: GradeRank): Target[] {
  const groups = new Map<string, Target[]>()
  for (const target of targets) {
    const key = `${target.region} ${target.year} ${target.indicator}`
    groups.set(key, [...(groups.get(key) ?? []), target])
  }
  return [...groups.values()].flatMap((rows) => {
    const same = rows.filter((row) => sameTarget(row, rows[0]!))
    return [
      ...same.sort((a, b) => grade(a.source) - grade(b.source)),
      ...rows.filter((row) => !same.includes(row)),
    ]
  })
}
