import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { ManifestSchema } from '../../../src/schemas/manifest.ts'
import { TargetsFileSchema, targetsPath } from '../../../src/schemas/targets.ts'
import { copyFixtures, GENERATED_AT, GOOD_FIXTURES, tempDir, treeFingerprint } from './helpers.ts'

const EXPECTED = 'tests/fixtures/api-expected'

function build(dataDir: string, outDir: string) {
  return runDataBuild({ dataDir, outDir, generatedAt: GENERATED_AT, demo: null })
}

describe('the generator on good tables', () => {
  it('writes exactly the expected JSON files', () => {
    const outDir = path.join(tempDir(), 'v1')
    expect(build(GOOD_FIXTURES, outDir).ok).toBe(true)
    const written = treeFingerprint(outDir)
    expect(Object.keys(written).sort()).toEqual(Object.keys(treeFingerprint(EXPECTED)).sort())
    for (const file of Object.keys(written)) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).toBe(
        readFileSync(path.join(EXPECTED, file), 'utf8'),
      )
    }
  })

  it('lists every other file in the manifest with its true size and sha256', () => {
    const outDir = path.join(tempDir(), 'v1')
    build(GOOD_FIXTURES, outDir)
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8')),
    )
    const files = Object.keys(treeFingerprint(outDir)).filter((f) => f !== 'index.json')
    expect(manifest.files.map((f) => f.path).sort()).toEqual(files.sort())
    for (const entry of manifest.files) {
      const bytes = readFileSync(path.join(outDir, entry.path))
      expect(bytes.length, entry.path).toBe(entry.bytes)
      expect(createHash('sha256').update(bytes).digest('hex'), entry.path).toBe(entry.sha256)
    }
  })

  it('keeps the decimals each figure was printed with', () => {
    const outDir = path.join(tempDir(), 'v1')
    build(GOOD_FIXTURES, outDir)
    const file = JSON.parse(
      readFileSync(path.join(outDir, 'observations/official/2019.json'), 'utf8'),
    ) as {
      observations: { indicator: string; value: number; decimals: number }[]
    }
    const investment = file.observations.find(
      (o) => o.indicator === 'industrial_investment_100m_yuan',
    )
    expect(investment).toMatchObject({ value: 1038, decimals: 0 })
  })
})

describe('the targets', () => {
  it('publishes every row of targets.csv in targets/official.json, by region, year and indicator, with what a reader needs', () => {
    const outDir = path.join(tempDir(), 'v1')
    build(GOOD_FIXTURES, outDir)
    const file = TargetsFileSchema.parse(
      JSON.parse(readFileSync(path.join(outDir, targetsPath('official')), 'utf8')),
    )
    expect(file).toMatchObject({ dataset: 'official', synthetic: false })
    expect(file.targets.map((t) => `${t.region} ${t.year} ${t.indicator} ${t.source}`)).toEqual([
      'guangdong 2021 iva_above_scale_yoy_pct t916a95c9',
      'guangdong 2022 tech_transformation_firms_count ta2389fd3',
      // Two documents state one target: both kept, the better-graded first (the department's
      // 5% reported by a newspaper, B, before the 政府工作报告's full text seen on a copy, C).
      'guangdong 2024 iva_above_scale_yoy_pct t8950180a',
      'guangdong 2024 iva_above_scale_yoy_pct tb55ba676',
      'guangdong 2024 tech_transformation_investment_yoy_pct t8950180a',
      'dongguan 2025 industrial_investment_100m_yuan t0c534bb0',
    ])
    expect(file.targets[0]).toMatchObject({
      kind: 'growth',
      value: 5,
      decimals: 0,
      qualifier: '左右',
      unit: '%',
      threshold: null,
    })
    // 两位数增长 is read as at least 10 (%).
    expect(file.targets[4]).toMatchObject({
      kind: 'qualitative',
      value: null,
      decimals: null,
      unit: '%',
      text: '工业投资和技改投资继续保持两位数增长',
      threshold: { comparison: 'at-least', value: 10, decimals: 0 },
    })
  })
})

/** Each bad input: the edit to make, and the exact error line the generator must print. */
const BAD_INPUTS: { name: string; file: string; find: string; replace: string; error: string }[] = [
  {
    name: 'an unknown region',
    file: 'observations.csv',
    find: 'official,shenzhen,',
    replace: 'official,shenzen,',
    error: 'data/observations.csv:6:2 (region): unknown region "shenzen" (not in regions.csv)',
  },
  {
    name: 'an unknown indicator',
    file: 'observations.csv',
    find: '2019-12,industrial_investment_100m_yuan',
    replace: '2019-12,industrial_investmnt_100m_yuan',
    error:
      'data/observations.csv:4:4 (indicator): unknown indicator "industrial_investmnt_100m_yuan" (not in indicators.csv)',
  },
  {
    name: 'a non-numeric value',
    file: 'observations.csv',
    find: ',1038,',
    replace: ',"1,0x",',
    error: 'data/observations.csv:4:5 (value): "1,0x" is not a number (digits, optional - and .)',
  },
  {
    name: 'a period that is not YYYY-MM',
    file: 'observations.csv',
    find: 'official,guangdong,2017-03,iva_above_scale_100m_yuan',
    replace: 'official,guangdong,2017-3,iva_above_scale_100m_yuan',
    error: 'data/observations.csv:7:3 (period): "2017-3" is not a period YYYY-MM (02 to 12)',
  },
  {
    name: 'a January period',
    file: 'observations.csv',
    find: 'guangzhou,2019-02,',
    replace: 'guangzhou,2019-01,',
    error:
      'data/observations.csv:2:3 (period): "2019-01" is a January period: January is not published alone, the first period of a year is YYYY-02 (1-2月)',
  },
  {
    name: 'a duplicate key with a different value',
    file: 'observations.csv',
    find: 'official,guangdong,2017-03,iva_above_scale_yoy_pct,7.1,s08cd4d96,\n',
    replace:
      'official,guangdong,2017-03,iva_above_scale_yoy_pct,7.1,s08cd4d96,\nofficial,guangdong,2017-03,iva_above_scale_yoy_pct,7.2,s08cd4d96,\n',
    error:
      'data/observations.csv:9:5 (value): guangdong 2017-03 iva_above_scale_yoy_pct is already 7.1 on row 8; a second, different value (7.2) is not allowed',
  },
  {
    name: 'a share outside 0–100',
    file: 'observations.csv',
    find: ',47.8,',
    replace: ',147.8,',
    error: 'data/observations.csv:6:5 (value): a share must be between 0 and 100, not 147.8',
  },
  {
    name: 'a source id that does not exist',
    file: 'observations.csv',
    find: '7220.42,s08cd4d96',
    replace: '7220.42,s08cd4d97',
    error: 'data/observations.csv:7:6 (source_id): unknown source "s08cd4d97" (not in sources.csv)',
  },
  {
    name: 'a URL that is not http(s)',
    file: 'sources.csv',
    find: 'http://stats.gd.gov.cn/gyzjz/content/post_1421616.html',
    replace: 'ftp://stats.gd.gov.cn/gyzjz/content/post_1421616.html',
    error:
      'data/sources.csv:3:5 (url): "ftp://stats.gd.gov.cn/gyzjz/content/post_1421616.html" is not an http(s) URL',
  },
  {
    name: 'a copy address (via) that is not http(s)',
    file: 'sources.csv',
    find: 'https://m.tripcoinc.com/',
    replace: 'm.tripcoinc.com/',
    error:
      'data/sources.csv:4:6 (via): "m.tripcoinc.com/zwgk/sjfb/sjkx/content/post_2708674.html" is not an http(s) URL',
  },
  {
    name: 'a grade that is not A, B or C',
    file: 'sources.csv',
    find: '/post_2708674.html,C,',
    replace: '/post_2708674.html,D,',
    error:
      'data/sources.csv:4:7 (grade): "D" is not a grade: A (read on the publisher\'s own site), B (a media report) or C (an official release read only on a copy)',
  },
  {
    name: 'a grade A source read on a copy',
    file: 'sources.csv',
    find: 'post_1421616.html,,A,',
    replace: 'post_1421616.html,https://example.org/copy.html,A,',
    error:
      "data/sources.csv:3:6 (via): a grade A source is read on the publisher's own site: via must be empty",
  },
  {
    name: 'a target of an unknown region',
    file: 'targets.csv',
    find: 'dongguan,2025,',
    replace: 'dongguang,2025,',
    error: 'data/targets.csv:2:1 (region): unknown region "dongguang" (not in regions.csv)',
  },
  {
    name: 'a target year that is not YYYY',
    file: 'targets.csv',
    find: 'guangdong,2022,',
    replace: 'guangdong,22,',
    error: 'data/targets.csv:6:2 (year): "22" is not a year YYYY',
  },
  {
    name: 'a target of an unknown indicator',
    file: 'targets.csv',
    find: ',tech_transformation_firms_count,',
    replace: ',tech_transformation_firm_count,',
    error:
      'data/targets.csv:6:3 (indicator): unknown indicator "tech_transformation_firm_count" (not in indicators.csv)',
  },
  {
    name: 'a target kind that is not in the list',
    file: 'targets.csv',
    find: ',growth,5,左右,',
    replace: ',rate,5,左右,',
    error:
      'data/targets.csv:7:4 (kind): "rate" is not a target kind: growth, level, count or qualitative',
  },
  {
    name: 'a growth target on an amount',
    file: 'targets.csv',
    find: 'guangdong,2024,iva_above_scale_yoy_pct,growth,5,,%,规模以上',
    replace: 'guangdong,2024,iva_above_scale_100m_yuan,growth,5,,%,规模以上',
    error:
      'data/targets.csv:3:3 (indicator): a growth target is read against a year-to-date growth rate (*_yoy_pct), not "iva_above_scale_100m_yuan" (kind level, measure ytd)',
  },
  {
    name: 'a level target on a rate',
    file: 'targets.csv',
    find: ',industrial_investment_100m_yuan,level,',
    replace: ',iva_above_scale_yoy_pct,level,',
    error:
      'data/targets.csv:2:3 (indicator): a level target is read against a year-to-date amount in 亿元 (*_100m_yuan), not "iva_above_scale_yoy_pct" (kind growth, measure ytd)',
  },
  {
    name: 'a target value that does not parse',
    file: 'targets.csv',
    find: ',level,1320,',
    replace: ',level,1320亿,',
    error: 'data/targets.csv:2:5 (value): "1320亿" is not a number (digits, optional - and .)',
  },
  {
    name: 'a value on a qualitative target',
    file: 'targets.csv',
    find: ',qualitative,,,%,',
    replace: ',qualitative,10,,%,',
    error:
      'data/targets.csv:5:5 (value): a qualitative target has no value (its words are the target), not "10"',
  },
  {
    name: 'a growth target without its value',
    file: 'targets.csv',
    find: ',growth,5,左右,',
    replace: ',growth,,左右,',
    error: 'data/targets.csv:7:5 (value): a growth target needs its value as printed',
  },
  {
    name: 'a level target of 0',
    file: 'targets.csv',
    find: ',level,1320,',
    replace: ',level,0,',
    error: 'data/targets.csv:2:5 (value): a level target is more than 0, not 0',
  },
  {
    name: 'a qualifier not in the list',
    file: 'targets.csv',
    find: ',5,左右,%,',
    replace: ',5,约,%,',
    error:
      'data/targets.csv:7:6 (qualifier): "约" is not a qualifier: 左右, 以上, 以内, 力争, 力争以上 or empty',
  },
  {
    name: 'a unit that does not go with the kind',
    file: 'targets.csv',
    find: ',level,1320,,亿元,',
    replace: ',level,1320,,元,',
    error: 'data/targets.csv:2:7 (unit): a level target\'s unit is 亿元 or 万亿元, not "元"',
  },
  {
    name: 'a count target in another unit',
    file: 'targets.csv',
    find: ',8500,,家,',
    replace: ',8500,,个,',
    error: 'data/targets.csv:6:7 (unit): a count target\'s unit is 家, not "个"',
  },
  {
    name: 'growth in words without the unit %',
    file: 'targets.csv',
    find: ',qualitative,,,%,',
    replace: ',qualitative,,,,',
    error: 'data/targets.csv:5:7 (unit): "两位数增长" is growth: the unit is %, not ""',
  },
  {
    name: 'a target of an unknown source',
    file: 'targets.csv',
    find: ',t916a95c9,',
    replace: ',t916a95c8,',
    error: 'data/targets.csv:7:9 (source_id): unknown source "t916a95c8" (not in sources.csv)',
  },
  {
    name: 'the same target from the same document twice',
    file: 'targets.csv',
    find: ',t8950180a,"定目标',
    replace: ',tb55ba676,"定目标',
    error:
      'data/targets.csv:4:9 (source_id): guangdong 2024 iva_above_scale_yoy_pct from tb55ba676 is already on row 3',
  },
]

describe('the generator on bad tables', () => {
  it.each(BAD_INPUTS)(
    'reports $name as file:row:column and leaves the previous API untouched',
    (bad) => {
      const dataDir = copyFixtures()
      const outDir = path.join(tempDir(), 'v1')
      expect(build(dataDir, outDir).ok).toBe(true)
      const before = treeFingerprint(outDir)

      const file = path.join(dataDir, bad.file)
      const text = readFileSync(file, 'utf8')
      expect(text, 'the edit must apply').toContain(bad.find)
      writeFileSync(file, text.replace(bad.find, bad.replace))

      const result = build(dataDir, outDir)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.errors.map(formatTableError)).toEqual([bad.error])
      expect(treeFingerprint(outDir)).toEqual(before)
    },
  )

  it('reports every bad row of a run, not only the first', () => {
    const dataDir = copyFixtures()
    const file = path.join(dataDir, 'observations.csv')
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('official,shenzhen,', 'official,nowhere,')
        .replace(',1038,', ',abc,'),
    )
    const result = build(dataDir, path.join(tempDir(), 'v1'))
    expect(result.ok ? [] : result.errors.map(formatTableError)).toEqual([
      'data/observations.csv:4:5 (value): "abc" is not a number (digits, optional - and .)',
      'data/observations.csv:6:2 (region): unknown region "nowhere" (not in regions.csv)',
    ])
  })
})

describe('two sources of one figure or target', () => {
  /** The fixture tables with rows added at the end of a file. */
  function withRows(file: string, rows: string[]) {
    const dataDir = copyFixtures()
    const at = path.join(dataDir, file)
    writeFileSync(at, readFileSync(at, 'utf8') + rows.map((row) => `${row}\n`).join(''))
    const outDir = path.join(tempDir(), 'v1')
    expect(build(dataDir, outDir).ok).toBe(true)
    return (api: string) => JSON.parse(readFileSync(path.join(outDir, api), 'utf8')) as unknown
  }

  it('publishes a figure with the best-graded source that gives it, whatever the rows’ order', () => {
    const read = withRows('observations.csv', [
      // After its grade A source (s08cd4d96): the A one stays.
      'official,guangdong,2017-03,iva_above_scale_yoy_pct,7.1,b1c23f7c1,seen on a copy',
      // First from a copy (C), then from a newspaper (B): the newspaper's, with its quote.
      'official,dongguan,2025-02,iva_above_scale_yoy_pct,7.0,b1c23f7c1,seen on a copy',
      'official,dongguan,2025-02,iva_above_scale_yoy_pct,7.0,t0c534bb0,the newspaper',
    ])
    const { observations: y2017 } = read('observations/official/2017.json') as {
      observations: { region: string; indicator: string; source: string }[]
    }
    expect(
      y2017.filter((o) => o.region === 'guangdong' && o.indicator === 'iva_above_scale_yoy_pct'),
    ).toEqual([expect.objectContaining({ value: 7.1, source: 's08cd4d96' })])
    expect(read('observations/official/2025.json')).toMatchObject({
      observations: [
        { region: 'dongguan', value: 7, decimals: 1, source: 't0c534bb0', note: 'the newspaper' },
      ],
    })
  })

  it('publishes a figure two sources of one grade give with the first of them', () => {
    const read = withRows('observations.csv', [
      'official,huizhou,2025-02,iva_above_scale_yoy_pct,5.0,t8950180a,the first newspaper',
      'official,huizhou,2025-02,iva_above_scale_yoy_pct,5.0,t0c534bb0,the second newspaper',
    ])
    expect(read('observations/official/2025.json')).toMatchObject({
      observations: [{ region: 'huizhou', source: 't8950180a', note: 'the first newspaper' }],
    })
  })

  it('puts first, of a target’s rows, those stating the file’s first, the best-graded first', () => {
    const read = withRows('targets.csv', [
      // Another document, B, stating another target: after the two that state 5%.
      'guangdong,2024,iva_above_scale_yoy_pct,growth,5.5,以上,%,规模以上工业增加值增长5.5%以上,t0c534bb0,',
    ])
    const { targets } = read(targetsPath('official')) as {
      targets: { region: string; year: number; indicator: string; source: string }[]
    }
    expect(
      targets
        .filter((t) => t.year === 2024 && t.indicator === 'iva_above_scale_yoy_pct')
        .map((t) => t.source),
    ).toEqual(['t8950180a', 'tb55ba676', 't0c534bb0'])
  })
})

describe('the presentation decks', () => {
  /** data/decks.json with one deck of these slides. */
  function writeDeck(
    dataDir: string,
    slides: object[],
    deck: object = { mode: 'rotating', interval: 20 },
  ) {
    writeFileSync(
      path.join(dataDir, 'decks.json'),
      JSON.stringify({
        schemaVersion: 1,
        decks: [{ id: 'meeting', name: { zh: '例会', en: 'Meeting' }, ...deck, slides }],
      }),
    )
  }

  it('checks data/decks.json against the tables', () => {
    const dataDir = copyFixtures()
    writeDeck(dataDir, [
      { type: 'city', region: 'atlantis' },
      { type: 'map', indicator: 'gdp_yoy_pct' },
      { type: 'iva', seconds: 1 },
    ])
    const result = build(dataDir, path.join(tempDir(), 'v1'))
    expect(result.ok ? [] : result.errors.map(formatTableError)).toEqual([
      'data/decks.json (decks.0.slides.2.seconds): Too small: expected number to be >=3',
    ])
    writeDeck(dataDir, [
      { type: 'city', region: 'atlantis' },
      { type: 'map', indicator: 'gdp_yoy_pct' },
    ])
    const second = build(dataDir, path.join(tempDir(), 'v1'))
    expect(second.ok ? [] : second.errors.map(formatTableError)).toEqual([
      'data/decks.json (decks.0.slides.0.region): unknown region "atlantis"',
      'data/decks.json (decks.0.slides.1.indicator): "gdp_yoy_pct" is not one of the key indicators',
    ])
  })

  it('keeps timers to rotating decks, and a city slide without its region to a deck with a spotlight', () => {
    const dataDir = copyFixtures()
    writeDeck(dataDir, [{ type: 'iva', seconds: 10 }, { type: 'city' }], { interval: 20 })
    const result = build(dataDir, path.join(tempDir(), 'v1'))
    expect(result.ok ? [] : result.errors.map(formatTableError)).toEqual([
      'data/decks.json (decks.0.interval): an interval is for a rotating deck: a meeting deck has no timer',
      'data/decks.json (decks.0.slides.0.seconds): seconds are for a rotating deck: a meeting deck has no timer',
      'data/decks.json (decks.0.slides.1.region): a city slide needs its region, or the deck its spotlight',
    ])
    writeDeck(dataDir, [{ type: 'iva' }, { type: 'city' }], { mode: 'meeting', spotlight: 3 })
    expect(build(dataDir, path.join(tempDir(), 'v1')).ok).toBe(true)
  })
})
