import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { ManifestSchema } from '../../../src/schemas/manifest.ts'
import { copyFixtures, GENERATED_AT, GOOD_FIXTURES, tempDir, treeFingerprint } from './helpers.ts'

const EXPECTED = 'tests/fixtures/api-expected'

function build(dataDir: string, outDir: string) {
  return runDataBuild({ dataDir, outDir, generatedAt: GENERATED_AT, demoYears: [] })
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

describe('the presentation decks', () => {
  /** data/decks.json with one deck of these slides. */
  function writeDeck(dataDir: string, slides: object[]) {
    writeFileSync(
      path.join(dataDir, 'decks.json'),
      JSON.stringify({
        schemaVersion: 1,
        decks: [{ id: 'meeting', name: { zh: '例会', en: 'Meeting' }, interval: 20, slides }],
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
})
