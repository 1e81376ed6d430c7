import { describe, expect, it } from 'vitest'
import { buildApi, DEMO_TARGETS_FILE, demoTargets } from '../../../scripts/data-build/api.ts'
import {
  DEMO_CEILING_REGION,
  generateDemoTargets,
} from '../../../scripts/data-build/demo-targets.ts'
import { DEMO_SOURCE, demoSpan, generateDemo } from '../../../scripts/data-build/demo.ts'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import { readTables, readTargetRows } from '../../../scripts/data-build/tables.ts'
import { ObservationTable } from '../../../src/domain/observation-table.ts'
import { makePeriod } from '../../../src/domain/period.ts'
import { readTarget } from '../../../src/domain/targets.ts'
import { ManifestSchema } from '../../../src/schemas/manifest.ts'
import { SourcesFileSchema } from '../../../src/schemas/sources.ts'
import { TargetSchema, TargetsFileSchema, targetsPath } from '../../../src/schemas/targets.ts'
import { GENERATED_AT } from './helpers.ts'

const { tables } = readTables('data')
const span = demoSpan(tables.observations)
const DEMO_YEARS = span.years
const demo = generateDemo({ regions: tables.regions, years: DEMO_YEARS })
const rows = generateDemoTargets({ regions: tables.regions, years: DEMO_YEARS, observations: demo })
const targets = demoTargets(tables, DEMO_YEARS, demo)
const table = new ObservationTable(
  DEMO_YEARS.map((year) => ({
    schemaVersion: 1 as const,
    dataset: 'demo' as const,
    year,
    synthetic: true,
    observations: demo
      .filter((o) => o.period.startsWith(`${year}-`))
      .map((o) => ({ ...o, release: 'd' })),
  })),
)
const lastYear = DEMO_YEARS.at(-1)!

/** What the app would show for each target of the last demo year, read as of `period`. */
function statuses(period: string) {
  const readings = targets
    .filter((t) => t.year === lastYear)
    .map((t) => readTarget(t, table, period))
  return {
    growth: new Set(
      readings.flatMap((r) => (r.kind === 'growth' && r.latest ? [r.latest.status] : [])),
    ),
    pace: new Set(readings.flatMap((r) => (r.kind === 'level' && r.latest ? [r.latest.pace] : []))),
    outcome: new Set(
      readings.flatMap((r) => (r.kind === 'level' && r.outcome ? [r.outcome.status] : [])),
    ),
  }
}

describe('the demo targets', () => {
  it('are the same on every run', () => {
    expect(
      generateDemoTargets({ regions: tables.regions, years: DEMO_YEARS, observations: demo }),
    ).toEqual(rows)
  })

  it('pass the rules of data/targets.csv, every one of them, and the schema the app parses', () => {
    const { targets: read, errors } = readTargetRows(DEMO_TARGETS_FILE, rows, {
      ...tables,
      sources: [...tables.sources, DEMO_SOURCE],
    })
    expect(errors.map(formatTableError)).toEqual([])
    expect(read).toHaveLength(rows.length)
    for (const target of targets) expect(TargetSchema.safeParse(target).success).toBe(true)
  })

  it('are refused with their location when a generated row breaks a rule', () => {
    const { errors } = readTargetRows(DEMO_TARGETS_FILE, [{ ...rows[0]!, qualifier: '约' }], {
      ...tables,
      sources: [...tables.sources, DEMO_SOURCE],
    })
    expect(errors.map(formatTableError)).toEqual([
      `${DEMO_TARGETS_FILE}:2:6 (qualifier): "约" is not a qualifier: 左右, 以上, 以内, 力争, 力争以上 or empty`,
    ])
  })

  it('cite the synthetic source, like the demo figures', () => {
    expect(new Set(targets.map((t) => t.source))).toEqual(new Set([DEMO_SOURCE.id]))
    expect(DEMO_SOURCE.grade).toBe('synthetic')
  })

  it('cover every region (province, groups, cities) and every demo year', () => {
    for (const region of tables.regions) {
      for (const year of DEMO_YEARS) {
        const own = targets.filter((t) => t.region === region.code && t.year === year)
        expect(
          own.map((t) => t.indicator),
          `${region.code} ${year}`,
        ).toContain('iva_above_scale_yoy_pct')
      }
    }
    expect(new Set(targets.map((t) => t.region)).size).toBe(tables.regions.length)
  })

  it('have every kind of the real targets: each qualifier, levels, a count, and words with and without a threshold', () => {
    const growth = targets.filter((t) => t.kind === 'growth')
    expect(new Set(growth.map((t) => t.qualifier))).toEqual(
      new Set(['左右', '以上', '以内', '力争', '力争以上', '']),
    )
    // 以内 is rare: one region has it.
    expect(new Set(growth.filter((t) => t.qualifier === '以内').map((t) => t.region))).toEqual(
      new Set([DEMO_CEILING_REGION]),
    )
    const levels = targets.filter((t) => t.kind === 'level')
    expect(new Set(levels.map((t) => t.indicator))).toEqual(
      new Set(['industrial_investment_100m_yuan', 'tech_transformation_investment_100m_yuan']),
    )
    expect(levels.every((t) => t.unit === '亿元')).toBe(true)
    expect(targets.filter((t) => t.kind === 'count').map((t) => t.region)).toContain('guangdong')

    const words = (text: string) => targets.filter((t) => t.text === text)
    expect(words('技改投资保持两位数增长')[0]).toMatchObject({
      kind: 'qualitative',
      unit: '%',
      threshold: { comparison: 'at-least', value: 10, decimals: 0 },
    })
    expect(words('工业投资实现正增长')[0]).toMatchObject({
      kind: 'qualitative',
      unit: '%',
      threshold: { comparison: 'above', value: 0, decimals: 0 },
    })
    expect(words('工业投资提质提效')[0]).toMatchObject({
      kind: 'qualitative',
      unit: '',
      threshold: null,
    })
  })

  it('read like a 政府工作报告: positive, round numbers, printed in the text', () => {
    const province = targets.find((t) => t.region === 'guangdong' && t.year === lastYear)
    expect(province?.indicator).toBe('iva_above_scale_yoy_pct')
    expect(province?.text).toMatch(/^(力争)?(规模以上|规上)工业增加值(力争)?增长\d+(\.5)?%/)
    for (const target of targets) {
      if (target.kind === 'qualitative') continue
      expect(target.value, target.text).toBeGreaterThan(0)
      expect(target.text).toContain(`${target.value}${target.unit}`)
      if (target.kind === 'growth') expect(target.decimals).toBeLessThanOrEqual(1)
      else expect(target.decimals).toBe(0)
    }
  })

  it(`read against the demo figures as a mix: met, near and not met at ${lastYear}年1-12月, plans met and not`, () => {
    const { growth, pace, outcome } = statuses(makePeriod(lastYear, 12))
    expect(growth).toEqual(new Set(['met', 'near', 'not-met']))
    expect(pace).toContain('ahead')
    expect(pace).toContain('behind')
    expect(outcome).toEqual(new Set(['met', 'not-met']))
  })

  it(`and during the year (${lastYear}年1-9月): met, near and not met, ahead of and behind 序时进度`, () => {
    const { growth, pace, outcome } = statuses(makePeriod(lastYear, 9))
    expect(growth).toEqual(new Set(['met', 'near', 'not-met']))
    expect(pace).toEqual(new Set(['ahead', 'behind']))
    expect(outcome).toEqual(new Set())
  })
})

describe('the targets files', () => {
  const files = buildApi(tables, { generatedAt: GENERATED_AT, demo: span })
  const read = (path: string) => TargetsFileSchema.parse(JSON.parse(files.get(path)!))

  it('are one per dataset, each listed in the manifest', () => {
    const manifest = ManifestSchema.parse(JSON.parse(files.get('index.json')!))
    const listed = manifest.files.map((f) => f.path)
    expect(listed).toContain(targetsPath('official'))
    expect(listed).toContain(targetsPath('demo'))
    expect(targetsPath('demo')).toBe('targets/demo.json')
  })

  it('label the demo targets synthetic, and the official ones not', () => {
    expect(read(targetsPath('official'))).toMatchObject({ dataset: 'official', synthetic: false })
    const file = read(targetsPath('demo'))
    expect(file).toMatchObject({ dataset: 'demo', synthetic: true })
    expect(file.targets).toHaveLength(rows.length)
    const sources = SourcesFileSchema.parse(JSON.parse(files.get('sources.json')!)).sources
    expect(sources.find((s) => s.id === DEMO_SOURCE.id)?.grade).toBe('synthetic')
  })
})
