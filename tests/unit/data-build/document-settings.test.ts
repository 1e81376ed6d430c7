/**
 * data/document-settings.csv, the deployment's settings of the 通报 and the deck's files: a bad
 * row fails `npm run data` with file:row:column, and nothing is written (the previous API stays).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_SETTINGS_FILE } from '../../../scripts/data-build/document-settings.ts'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { DocumentSettingsFileSchema } from '../../../src/schemas/document-settings.ts'
import { copyFixtures, GENERATED_AT, tempDir, treeFingerprint } from './helpers.ts'

const HEADER = 'dataset,issuer,number_pattern,recipients,contact'
const OFFICIAL = '广东省工业和信息化厅,粤工信〔{year}〕{issue}号,各地级以上市工业和信息化主管部门,'
const GOOD = [
  HEADER,
  `official,${OFFICIAL}`,
  'demo,示例发文机关,示例〔{year}〕第{issue}期,各地级以上市（示例）,联系人：示例',
]

/** The fixture tables with a settings file of these lines; the API built from them, or the errors. */
function build(lines: string[], outDir = path.join(tempDir(), 'v1')) {
  const dataDir = copyFixtures()
  writeFileSync(path.join(dataDir, DOCUMENT_SETTINGS_FILE), lines.join('\n') + '\n')
  return {
    outDir,
    result: runDataBuild({ dataDir, outDir, generatedAt: GENERATED_AT, demo: null }),
  }
}

const BAD: { name: string; lines: string[]; errors: string[] }[] = [
  {
    name: 'an unknown dataset',
    lines: [HEADER, `offical,${OFFICIAL}`],
    errors: [
      'data/document-settings.csv:2:1 (dataset): "offical" is not a dataset: official or demo',
    ],
  },
  {
    name: 'a second row for a dataset',
    lines: [...GOOD, `official,${OFFICIAL}`],
    errors: ['data/document-settings.csv:4:1 (dataset): "official" has a row already'],
  },
  {
    name: 'an empty issuing office',
    lines: [HEADER, 'official, ,粤工信〔{year}〕{issue}号,各地级以上市工业和信息化主管部门,'],
    errors: [
      'data/document-settings.csv:2:2 (issuer): is empty: the issuing office (发文机关) is required',
    ],
  },
  {
    name: 'empty addressees',
    lines: [HEADER, 'official,广东省工业和信息化厅,粤工信〔{year}〕{issue}号,,'],
    errors: [
      'data/document-settings.csv:2:4 (recipients): is empty: the addressees (主送) are required',
    ],
  },
  {
    name: 'an unknown placeholder',
    lines: [HEADER, 'official,广东省工业和信息化厅,粤工信〔{month}〕{issue}号,各地级以上市,'],
    errors: [
      'data/document-settings.csv:2:3 (number_pattern): {month} is not a placeholder: use {year} and {issue}',
    ],
  },
  {
    name: 'a placeholder without its closing brace',
    lines: [HEADER, 'official,广东省工业和信息化厅,粤工信〔{year〕{issue}号,各地级以上市,'],
    errors: [
      'data/document-settings.csv:2:3 (number_pattern): "粤工信〔{year〕{issue}号" has a brace that opens or closes no placeholder: use {year} and {issue}',
    ],
  },
  {
    name: 'a placeholder without its opening brace',
    lines: [HEADER, 'official,广东省工业和信息化厅,粤工信〔year}〕{issue}号,各地级以上市,'],
    errors: [
      'data/document-settings.csv:2:3 (number_pattern): "粤工信〔year}〕{issue}号" has a brace that opens or closes no placeholder: use {year} and {issue}',
    ],
  },
  {
    name: 'a last placeholder left open',
    lines: [HEADER, 'official,广东省工业和信息化厅,粤工信〔{year}〕{issue号,各地级以上市,'],
    errors: [
      'data/document-settings.csv:2:3 (number_pattern): "粤工信〔{year}〕{issue号" has a brace that opens or closes no placeholder: use {year} and {issue}',
    ],
  },
  {
    name: 'an unknown column (a date, which the generator would ignore)',
    lines: [`${HEADER},date`, `official,${OFFICIAL},2024-09-20`],
    errors: [
      'data/document-settings.csv:1:6 (date): unknown column "date" (expected: dataset, issuer, number_pattern, recipients, contact); the 成文日期 is the day a document is made',
    ],
  },
  {
    name: 'a missing column',
    lines: ['dataset,issuer,number_pattern,contact', 'official,广东省工业和信息化厅,,'],
    errors: [
      'data/document-settings.csv:1:5 (recipients): missing column "recipients" (expected: dataset, issuer, number_pattern, recipients, contact)',
    ],
  },
  {
    name: 'a row with a cell too many',
    lines: [HEADER, `official,${OFFICIAL},extra`],
    errors: ['data/document-settings.csv:2:6 (): has 6 cells, the header has 5'],
  },
  {
    name: 'every bad row of the file at once',
    lines: [HEADER, 'official,,粤工信〔{year}〕{issue}号,,', 'nowhere,示例,,示例,'],
    errors: [
      'data/document-settings.csv:2:2 (issuer): is empty: the issuing office (发文机关) is required',
      'data/document-settings.csv:2:4 (recipients): is empty: the addressees (主送) are required',
      'data/document-settings.csv:3:1 (dataset): "nowhere" is not a dataset: official or demo',
    ],
  },
]

describe('data/document-settings.csv', () => {
  it('publishes each dataset’s settings as document-settings.json', () => {
    const { outDir, result } = build(GOOD)
    expect(result.ok).toBe(true)
    const file = DocumentSettingsFileSchema.parse(
      JSON.parse(readFileSync(path.join(outDir, 'document-settings.json'), 'utf8')),
    )
    expect(file.settings).toEqual([
      {
        dataset: 'official',
        issuer: '广东省工业和信息化厅',
        numberPattern: '粤工信〔{year}〕{issue}号',
        recipients: '各地级以上市工业和信息化主管部门',
        contact: '',
      },
      {
        dataset: 'demo',
        issuer: '示例发文机关',
        numberPattern: '示例〔{year}〕第{issue}期',
        recipients: '各地级以上市（示例）',
        contact: '联系人：示例',
      },
    ])
  })

  it.each(BAD)('reports $name as file:row:column and writes nothing', ({ lines, errors }) => {
    const { outDir } = build(GOOD)
    const before = treeFingerprint(outDir)
    const { result } = build(lines, outDir)
    expect(result.ok ? [] : result.errors.map(formatTableError)).toEqual(errors)
    expect(treeFingerprint(outDir)).toEqual(before)
  })
})
