import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import writeXlsxFile from 'write-excel-file/node'
import { describe, expect, it } from 'vitest'
import { readTables } from '../../../scripts/data-build/tables.ts'
import { planImport } from '../../../scripts/import/apply.ts'
import { decodeText, readGrid } from '../../../scripts/import/read-grid.ts'
import { formatIssue, parseRelease } from '../../../scripts/import/release-table.ts'
import { tempDir, treeFingerprint } from '../data-build/helpers.ts'

/** The real 2017年1-3月 工业增加值 table (source s08cd4d96), in the bureau's layout. */
const EXAMPLE = 'docs/examples/2017-03-industrial-value-added.csv'
const exampleText = readFileSync(EXAMPLE, 'utf8')
const { tables } = readTables('data')

function rows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','))
}

/** The same table as an Excel workbook with numeric cells, as Excel would store it. */
async function asXlsx(text: string): Promise<Buffer> {
  const data = rows(text).map((row) =>
    row.map((cell) =>
      /^-?\d+(\.\d+)?$/.test(cell)
        ? { value: Number(cell), type: Number }
        : { value: cell, type: String },
    ),
  )
  return writeXlsxFile(data).toBuffer()
}

const FORMATS: [string, () => Promise<Buffer>][] = [
  ['CSV, UTF-8', () => Promise.resolve(Buffer.from(exampleText, 'utf8'))],
  [
    'CSV, UTF-8 with BOM',
    () =>
      Promise.resolve(
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exampleText, 'utf8')]),
      ),
  ],
  ['CSV, GBK', () => Promise.resolve(iconv.encode(exampleText, 'gbk'))],
  ['XLSX', () => asXlsx(exampleText)],
]

async function parse(bytes: Buffer, period?: string) {
  const { grid, encoding } = await readGrid(bytes)
  return { encoding, ...parseRelease(grid, tables.regions, { period }) }
}

describe('reading the real 2017年1-3月 table in every format', () => {
  it.each(FORMATS)(
    '%s: every figure is unchanged against the bundled data',
    async (_name, make) => {
      const { table, errors } = await parse(await make())
      expect(errors).toEqual([])
      expect(table?.period).toBe('2017-03')
      expect(table?.values).toHaveLength(99)
      const plan = planImport('data', 'official', table!, { id: 's08cd4d96' })
      expect(plan).toMatchObject({ added: [], changed: [], unchanged: 99, newSource: null })
    },
  )

  it('detects the encoding', async () => {
    expect(decodeText(iconv.encode(exampleText, 'gbk')).encoding).toBe('gb18030')
    expect((await parse(iconv.encode(exampleText, 'gb18030'))).encoding).toBe('gb18030')
    expect((await parse(Buffer.from(exampleText))).encoding).toBe('utf-8')
  })

  it('skips headings, rows without figures and "#" sub-entries, and maps regions by name', async () => {
    const { table } = await parse(Buffer.from(exampleText))
    expect(table?.skipped.map((s) => `${s.name}:${s.reason}`)).toEqual([
      '在总计中:heading',
      '轻工业:heading',
      '重工业:heading',
      '按经济区域分:heading',
      '#顺德区:sub-entry',
    ])
    expect(
      table?.values.find(
        (v) => v.region === 'guangdong' && v.indicator === 'iva_above_scale_100m_yuan',
      )?.text,
    ).toBe('7220.42')
    expect(new Set(table?.values.map((v) => v.region))).toHaveLength(25)
  })

  it('reports breakdown rows with figures as skipped, never as regions', async () => {
    const text = exampleText
      .replace('轻工业,,,,', '轻工业,1.00,2.00,3.0,4.0')
      .replace('#顺德区,,,,', '#顺德区,9.00,9.00,9.0,9.0')
    const { table } = await parse(Buffer.from(text))
    expect(table?.skipped.find((s) => s.name === '轻工业')?.reason).toBe('breakdown')
    expect(table?.values).toHaveLength(99)
  })

  it('accepts short and alternative names: 广州, 珠三角核心区', async () => {
    const text = exampleText.replace('广州市,', '广州,').replace('珠三角九市,', '珠三角核心区,')
    const { table, errors } = await parse(Buffer.from(text))
    expect(errors).toEqual([])
    expect(
      table?.values.filter((v) => v.region === 'guangzhou' || v.region === 'prd9'),
    ).toHaveLength(8)
  })

  it('finds the columns by their header text, in any order', async () => {
    const swapped = rows(exampleText)
      .map(([a, b, c, d, e]) => [a, e, d, c, b].join(','))
      .join('\n')
    const { table } = await parse(Buffer.from(swapped))
    expect(
      table?.values.find(
        (v) => v.region === 'guangzhou' && v.indicator === 'iva_above_scale_yoy_pct',
      )?.text,
    ).toBe('5.5')
  })
})

/** Each bad table: the edit, and the exact message. */
const BAD: [string, string | Buffer, string][] = [
  [
    'no period in the title',
    exampleText.replace('2017年1-3月工业增加值', '工业增加值'),
    'row 1: no period in the title (such as 2017年1-3月)',
  ],
  [
    'a missing column',
    exampleText.replace(',本月止累计,', ',,'),
    'row 3: missing column “本月止累计”',
  ],
  [
    'an unrecognised column',
    exampleText.replace('本月比上年同月增长(%)', '本年计划'),
    'row 3, column D: unrecognised column “本年计划”\nrow 3: missing column “本月比上年同月增长(%)”',
  ],
  [
    'an unknown region name',
    exampleText.replace('广州市,', '广洲市,'),
    'row 9, column A: unknown region “广洲市”',
  ],
  [
    'a number that does not parse',
    exampleText.replace('1019.05', '"1,0x"'),
    'row 9, column C: “1,0x” is not a number',
  ],
  [
    'a duplicated region',
    exampleText.replace('深圳市,', '广州市,'),
    'row 10, column A: “广州市” appears twice (first on row 9)',
  ],
  ['an empty file', '', 'the file is empty'],
  [
    'a file that is not a table',
    'Dear colleagues,\nplease find the figures attached.\n',
    'not a release table: no header row starting with 指标名称',
  ],
  [
    'a binary file',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    'not a table: the file is binary, neither CSV nor XLSX',
  ],
]

describe('bad tables', () => {
  it.each(BAD)('rejects %s with its row and cell', async (_name, content, message) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    const result = await parse(bytes).then(
      (r) => r.errors.map(formatIssue),
      (error: unknown) => [error instanceof Error ? error.message : String(error)],
    )
    expect(result).toEqual(message.split('\n'))
  })

  it('rejects a period that disagrees with --period', async () => {
    const { errors } = await parse(Buffer.from(exampleText), '2017-06')
    expect(errors.map(formatIssue)).toEqual([
      "row 1, column A: the title's period 2017-03 is not --period 2017-06",
    ])
  })
})

describe('npm run import (the command)', { timeout: 30_000 }, () => {
  function run(args: string[], dataDir: string, outDir: string) {
    return spawnSync(
      'npx',
      ['tsx', 'scripts/import-table.ts', ...args, '--data-dir', dataDir, '--out', outDir],
      {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
      },
    )
  }
  function sandbox() {
    const root = tempDir('gd-import-test-')
    const dataDir = path.join(root, 'data')
    cpSync('data', dataDir, { recursive: true })
    return { dataDir, outDir: path.join(root, 'api', 'v1'), root }
  }

  it('dry-runs by default and prints the counts', () => {
    const { dataDir, outDir } = sandbox()
    const result = run([EXAMPLE, '--source-id', 's08cd4d96'], dataDir, outDir)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('added 0 · changed 0 · unchanged 99 · skipped 6')
    expect(result.stdout).toContain('Dry run: nothing written.')
  })

  it('fails with the row and cell and writes nothing, even with --write', () => {
    const { dataDir, outDir, root } = sandbox()
    const bad = path.join(root, 'bad.csv')
    writeFileSync(bad, exampleText.replace('1019.05', '"1,0x"'))
    const before = treeFingerprint(dataDir)
    const result = run([bad, '--source-id', 's08cd4d96', '--write'], dataDir, outDir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('bad.csv: row 9, column C: “1,0x” is not a number')
    expect(result.stderr).toContain('Nothing was written.')
    expect(treeFingerprint(dataDir)).toEqual(before)
  })

  it('writes a changed value with its revision, regenerates the API, and is idempotent', () => {
    const { dataDir, outDir, root } = sandbox()
    const revised = path.join(root, 'revised.csv')
    writeFileSync(
      revised,
      exampleText.replace('广州市,393.30,1019.05,5.6,5.5', '广州市,393.30,1019.05,5.6,5.6'),
    )

    const dry = run([revised, '--source-id', 's08cd4d96'], dataDir, outDir)
    expect(dry.stdout).toContain('added 0 · changed 1 · unchanged 98')
    expect(dry.stdout).toContain('guangzhou 2017-03 iva_above_scale_yoy_pct: 5.5 → 5.6')

    const written = run([revised, '--source-id', 's08cd4d96', '--write'], dataDir, outDir)
    expect(written.status).toBe(0)
    expect(readFileSync(path.join(dataDir, 'revisions.csv'), 'utf8')).toBe(
      'dataset,region,period,indicator,old_value,old_source_id,new_value,new_source_id,revised_on\n' +
        'official,guangzhou,2017-03,iva_above_scale_yoy_pct,5.5,s08cd4d96,5.6,s08cd4d96,2023-11-14\n',
    )
    const api = JSON.parse(
      readFileSync(path.join(outDir, 'observations/official/2017.json'), 'utf8'),
    ) as {
      observations: { region: string; indicator: string; value: number }[]
    }
    expect(
      api.observations.find(
        (o) => o.region === 'guangzhou' && o.indicator === 'iva_above_scale_yoy_pct',
      )?.value,
    ).toBe(5.6)

    const after = treeFingerprint(dataDir)
    const again = run([revised, '--source-id', 's08cd4d96', '--write'], dataDir, outDir)
    expect(again.stdout).toContain('added 0 · changed 0 · unchanged 99')
    expect(again.stdout).toContain('Nothing to write')
    expect(treeFingerprint(dataDir)).toEqual(after)
  })

  it('records a new source given with --publisher and --title', () => {
    const { dataDir, outDir, root } = sandbox()
    const file = path.join(root, 'next.csv')
    writeFileSync(file, exampleText.replace('2017年1-3月', '2017年1-4月'))
    const result = run(
      [
        file,
        '--source-id',
        'gdstats-2017-04',
        '--publisher',
        '广东省统计局',
        '--title',
        '月度表 工业增加值 2017年1-4月',
        '--url',
        'http://stats.gd.gov.cn/gyzjz/',
        '--write',
      ],
      dataDir,
      outDir,
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('added 99 · changed 0')
    expect(readFileSync(path.join(dataDir, 'sources.csv'), 'utf8')).toContain(
      'gdstats-2017-04,广东省统计局,月度表 工业增加值 2017年1-4月,,http://stats.gd.gov.cn/gyzjz/,,A,\n',
    )
  })
})
