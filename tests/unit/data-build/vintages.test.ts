/**
 * Vintages (issue 26, asof): the generator's steps, replayed in the browser (vintageEntry, the
 * Asof's findings), give the same catalog and the same 需关注 findings as the data of that day
 * computed afresh — on crafted histories and on every release day of the bundled data.
 */
import { describe, expect, it } from 'vitest'
import { readAttentionRules } from '../../../scripts/data-build/attention-rules.ts'
import { evaluateAttention } from '../../../scripts/data-build/attention.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { readTables } from '../../../scripts/data-build/tables.ts'
import { vintageSteps } from '../../../scripts/data-build/vintages.ts'
import { defaultPeriods, latestKeyPeriods } from '../../../src/domain/default-period.ts'
import { asofOf, indexReleases, vintageEntry } from '../../../src/domain/vintage.ts'
import type { PeriodAttention } from '../../../src/schemas/attention.ts'
import type { DatasetId } from '../../../src/schemas/common.ts'
import { attentionPath, releasesPath, targetsPath } from '../../../src/schemas/constants.ts'
import { ManifestSchema } from '../../../src/schemas/manifest.ts'
import { ObservationsFileSchema, type Observation } from '../../../src/schemas/observations.ts'
import { AttentionFileSchema } from '../../../src/schemas/attention.ts'
import { ReleasesFileSchema } from '../../../src/schemas/releases.ts'
import { release } from '../../support/releases.ts'
import { TargetsFileSchema } from '../../../src/schemas/targets.ts'
import { VintagesFileSchema, vintagesPath } from '../../../src/schemas/vintages.ts'
import { tempDir } from './helpers.ts'

const headline = 'iva_above_scale_yoy_pct'
const o = (region: string, period: string, value: number, id: string): Observation => ({
  region,
  period,
  indicator: headline,
  value,
  decimals: 1,
  source: `s_${id}`,
  release: id,
})

describe('vintage steps on a crafted history', () => {
  // 09-18: 广州 2024-08 as 5.1; 10-20 (two releases): 深圳 2024-08, 广州 2024-09, and 广州
  // 2024-08 revised to 5.3; 11-19: 广州 2024-08 revised again to 5.4.
  const releases = [
    release('r1', '2024-09-18'),
    release('r2', '2024-10-20'),
    release('r3', '2024-10-20'),
    release('r4', '2024-11-19'),
  ]
  const observations = [
    o('guangzhou', '2024-08', 5.4, 'r4'),
    o('shenzhen', '2024-08', 3, 'r2'),
    o('guangzhou', '2024-09', 5.0, 'r3'),
  ]
  const earlier = [
    { ...o('guangzhou', '2024-08', 5.3, 'r3') },
    { ...o('guangzhou', '2024-08', 5.1, 'r1') },
  ]
  const evaluated: { values: number[]; periods: string[] }[] = []
  // A stand-in for the rules: one finding per period, saying the values it read.
  const attention = (read: Observation[], periods: string[]): PeriodAttention[] => {
    evaluated.push({ values: read.map((r) => r.value), periods })
    return periods.map((period) => ({
      period,
      coverage: {
        cities: { evaluated: read.filter((r) => r.period === period).length, notEvaluated: 0 },
        province: false,
        figures: { evaluated: 0, notEvaluated: 0 },
      },
      evaluated: [],
      alerts: [],
    }))
  }
  const current = new Map(
    ['2024-08', '2024-09'].map((p) => [p, attention(observations, [p])[0]!] as const),
  )
  evaluated.length = 0
  const steps = vintageSteps({ observations, releases, earlier, attention, current })

  it('one step per release day, with the figures it published first', () => {
    expect(steps.map((s) => s.date)).toEqual(['2024-09-18', '2024-10-20', '2024-11-19'])
    expect(steps.map((s) => s.added)).toEqual([
      [{ period: '2024-08', regions: { guangzhou: 1 } }],
      [
        { period: '2024-08', regions: { shenzhen: 1 } },
        { period: '2024-09', regions: { guangzhou: 1 } },
      ],
      // A revision publishes nothing first.
      [],
    ])
    expect(steps[1]!.latest).toEqual({
      shenzhen: { [headline]: '2024-08' },
      guangzhou: { [headline]: '2024-09' },
    })
  })

  it('findings only where they read differently then, on the values of then', () => {
    // 09-18: 2024-08 read 5.1 alone (深圳 not yet published): differs. 10-20: 2024-08 read 5.3
    // and 3, two figures as now (the stand-in counts figures): the same; 2024-09 too. The last
    // day is the current view: nothing to say.
    expect(steps.map((s) => s.attention.map((a) => a.period))).toEqual([['2024-08'], [], []])
    expect(evaluated[0]).toEqual({ values: [5.1], periods: ['2024-08'] })
    expect(evaluated[1]).toEqual({ values: [5.3, 3, 5.0], periods: ['2024-08', '2024-09'] })
  })

  it('replayed, the steps give each day’s periods, coverage and default periods', () => {
    const entry = {
      id: 'official' as const,
      kind: 'official' as const,
      synthetic: false,
      label: { zh: '', en: '' },
      dataAsOf: '2024-09',
      observations: 3,
      periods: [],
      defaultPeriods: {},
      latest: {},
      years: [{ year: 2024, path: 'observations/official/2024.json' }],
    }
    const cities = new Set(['guangzhou', 'shenzhen'])
    const first = vintageEntry(entry, steps, '2024-10-19', cities)
    expect(first.dataAsOf).toBe('2024-08')
    expect(first.periods).toEqual([
      { period: '2024-08', observations: 1, cities: 1, regions: { guangzhou: 1 } },
    ])
    expect(first.defaultPeriods).toEqual({ guangzhou: '2024-08' })
    const before = vintageEntry(entry, steps, '2024-01-01', cities)
    expect(before).toMatchObject({ dataAsOf: null, observations: 0, periods: [], years: [] })
    const later = vintageEntry(entry, steps, '2025-01-01', cities)
    expect(later.defaultPeriods).toEqual({ guangzhou: '2024-09', shenzhen: '2024-08' })
    expect(later.observations).toBe(3)
  })

  it('a day before the first release or still to come is refused', () => {
    const index = indexReleases({ schemaVersion: 1, dataset: 'official', releases, earlier })
    const at = (day: string) => asofOf('official', day, '2024-12-01', index, steps)
    expect(at('2024-09-17')).toMatchObject({ status: 'refused', reason: 'asof-before' })
    expect(at('2024-12-02')).toMatchObject({ status: 'refused', reason: 'asof-future' })
    expect(at('2024-10-20')).toMatchObject({ status: 'applied', through: 2 })
  })
})

describe('vintages of the bundled data, replayed, equal the data of each day', () => {
  const outDir = tempDir()
  const result = runDataBuild({
    dataDir: 'data',
    outDir,
    generatedAt: '2026-01-01T00:00:00.000Z',
    demo: {},
  })
  if (!result.ok) throw new Error('the bundled data do not build')
  const read = <T>(path: string, schema: { parse: (v: unknown) => T }) =>
    schema.parse(JSON.parse(result.files.get(path)!))
  const manifest = read('index.json', ManifestSchema)
  const { tables } = readTables('data')
  const { rules } = readAttentionRules('data', tables.indicators)

  for (const dataset of ['official', 'demo'] as const satisfies DatasetId[]) {
    const entry = manifest.datasets.find((d) => d.id === dataset)!
    const files = entry.years.map((y) => read(y.path, ObservationsFileSchema))
    const releases = indexReleases(read(releasesPath(dataset), ReleasesFileSchema))
    const { steps } = read(vintagesPath(dataset), VintagesFileSchema)
    const targets = read(targetsPath(dataset), TargetsFileSchema).targets
    const cities = new Set(tables.regions.filter((r) => r.type === 'city').map((r) => r.code))
    const current = new Map<string, PeriodAttention>()
    for (const year of entry.years)
      for (const p of read(attentionPath(dataset, year.year), AttentionFileSchema).periods)
        current.set(p.period, p)

    // Every day of the official data; every eighth of the demo's (50 000 figures a day).
    const sample = dataset === 'official' ? steps : steps.filter((_, i) => i % 8 === 0)
    it(`${dataset}: the catalog of ${sample.length} release days`, () => {
      expect(steps.length).toBeGreaterThan(1)
      for (const { date } of sample) {
        const asof = asofOf(dataset, date, '2099-12-31', releases, steps)
        if (asof.status !== 'applied') throw new Error(`${date} refused`)
        const then = files.flatMap((f) => asof.file(f).observations)
        const replayed = vintageEntry(entry, steps, date, cities)
        expect(replayed.observations, date).toBe(then.length)
        expect(replayed.defaultPeriods, date).toEqual(defaultPeriods(then))
        expect(replayed.latest, date).toEqual(latestKeyPeriods(then))
        expect(replayed.dataAsOf, date).toBe(
          then
            .map((x) => x.period)
            .sort()
            .at(-1) ?? null,
        )
        const counts = new Map<string, number>()
        for (const x of then) counts.set(x.period, (counts.get(x.period) ?? 0) + 1)
        expect(
          replayed.periods.map((p) => [p.period, p.observations]),
          date,
        ).toEqual([...counts].sort(([a], [b]) => a.localeCompare(b)))
      }
    }, 60_000)

    // Every day of the official data; three of the demo's (each evaluation reads every figure).
    const days = dataset === 'official' ? steps : [steps[3]!, steps[40]!, steps.at(-2)!]
    it(`${dataset}: the findings of ${days.length} release days, as the rules read that day`, () => {
      for (const { date } of days) {
        const asof = asofOf(dataset, date, '2099-12-31', releases, steps)
        if (asof.status !== 'applied') throw new Error(`${date} refused`)
        const then = files.flatMap((f) => asof.file(f).observations)
        const periods = [...new Set(then.map((x) => x.period))]
        const fresh = evaluateAttention({
          rules,
          regions: tables.regions,
          indicators: tables.indicators,
          observations: then,
          targets,
          periods,
        })
        for (const findings of fresh)
          expect(asof.attention(findings.period, current.get(findings.period)), date).toEqual(
            findings,
          )
      }
    }, 60_000)
  }
})
