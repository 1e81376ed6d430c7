/**
 * Releases (issue 26): the curated releases derived from the sources' dates, the imports'
 * releases of data/releases.csv with the values they replaced (data/revisions.csv), the
 * expected release dates (data/release-calendar.csv), and every problem of them as
 * file:row:column, with nothing written.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import {
  curatedReleaseDay,
  guangdongDay,
  importReleaseId,
  UNDATED_SOURCES_COLLECTED_ON,
} from '../../../scripts/data-build/releases.ts'
import { revisionSize } from '../../../scripts/data-build/revision-thresholds.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { ObservationsFileSchema } from '../../../src/schemas/observations.ts'
import { ReleaseCalendarFileSchema, ReleasesFileSchema } from '../../../src/schemas/releases.ts'
import { copyFixtures, GENERATED_AT, tempDir, treeFingerprint } from './helpers.ts'

type Row = Record<string, string>
const readRows = (file: string) =>
  parse<Row>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true })

function build(dataDir: string, today = '2027-06-30', outDir = path.join(tempDir(), 'v1')) {
  const result = runDataBuild({ dataDir, outDir, generatedAt: GENERATED_AT, demo: null, today })
  const read = (file: string) =>
    JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as unknown
  return { result, outDir, read, errors: result.ok ? [] : result.errors.map(formatTableError) }
}

/**
 * The fixture tables after two imports: the first (2027-01-20) added two figures of 2017年1-4月;
 * the second (2027-02-20) revised the curated 2017年1-3月 growth (7.1 → 7.2) and the first
 * import's 1-4月 growth (7.0 → 7.3).
 */
function twoImports(): string {
  const dataDir = copyFixtures()
  const file = path.join(dataDir, 'observations.csv')
  const rows: Row[] = readRows(file).map((row) =>
    row.region === 'guangdong' &&
    row.period === '2017-03' &&
    row.indicator === 'iva_above_scale_yoy_pct'
      ? { ...row, value: '7.2', note: '修订', release_id: 'r_2027_02_20' }
      : { ...row, release_id: '' },
  )
  const added = {
    dataset: 'official',
    region: 'guangdong',
    period: '2017-04',
    source_id: 's08cd4d96',
  }
  rows.push(
    {
      ...added,
      indicator: 'iva_above_scale_yoy_pct',
      value: '7.3',
      note: '',
      release_id: 'r_2027_02_20',
    },
    {
      ...added,
      indicator: 'iva_above_scale_100m_yuan',
      value: '9610.52',
      note: '',
      release_id: 'r_2027_01_20',
    },
  )
  writeFileSync(file, stringify(rows, { header: true }))
  writeFileSync(
    path.join(dataDir, 'releases.csv'),
    [
      'id,date,dataset,source_id,table,added,revised,unchanged',
      'r_2027_01_20,2027-01-20,official,s08cd4d96,2017年1-4月工业增加值,2,0,0',
      'r_2027_02_20,2027-02-20,official,s08cd4d96,2017年1-4月工业增加值（修订）,0,2,1',
      '',
    ].join('\n'),
  )
  writeFileSync(
    path.join(dataDir, 'revisions.csv'),
    [
      'dataset,region,period,indicator,old_value,old_source_id,old_release_id,new_value,new_source_id,new_release_id',
      'official,guangdong,2017-03,iva_above_scale_yoy_pct,7.1,s08cd4d96,c_2026_12_07,7.2,s08cd4d96,r_2027_02_20',
      'official,guangdong,2017-04,iva_above_scale_yoy_pct,7.0,s08cd4d96,r_2027_01_20,7.3,s08cd4d96,r_2027_02_20',
      '',
    ].join('\n'),
  )
  return dataDir
}

/** The table's text with one edit; the edit must apply. */
function edit(dataDir: string, file: string, find: string, replace: string) {
  const at = path.join(dataDir, file)
  const text = readFileSync(at, 'utf8')
  expect(text, `the edit must apply to ${file}`).toContain(find)
  writeFileSync(at, text.replace(find, replace))
}

describe('the curated releases', () => {
  it('date a source by its day, by the last day of its month or year, or, undated, by its collection', () => {
    expect(curatedReleaseDay('2024-08-27')).toBe('2024-08-27')
    expect(curatedReleaseDay('2024-02')).toBe('2024-02-29')
    expect(curatedReleaseDay('2023-02')).toBe('2023-02-28')
    expect(curatedReleaseDay('2024')).toBe('2024-12-31')
    expect(curatedReleaseDay('')).toBe(UNDATED_SOURCES_COLLECTED_ON)
  })

  it('are one per source date, each figure published by its source’s, a second source of it counted unchanged', () => {
    const dataDir = copyFixtures()
    edit(dataDir, 'sources.csv', ',2024-01-23,', ',2024,')
    const at = path.join(dataDir, 'observations.csv')
    writeFileSync(
      at,
      readFileSync(at, 'utf8') +
        // A full date (2025-02-28), a year alone (2024), and a figure given again by a copy (C)
        // of a source it is published with (the department's article, A).
        'official,dongguan,2025-02,iva_above_scale_yoy_pct,7.0,t0c534bb0,\n' +
        'official,guangdong,2023-12,iva_above_scale_yoy_pct,4.4,tb55ba676,\n' +
        'official,guangzhou,2019-12,iva_above_scale_yoy_pct,5.1,t916a95c9,\n',
    )
    const { result, read } = build(dataDir)
    expect(result.ok).toBe(true)
    const file = ReleasesFileSchema.parse(read('releases/official.json'))
    expect(file.earlier).toEqual([])
    expect(
      file.releases.map((r) => [r.id, r.date, r.source, r.periods, r.added, r.unchanged]),
    ).toEqual([
      ['c_2020_05_31', '2020-05-31', 'gdii-2020-commendation', ['2019-02', '2019-12'], 5, 0],
      // Only a copy: it published nothing (its figure's is the article's), and gave one again.
      ['c_2021_01_24', '2021-01-24', 't916a95c9', [], 0, 1],
      ['c_2024_12_31', '2024-12-31', 'tb55ba676', ['2023-12'], 1, 0],
      ['c_2025_02_28', '2025-02-28', 't0c534bb0', ['2025-02'], 1, 0],
      ['c_2026_12_07', '2026-12-07', 's08cd4d96', ['2017-03'], 2, 0],
    ])
    expect(file.releases.every((r) => r.revised === 0)).toBe(true)
    const y2019 = ObservationsFileSchema.parse(read('observations/official/2019.json'))
    expect(
      y2019.observations.find(
        (o) =>
          o.region === 'guangzhou' &&
          o.period === '2019-12' &&
          o.indicator === 'iva_above_scale_yoy_pct',
      ),
    ).toMatchObject({ source: 'gdii-2020-commendation', release: 'c_2020_05_31' })
  })

  it('name their document, or how many there are', () => {
    const dataDir = copyFixtures()
    const { read } = build(dataDir)
    const file = ReleasesFileSchema.parse(read('releases/official.json'))
    expect(file.releases.map((r) => r.table)).toEqual([
      '广州市、深圳市获2019年国务院督查激励(促进工业稳增长和转型升级、实施技术改造成效明显)',
      '2017年1-3月工业增加值',
    ])
  })
})

describe('the imports’ releases', () => {
  it('publish each figure with the release of its current value and every earlier value with its own', () => {
    const { result, read } = build(twoImports())
    expect(result.ok).toBe(true)
    const file = ReleasesFileSchema.parse(read('releases/official.json'))
    expect(
      file.releases.map((r) => [r.id, r.date, r.periods, r.added, r.revised, r.unchanged]),
    ).toEqual([
      ['c_2020_05_31', '2020-05-31', ['2019-02', '2019-12'], 5, 0, 0],
      ['c_2026_12_07', '2026-12-07', ['2017-03'], 2, 0, 0],
      ['r_2027_01_20', '2027-01-20', ['2017-04'], 2, 0, 0],
      ['r_2027_02_20', '2027-02-20', ['2017-03', '2017-04'], 0, 2, 1],
    ])
    expect(file.releases.at(-1)).toMatchObject({
      source: 's08cd4d96',
      table: '2017年1-4月工业增加值（修订）',
    })
    expect(file.earlier).toEqual([
      {
        region: 'guangdong',
        period: '2017-03',
        indicator: 'iva_above_scale_yoy_pct',
        value: 7.1,
        decimals: 1,
        source: 's08cd4d96',
        release: 'c_2026_12_07',
      },
      {
        region: 'guangdong',
        period: '2017-04',
        indicator: 'iva_above_scale_yoy_pct',
        value: 7,
        decimals: 1,
        source: 's08cd4d96',
        release: 'r_2027_01_20',
      },
    ])
    const { observations } = ObservationsFileSchema.parse(read('observations/official/2017.json'))
    expect(observations.map((o) => [o.period, o.indicator, o.value, o.release])).toEqual([
      ['2017-03', 'iva_above_scale_yoy_pct', 7.2, 'r_2027_02_20'],
      ['2017-03', 'iva_above_scale_100m_yuan', 7220.42, 'c_2026_12_07'],
      ['2017-04', 'iva_above_scale_yoy_pct', 7.3, 'r_2027_02_20'],
      ['2017-04', 'iva_above_scale_100m_yuan', 9610.52, 'r_2027_01_20'],
    ])
  })
})

/** Each bad input: the edit to the two imports' tables, the clock, and the exact errors. */
const BAD: {
  name: string
  file: string
  find: string
  replace: string
  today?: string
  errors: string[]
}[] = [
  {
    name: 'a revision without the release that published the replaced value',
    file: 'revisions.csv',
    find: ',s08cd4d96,c_2026_12_07,',
    replace: ',s08cd4d96,,',
    errors: [
      'data/revisions.csv:2:7 (old_release_id): is empty: a revision without a release (the one that published the replaced value)',
    ],
  },
  {
    name: 'a revision without the release that replaced the value',
    file: 'revisions.csv',
    find: '7.3,s08cd4d96,r_2027_02_20',
    replace: '7.3,s08cd4d96,',
    errors: [
      'data/revisions.csv:3:10 (new_release_id): is empty: a revision without a release (the one that replaced the value)',
    ],
  },
  {
    name: 'a release dated after today',
    file: 'releases.csv',
    find: 'r_2027_02_20,2027-02-20,',
    replace: 'r_2027_02_20,2027-02-20,',
    today: '2027-02-19',
    errors: ['data/releases.csv:3:2 (date): 2027-02-20 is in the future (today is 2027-02-19)'],
  },
  {
    name: 'a curated source dated after today',
    file: 'sources.csv',
    find: ',2020-05,',
    replace: ',2027-12,',
    errors: [
      'data/sources.csv:2:4 (date): its figures count as published on 2027-12-31, which is in the future (today is 2027-06-30)',
    ],
  },
  {
    name: 'a release id used twice',
    file: 'releases.csv',
    find: 'r_2027_02_20,2027-02-20,',
    replace: 'r_2027_01_20,2027-02-20,',
    errors: [
      'data/observations.csv:8:8 (release_id): unknown release "r_2027_02_20" (not in releases.csv)',
      'data/observations.csv:9:8 (release_id): unknown release "r_2027_02_20" (not in releases.csv)',
      'data/releases.csv:3:1 (id): "r_2027_01_20" is already defined on row 2',
      'data/revisions.csv:2:10 (new_release_id): unknown release "r_2027_02_20" (not in releases.csv): a value is replaced by an import',
      'data/revisions.csv:3:10 (new_release_id): unknown release "r_2027_02_20" (not in releases.csv): a value is replaced by an import',
    ],
  },
  {
    name: 'an import’s id in the form of a curated one',
    file: 'releases.csv',
    find: 'r_2027_01_20,2027-01-20,official,s08cd4d96,2017年1-4月工业增加值,2',
    replace: 'c_2027_01_20,2027-01-20,official,s08cd4d96,2017年1-4月工业增加值,0',
    errors: [
      'data/observations.csv:10:8 (release_id): unknown release "r_2027_01_20" (not in releases.csv)',
      'data/releases.csv:2:1 (id): "c_2027_01_20" is the form of a curated release\'s id (c_YYYY_MM_DD): an import\'s starts with r_',
      'data/revisions.csv:3:7 (old_release_id): unknown release "r_2027_01_20": not in releases.csv, nor the curated release of s08cd4d96',
    ],
  },
  {
    name: 'a figure whose release is unknown',
    file: 'observations.csv',
    find: '9610.52,s08cd4d96,,r_2027_01_20',
    replace: '9610.52,s08cd4d96,,r_2027_01_21',
    errors: [
      'data/observations.csv:10:8 (release_id): unknown release "r_2027_01_21" (not in releases.csv)',
    ],
  },
  {
    name: 'added figures the data do not hold',
    file: 'releases.csv',
    find: '2017年1-4月工业增加值,2,0,0',
    replace: '2017年1-4月工业增加值,3,0,0',
    errors: [
      'data/releases.csv:2:6 (added): 3 does not match the data: observations.csv and revisions.csv hold 2 figures r_2027_01_20 added',
    ],
  },
  {
    name: 'revisions the data do not hold',
    file: 'releases.csv',
    find: '（修订）,0,2,1',
    replace: '（修订）,0,1,1',
    errors: [
      'data/releases.csv:3:7 (revised): 1 does not match the data: revisions.csv holds 2 values r_2027_02_20 replaced',
    ],
  },
  {
    name: 'a replaced value no release published',
    file: 'revisions.csv',
    find: ',s08cd4d96,c_2026_12_07,',
    replace: ',s08cd4d96,c_2026_12_08,',
    errors: [
      'data/revisions.csv:2:7 (old_release_id): unknown release "c_2026_12_08": not in releases.csv, nor the curated release of s08cd4d96',
    ],
  },
  {
    name: 'releases out of the order they were made in',
    file: 'releases.csv',
    find: 'r_2027_02_20,2027-02-20,',
    replace: 'r_2027_02_20,2027-01-19,',
    errors: [
      'data/releases.csv:3:2 (date): 2027-01-19 is before 2027-01-20, the date of the release above it (row 2): releases are recorded in the order they were made',
      'data/revisions.csv:3:10 (new_release_id): r_2027_02_20 (2027-01-19) is dated before the release whose value it replaces (r_2027_01_20, 2027-01-20)',
    ],
  },
  {
    name: 'a last revision that is not the figure’s value',
    file: 'revisions.csv',
    find: '7.0,s08cd4d96,r_2027_01_20,7.3,',
    replace: '7.0,s08cd4d96,r_2027_01_20,7.4,',
    errors: [
      'data/revisions.csv:3:8 (new_value): guangdong 2017-04 iva_above_scale_yoy_pct is 7.3 in observations.csv (row 9), not 7.4',
    ],
  },
]

describe('the releases on bad tables', () => {
  it.each(BAD)('report $name as file:row:column and write nothing', (bad) => {
    const dataDir = twoImports()
    const outDir = path.join(tempDir(), 'v1')
    expect(build(dataDir, '2027-06-30', outDir).result.ok).toBe(true)
    const before = treeFingerprint(outDir)
    edit(dataDir, bad.file, bad.find, bad.replace)
    expect(build(dataDir, bad.today, outDir).errors).toEqual(bad.errors)
    expect(treeFingerprint(outDir)).toEqual(before)
  })

  it('a second revision of a figure replaces what the first published', () => {
    const dataDir = twoImports()
    const at = path.join(dataDir, 'revisions.csv')
    writeFileSync(
      at,
      readFileSync(at, 'utf8') +
        'official,guangdong,2017-04,iva_above_scale_yoy_pct,7.2,s08cd4d96,r_2027_01_20,7.3,s08cd4d96,r_2027_02_20\n',
    )
    expect(build(dataDir).errors).toEqual([
      'data/revisions.csv:4:7 (old_release_id): "r_2027_01_20" did not publish the value this replaces: row 3 records it as published by r_2027_02_20',
    ])
  })
})

describe('the clock', () => {
  it('is Guangdong’s day', () => {
    expect(guangdongDay(new Date('2027-01-19T16:30:00Z'))).toBe('2027-01-20')
    expect(guangdongDay(new Date('2027-01-19T15:59:00Z'))).toBe('2027-01-19')
  })

  it('names an import’s release by its day, and a second one that day after the first', () => {
    expect(importReleaseId('2027-01-20', new Set())).toBe('r_2027_01_20')
    expect(importReleaseId('2027-01-20', new Set(['r_2027_01_20', 'r_2027_01_20_2']))).toBe(
      'r_2027_01_20_3',
    )
  })
})

describe('the release calendar', () => {
  const HEADER = 'dataset,period,date,note'
  const NOTE = '按次月20日推算'
  function calendar(lines: string[], today?: string) {
    const dataDir = copyFixtures()
    writeFileSync(path.join(dataDir, 'release-calendar.csv'), [HEADER, ...lines, ''].join('\n'))
    return build(dataDir, today)
  }

  it('publishes the expected dates of the official tables, without their notes', () => {
    const { result, read } = calendar([
      `official,2026-02,2026-03-20,${NOTE}`,
      `official,2026-03,2026-04-20,${NOTE}`,
    ])
    expect(result.ok).toBe(true)
    expect(ReleaseCalendarFileSchema.parse(read('release-calendar.json'))).toEqual({
      schemaVersion: 1,
      entries: [
        { dataset: 'official', period: '2026-02', date: '2026-03-20' },
        { dataset: 'official', period: '2026-03', date: '2026-04-20' },
      ],
    })
  })

  it.each([
    [
      'a demo row',
      [`demo,2026-02,2026-03-20,${NOTE}`],
      'data/release-calendar.csv:2:1 (dataset): must be "official": the demo dataset\'s calendar is generated (scripts/data-build/demo.ts)',
    ],
    [
      'January alone',
      [`official,2026-01,2026-02-20,${NOTE}`],
      'data/release-calendar.csv:2:2 (period): "2026-01" is a January period: January is not published alone, the first period of a year is YYYY-02 (1-2月)',
    ],
    [
      'a day that is not a date',
      [`official,2026-02,2026-02-30,${NOTE}`],
      'data/release-calendar.csv:2:3 (date): "2026-02-30" is not a date YYYY-MM-DD',
    ],
    [
      'a table due before its month has ended',
      [`official,2026-03,2026-03-20,${NOTE}`],
      'data/release-calendar.csv:2:3 (date): 2026-03-20 is before the end of 2026-03: its table comes after the month',
    ],
    [
      'a period twice',
      [`official,2026-02,2026-03-20,${NOTE}`, `official,2026-02,2026-03-21,${NOTE}`],
      'data/release-calendar.csv:3:2 (period): 2026-02 is already on row 2',
    ],
    [
      'periods out of order',
      [`official,2026-04,2026-05-20,${NOTE}`, `official,2026-03,2026-04-20,${NOTE}`],
      'data/release-calendar.csv:3:2 (period): 2026-03 comes after 2026-04 (row 2), not before',
    ],
    [
      'a later period due no later',
      [`official,2026-03,2026-05-02,${NOTE}`, `official,2026-04,2026-05-01,${NOTE}`],
      'data/release-calendar.csv:3:3 (date): 2026-05-01 is not after 2026-05-02, the date of 2026-03 (row 2)',
    ],
    [
      'a date without its note',
      ['official,2026-02,2026-03-20,'],
      'data/release-calendar.csv:2:4 (note): is empty: say where the date comes from (a schedule, or the rule used)',
    ],
  ])('refuses %s with file:row:column', (_name, lines, error) => {
    expect(calendar(lines).errors).toEqual([error])
  })
})

describe('the revision thresholds', () => {
  const HEADER = 'kind,threshold,measure,note'
  const ROWS = [
    'growth,2,points,',
    'level,3,percent,',
    'share,2,points,',
    'contribution,10,points,',
    'count,5,percent,',
    'rank,3,points,',
  ]
  function thresholds(lines: string[]) {
    const dataDir = copyFixtures()
    writeFileSync(path.join(dataDir, 'revision-thresholds.csv'), [HEADER, ...lines, ''].join('\n'))
    return build(dataDir)
  }

  it('are the bundled table’s, one for each kind of indicator', () => {
    expect(thresholds(ROWS).result.ok).toBe(true)
    expect(
      readRows('data/revision-thresholds.csv')
        .map((row) => row.kind)
        .sort(),
    ).toEqual(['contribution', 'count', 'growth', 'level', 'rank', 'share'])
  })

  it.each([
    [
      'an unknown kind',
      ['rate,2,points,', ...ROWS.slice(1)],
      [
        'data/revision-thresholds.csv:2:1 (kind): "rate" is not a kind of indicator: level, growth, share, contribution, count, rank',
      ],
    ],
    [
      'a threshold of 0',
      ['growth,0,points,', ...ROWS.slice(1)],
      ['data/revision-thresholds.csv:2:2 (threshold): "0" is not a number above 0'],
    ],
    [
      'an unknown measure',
      ['growth,2,pp,', ...ROWS.slice(1)],
      [
        'data/revision-thresholds.csv:2:3 (measure): "pp" is not a measure: points (the difference in the figure\'s unit) or percent (of the value replaced)',
      ],
    ],
    [
      'a kind twice',
      [...ROWS, 'growth,3,points,'],
      [
        'data/revision-thresholds.csv:8:1 (kind): "growth" has a row already (data/revision-thresholds.csv:2)',
      ],
    ],
    [
      'a kind without its threshold',
      ROWS.slice(0, 4),
      [
        'data/revision-thresholds.csv:1:1 (kind): no row for count, rank: every kind of indicator needs its threshold',
      ],
    ],
  ])('refuse %s with file:row:column', (_name, lines, errors) => {
    expect(thresholds(lines).errors).toEqual(errors)
  })
})

describe('the size of a revision', () => {
  const growth = { kind: 'growth', threshold: 2, measure: 'points', where: 'x' } as const
  const level = { kind: 'level', threshold: 3, measure: 'percent', where: 'x' } as const

  it('is beyond its threshold only when more than it, at the published precision', () => {
    // 3.1 − 1.1 is 2.0000000000000004 in floating point: 2 百分点, not more than 2.
    expect(revisionSize(growth, 1.1, 3.1)).toEqual({ amount: 2, large: false })
    expect(revisionSize(growth, 5.5, 7.6)).toEqual({ amount: 2.1, large: true })
    expect(revisionSize(growth, -0.4, -2.5)).toEqual({ amount: 2.1, large: true })
  })

  it('is a share of the value replaced for an amount, and beyond any from 0', () => {
    expect(revisionSize(level, 1000, 1030)).toEqual({ amount: 3, large: false })
    expect(revisionSize(level, 1000, 969)).toEqual({ amount: 3.1, large: true })
    expect(revisionSize(level, 0, 1).large).toBe(true)
  })
})
