import { describe, expect, it } from 'vitest'
import {
  changesOf,
  historyOf,
  indexReleases,
  isRevised,
  releasedBy,
  vintageFile,
} from '../../../src/domain/vintage.ts'
import type { ObservationsFile } from '../../../src/schemas/observations.ts'
import type { ReleasesFile } from '../../../src/schemas/releases.ts'
import { release } from '../../support/releases.ts'

const figure = { region: 'guangzhou', period: '2024-08', indicator: 'iva_above_scale_yoy_pct' }

// A figure published on 09-18 as 5.1, revised on 10-20 to 5.3 and on 11-19 to 5.4; a second
// figure first published on 10-20.
const history: ReleasesFile = {
  schemaVersion: 1,
  dataset: 'official',
  releases: [
    release('r1', '2024-09-18'),
    release('r2', '2024-10-20'),
    release('r3', '2024-10-20'),
    release('r4', '2024-11-19'),
  ],
  earlier: [
    { ...figure, value: 5.3, decimals: 1, source: 's2', release: 'r2' },
    { ...figure, value: 5.1, decimals: 1, source: 's1', release: 'r1' },
  ],
}
const file: ObservationsFile = {
  schemaVersion: 1,
  dataset: 'official',
  year: 2024,
  synthetic: false,
  observations: [
    { ...figure, value: 5.4, decimals: 1, source: 's4', release: 'r4' },
    { ...figure, region: 'shenzhen', value: 3, decimals: 0, source: 's3', release: 'r3' },
  ],
}
const releases = indexReleases(history)
const asOf = (day: string) => vintageFile(file, releases, releasedBy(releases, day)).observations

describe('figures as they stood on a day', () => {
  it('a figure revised twice has each value of its time', () => {
    expect(historyOf(file.observations[0]!, releases).map((v) => v.value)).toEqual([5.1, 5.3, 5.4])
    expect(isRevised(file.observations[0]!, releases)).toBe(true)
    expect(isRevised(file.observations[1]!, releases)).toBe(false)
    expect(asOf('2024-09-18').map((o) => [o.region, o.value, o.source])).toEqual([
      ['guangzhou', 5.1, 's1'],
    ])
    expect(asOf('2024-10-31').map((o) => o.value)).toEqual([5.3, 3])
    expect(asOf('2024-11-19').map((o) => o.value)).toEqual([5.4, 3])
    expect(asOf('2030-01-01')).toEqual(file.observations)
  })

  it('a figure first published after the day is absent', () => {
    expect(asOf('2024-10-19').map((o) => o.region)).toEqual(['guangzhou'])
  })

  it('a day before any release has no figures', () => {
    expect(releasedBy(releases, '2024-09-17')).toBe(-1)
    expect(asOf('2024-09-17')).toEqual([])
  })

  it('a release’s changes: what it published first and what it revised, from which value', () => {
    const r3 = changesOf([file], releases, 'r3')!
    expect(r3.added.map((o) => o.region)).toEqual(['shenzhen'])
    expect(r3.revised).toEqual([])
    const r2 = changesOf([file], releases, 'r2')!
    expect(r2.added).toEqual([])
    expect(r2.revised.map((r) => [r.from.value, r.to.value, r.figure.value])).toEqual([
      [5.1, 5.3, 5.3],
    ])
    expect(changesOf([file], releases, 'r1')!.added.map((o) => o.value)).toEqual([5.1])
    expect(changesOf([file], releases, 'nope')).toBeUndefined()
  })
})

describe('a figure as it stood: revised only by what was out then', () => {
  it('is not 修订 before its first revision, and then has only the values of then', () => {
    const [then] = asOf('2024-09-30')
    expect(then).toMatchObject({ value: 5.1, release: 'r1' })
    expect(then!.revised).toBeUndefined()
    expect(isRevised(then!, releases)).toBe(false)
    const [october] = vintageFile(
      { ...file, observations: [{ ...file.observations[0]!, revised: true }] },
      releases,
      releasedBy(releases, '2024-10-31'),
    ).observations
    expect(october).toMatchObject({ value: 5.3, revised: true })
    expect(historyOf(october!, releases).map((v) => v.value)).toEqual([5.1, 5.3])
  })
})
