/**
 * Figures as they stood on a day: every release of a dataset is kept (releases/{dataset}.json),
 * each figure names the release of its current value and keeps its earlier values with theirs,
 * so any past view is rebuilt from one small file, not from every vintage of every file.
 */
import type { Observation, ObservationsFile } from '../schemas/observations.ts'
import type { EarlierValue, Release, ReleasesFile } from '../schemas/releases.ts'

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
 * A figure's values as published, oldest first; the last is the current one. A value whose
 * release is unknown is left out (the generator refuses such files; a cached old one may not).
 */
export function historyOf(o: Observation, releases: Releases): PublishedValue[] {
  return [...(releases.earlier.get(figureKey(o)) ?? []), o].flatMap((v) => {
    const at = releases.order.get(v.release)
    const release = at === undefined ? undefined : releases.list[at]
    return release ? [{ value: v.value, decimals: v.decimals, source: v.source, release }] : []
  })
}

/** Whether the figure's value was revised after it was first published. */
export function isRevised(o: Observation, releases: Releases): boolean {
  return releases.earlier.has(figureKey(o))
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
  const then = historyOf(o, releases)
    .filter((v) => releases.order.get(v.release.id)! <= through)
    .at(-1)
  if (!then) return undefined
  if (then.release.id === o.release) return o
  return {
    ...o,
    value: then.value,
    decimals: then.decimals,
    source: then.source,
    release: then.release.id,
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
