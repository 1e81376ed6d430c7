/**
 * Figures as they stood on a day: every release of a dataset is kept (releases/{dataset}.json),
 * each figure names the release of its current value and keeps its earlier values with theirs,
 * so any past view is rebuilt from one small file, not from every vintage of every file.
 */
import type { Observation, ObservationsFile } from '../schemas/observations.ts'
import type { EarlierValue, Release, ReleasesFile } from '../schemas/releases.ts'
import type { DatasetEntry } from '../schemas/manifest.ts'
import type { DatasetId } from '../schemas/common.ts'
import type { PeriodAttention } from '../schemas/attention.ts'
import type { VintageStep } from '../schemas/vintages.ts'
import { defaultPeriodsOf } from './default-period.ts'
import { compareIso, periodYear, type Period } from './period.ts'

/** Why an `asof` day is not applied: before the first release, still to come, files not loaded. */
export type AsofRefusal = 'asof-before' | 'asof-future' | 'asof-unavailable'

/** A view as published by the end of a day: the catalog's `asof`. */
export type Asof =
  | {
      status: 'applied'
      dataset: DatasetId
      day: string
      /** The place in the releases' list of the day's last release. */
      through: number
      releases: Releases
      steps: readonly VintageStep[]
      /** A year's file as it stood that day (vintageFile). */
      file: (file: ObservationsFile) => ObservationsFile
      /** A period's 需关注 findings as they stood that day, from its current ones. */
      attention: (
        period: Period,
        current: PeriodAttention | undefined,
      ) => PeriodAttention | undefined
    }
  | { status: 'refused'; dataset: DatasetId; day: string; reason: AsofRefusal }

/**
 * The view of `day`: refused before the dataset's first release or after `today` (a view of a
 * day to come would only be today's under another date).
 */
export function asofOf(
  dataset: DatasetId,
  day: string,
  today: string,
  releases: Releases,
  steps: readonly VintageStep[],
): Asof {
  const through = releasedBy(releases, day)
  if (day > today) return { status: 'refused', dataset, day, reason: 'asof-future' }
  if (through < 0) return { status: 'refused', dataset, day, reason: 'asof-before' }
  const file = (f: ObservationsFile) => vintageFile(f, releases, through)
  const published = new Set(
    steps.filter((s) => s.date <= day).flatMap((s) => s.added.map((a) => a.period)),
  )
  // A period without figures that day had no findings; one whose findings read differently
  // then has them in the day's step; the others read as now.
  const attention = (period: Period, current: PeriodAttention | undefined) =>
    published.has(period) ? (attentionThen(steps, day, period) ?? current) : undefined
  return { status: 'applied', dataset, day, through, releases, steps, file, attention }
}

/** One published value of a figure, with the release that published it. */
export interface PublishedValue {
  value: number
  decimals: number
  source: string
  release: Release
}

export interface Releases {
  /** Oldest first: the order in which they were published (a day may hold several). */
  list: Release[]
  /** A figure's earlier values by region|period|indicator, oldest first. */
  earlier: Map<string, EarlierValue[]>
  /** Each release's place in `list`. */
  order: Map<string, number>
}

export const figureKey = (o: { region: string; period: string; indicator: string }) =>
  `${o.region}|${o.period}|${o.indicator}`

const indexes = new WeakMap<ReleasesFile, Releases>()

/** A releases file indexed once, however many tiles and panels ask for it. */
export function indexReleases(file: ReleasesFile): Releases {
  let index = indexes.get(file)
  if (!index) {
    index = buildIndex(file)
    indexes.set(file, index)
  }
  return index
}

function buildIndex(file: ReleasesFile): Releases {
  const order = new Map(file.releases.map((r, i) => [r.id, i]))
  const earlier = new Map<string, EarlierValue[]>()
  for (const value of file.earlier) {
    const key = figureKey(value)
    earlier.set(key, [...(earlier.get(key) ?? []), value])
  }
  for (const values of earlier.values())
    values.sort((a, b) => (order.get(a.release) ?? -1) - (order.get(b.release) ?? -1))
  return { list: file.releases, earlier, order }
}

/**
 * A figure's values as published, oldest first, up to its own (the last): a figure as it stood
 * on a past day (figureThrough) has the values before that day's only. A value whose release is
 * unknown is left out (the generator refuses such files; a cached old one may not).
 */
export function historyOf(o: Observation, releases: Releases): PublishedValue[] {
  const until = releases.order.get(o.release) ?? Infinity
  const before = (releases.earlier.get(figureKey(o)) ?? []).filter(
    (v) => (releases.order.get(v.release) ?? -1) < until,
  )
  return [...before, o].flatMap((v) => {
    const at = releases.order.get(v.release)
    const release = at === undefined ? undefined : releases.list[at]
    return release ? [{ value: v.value, decimals: v.decimals, source: v.source, release }] : []
  })
}

/** Whether the figure's value (as it stood then, for a past day's) revised an earlier one. */
export function isRevised(o: Observation, releases: Releases): boolean {
  return historyOf(o, releases).length > 1
}

/**
 * The figure as it stood once the releases up to `through` (a place in the list) were out:
 * its value of then, or undefined when it was not yet published.
 */
export function figureThrough(
  o: Observation,
  releases: Releases,
  through: number,
): Observation | undefined {
  const history = historyOf(o, releases).filter((v) => releases.order.get(v.release.id)! <= through)
  const then = history.at(-1)
  if (!then) return undefined
  if (then.release.id === o.release) return o
  // Revised then only if an earlier value had been published by then.
  const figure: Observation = { ...o }
  delete figure.revised
  return {
    ...figure,
    value: then.value,
    decimals: then.decimals,
    source: then.source,
    release: then.release.id,
    ...(history.length > 1 ? { revised: true as const } : {}),
  }
}

/** The place of the last release published on or before `day` (YYYY-MM-DD); -1 before any. */
export function releasedBy(releases: Releases, day: string): number {
  return releases.list.findLastIndex((r) => r.date <= day)
}

const vintages = new WeakMap<ObservationsFile, Map<number, ObservationsFile>>()

/** A year's file as it stood after the release at `through`; built once per file and place. */
export function vintageFile(
  file: ObservationsFile,
  releases: Releases,
  through: number,
): ObservationsFile {
  let built = vintages.get(file)
  if (!built) {
    built = new Map<number, ObservationsFile>()
    vintages.set(file, built)
  }
  let vintage = built.get(through)
  if (!vintage) {
    const observations = file.observations.flatMap((o) => {
      const then = figureThrough(o, releases, through)
      return then ? [then] : []
    })
    vintage = { ...file, observations }
    built.set(through, vintage)
  }
  return vintage
}

/** What one release brought: the figures it published first, and those it revised. */
export interface ReleaseChanges {
  release: Release
  added: Observation[]
  revised: { figure: Observation; from: PublishedValue; to: PublishedValue }[]
}

/** The figures (of the loaded files) a release added or revised, as it published them. */
export function changesOf(
  files: readonly ObservationsFile[],
  releases: Releases,
  id: string,
): ReleaseChanges | undefined {
  const at = releases.order.get(id)
  const release = at === undefined ? undefined : releases.list[at]
  if (!release) return undefined
  const changes: ReleaseChanges = { release, added: [], revised: [] }
  for (const file of files)
    for (const o of file.observations) {
      const history = historyOf(o, releases)
      const i = history.findIndex((v) => v.release.id === id)
      if (i < 0) continue
      const figure = figureThrough(o, releases, at!)!
      if (i === 0) changes.added.push(figure)
      else changes.revised.push({ figure, from: history[i - 1]!, to: history[i]! })
    }
  return changes
}

/**
 * A dataset's catalog entry as it stood at the end of `day`: its periods, coverage, latest and
 * default periods replayed from the vintage steps up to that day (the figures themselves come
 * from vintageFile). `cities` are the codes of the cities, for the coverage's city counts.
 */
export function vintageEntry(
  entry: DatasetEntry,
  steps: readonly VintageStep[],
  day: string,
  cities: ReadonlySet<string>,
): DatasetEntry {
  const counts = new Map<Period, Map<string, number>>()
  const latest: Record<string, Record<string, Period>> = {}
  for (const step of steps) {
    if (step.date > day) break
    for (const { period, regions } of step.added) {
      const byRegion = counts.get(period) ?? new Map<string, number>()
      for (const [region, n] of Object.entries(regions))
        byRegion.set(region, (byRegion.get(region) ?? 0) + n)
      counts.set(period, byRegion)
    }
    for (const [region, periods] of Object.entries(step.latest)) {
      const mine = (latest[region] ??= {})
      for (const [indicator, period] of Object.entries(periods)) {
        const had = mine[indicator]
        if (had === undefined || period > had) mine[indicator] = period
      }
    }
  }
  const periods = [...counts]
    .sort(([a], [b]) => compareIso(a, b))
    .map(([period, byRegion]) => ({
      period,
      observations: [...byRegion.values()].reduce((a, b) => a + b, 0),
      cities: [...byRegion.keys()].filter((code) => cities.has(code)).length,
      regions: Object.fromEntries(byRegion),
    }))
  const years = new Set(periods.map((p) => periodYear(p.period)))
  return {
    ...entry,
    dataAsOf: periods.at(-1)?.period ?? null,
    observations: periods.reduce((sum, p) => sum + p.observations, 0),
    periods,
    defaultPeriods: defaultPeriodsOf(latest),
    latest,
    years: entry.years.filter((y) => years.has(y.year)),
  }
}

/** The 需关注 findings of a period as they stood at the end of `day`, when they differed. */
export function attentionThen(
  steps: readonly VintageStep[],
  day: string,
  period: Period,
): PeriodAttention | undefined {
  return steps.findLast((s) => s.date <= day)?.attention.find((a) => a.period === period)
}
