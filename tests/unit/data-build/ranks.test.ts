import { appendFileSync, cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { GENERATED_AT, tempDir } from './helpers.ts'

/** The line the appended row will be on: after the header and every row of the real table. */
const NEXT_LINE = readFileSync('data/observations.csv', 'utf8').trimEnd().split('\n').length + 1

/** The real tables, with one more row appended to observations.csv. */
function buildWith(row: string) {
  const dataDir = path.join(tempDir(), 'data')
  cpSync('data', dataDir, { recursive: true })
  appendFileSync(path.join(dataDir, 'observations.csv'), `${row}\n`)
  return runDataBuild({
    dataDir,
    outDir: path.join(tempDir(), 'v1'),
    generatedAt: GENERATED_AT,
    demo: null,
  })
}

describe('published ranks', () => {
  it('are refused where every city is published and the computed rank differs', () => {
    // 2017年1-3月 is complete: 广州 5.5% is 16th of the 21 cities, 8th of the nine.
    const result = buildWith(
      'official,guangzhou,2017-03,iva_above_scale_yoy_pct_rank_province,1,s08cd4d96,invented',
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map(formatTableError)).toEqual([
      `data/observations.csv:${NEXT_LINE}:5 (value): guangzhou 2017-03: the published province rank 1 of iva_above_scale_yoy_pct contradicts the rank computed from every city's published figure (16)`,
    ])
  })

  it('are accepted where they agree, or where the scope is not complete', () => {
    expect(
      buildWith('official,guangzhou,2017-03,iva_above_scale_yoy_pct_rank_group,8,s08cd4d96,agrees')
        .ok,
    ).toBe(true)
    // 2019年1-12月: only two cities published; nothing to contradict.
    expect(
      buildWith(
        'official,guangzhou,2019-12,iva_above_scale_yoy_pct_rank_province,9,gdii-2020-commendation,x',
      ).ok,
    ).toBe(true)
  })

  it('are whole numbers from 1, of a city', () => {
    const bad = buildWith(
      'official,guangdong,2019-12,iva_above_scale_yoy_pct_rank_province,1.5,s08cd4d96,x',
    )
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.errors.map(formatTableError)).toEqual([
      `data/observations.csv:${NEXT_LINE}:2 (region): only a city has a rank among the cities, not "guangdong"`,
    ])
  })
})
