import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import writeXlsxFile from 'write-excel-file/node'
import { describe, expect, it } from 'vitest'
import { main } from '../../../scripts/import-table.ts'
import { readTables } from '../../../scripts/data-build/tables.ts'
import { decodeText, readGrid } from '../../../scripts/import/read-grid.ts'
import { readRegionGroups } from '../../../scripts/import/region-groups.ts'
import { formatIssue, parseRelease } from '../../../scripts/import/release-table.ts'
import { ObservationsFileSchema } from '../../../src/schemas/observations.ts'
import { ReleasesFileSchema } from '../../../src/schemas/releases.ts'
import { tempDir, treeFingerprint } from '../data-build/helpers.ts'

const EXAMPLES = 'docs/examples'
/** The real 2017年1-3月 工业增加值 table (source s08cd4d96), in today's layout. */
const EXAMPLE = `${EXAMPLES}/2017-03-industrial-value-added.csv`
const exampleText = readFileSync(EXAMPLE, 'utf8')
const { tables } = readTables('data')
const { eras } = readRegionGroups('data', tables.regions)

/**
 * The same table in each layout variant the bureau has used (one variant a file), and in all of
 * them at once: every figure is the real one, so each must read as the bundled data.
 */
const VARIANTS = [
  'month-title', // 2017年3月份工业增加值
  'unit-line', // 单位:亿元
  'spaced-headers', // 指 标 名 称, 本 月 止 累 计, 本期累计 比上年同期 增长(%)
  'header-variants', // 3月, 1-3月, 本期累计比上年同期增长(%)
  'total-row', // 工业增加值(现价)
  'numbered-sections', // 1、按轻重工分组, 2、按经济区域分
  'section-prefix', // 在总计中: 轻工业, 在总计中:广州市
  'punctuation-width', // 1－3月, （%）, ：/:, ＃
  'em-dash', // 2017年1—3月
  'old-group-names', // 珠江三角洲经济区, 东翼, 西翼
  'old-layout', // all of the above together
]

/** A CSV table as a workbook: numbers as numeric cells, as Excel stores them. */
async function asXlsx(text: string): Promise<Buffer> {
  const data = text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(',')
        .map((cell) =>
          /^-?\d+(\.\d+)?$/.test(cell)
            ? { value: Number(cell), type: Number }
            : { value: cell, type: String },
        ),
    )
  return writeXlsxFile(data).toBuffer()
}

type Format = 'CSV, UTF-8' | 'CSV, GBK/GB18030' | 'XLSX'
const FORMATS: Format[] = ['CSV, UTF-8', 'CSV, GBK/GB18030', 'XLSX']

/** The table text saved as `format` in a fresh folder; returns the file's path. */
async function saved(name: string, text: string, format: Format): Promise<string> {
  const file = path.join(
    tempDir('gd-import-table-'),
    `${name}.${format === 'XLSX' ? 'xlsx' : 'csv'}`,
  )
  const bytes =
    format === 'XLSX'
      ? await asXlsx(text)
      : format === 'CSV, GBK/GB18030'
        ? iconv.encode(text, 'gbk')
        : Buffer.from(text, 'utf8')
  writeFileSync(file, bytes)
  return file
}

/** A writable copy of data/, and where its API would go. */
function sandbox() {
  const root = tempDir('gd-import-test-')
  const dataDir = path.join(root, 'data')
  cpSync('data', dataDir, { recursive: true })
  return { root, dataDir, outDir: path.join(root, 'api', 'v1') }
}

/** npm run import, in-process: its exit code and what it printed. */
async function run(args: string[], where: { dataDir: string; outDir: string }) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await main([...args, '--data-dir', where.dataDir, '--out', where.outDir], {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    // Guangdong's 2027-01-15: after every curated source's day (the undated: their collection).
    now: () => new Date('2027-01-15T02:00:00Z'),
  })
  return { code, stdout, stderr, out: stdout.join('\n'), err: stderr.join('\n') }
}

/** The bundled data, read only: for dry runs. */
const READ_ONLY = { dataDir: 'data', outDir: path.join(tempDir(), 'never-written') }

function observationRows(dataDir: string, period: string): string[] {
  return readFileSync(path.join(dataDir, 'observations.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.split(',')[2] === period)
}

/**
 * A test that imports with --write regenerates the whole API in its sandbox (the data build: 3.5 s
 * alone here, twice that with the browser suite on the other core): vitest's 5 s is for a unit.
 */
const WRITES_MS = 60_000

describe('every layout variant, alone and combined, in every format', () => {
  const cases = VARIANTS.flatMap((variant) => FORMATS.map((format) => [variant, format] as const))

  it.each(cases)('%s (%s) reads as the bundled 2017年1-3月 table', async (variant, format) => {
    const text = readFileSync(`${EXAMPLES}/2017-03-${variant}.csv`, 'utf8')
    const file = await saved(`2017-03-${variant}`, text, format)
    const { code, stdout, err } = await run([file, '--source-id', 's08cd4d96'], READ_ONLY)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(stdout[0]).toMatch(
      new RegExp(`^2017-03-${variant}\\.(csv|xlsx) \\(${format}\\): “.+” → period 2017-03 `),
    )
    // All 25 rows with figures imported (the province, 21 cities, 3 groups), and every one of
    // the 99 figures equal to the bundled one.
    expect(stdout.slice(1, 4)).toEqual([
      '  rows with figures 25: imported 25 · skipped 0',
      expect.stringMatching(
        /^ {2}rows without figures \d: headings and labels \d · regions not published 0$/,
      ),
      '  figures: added 0 · changed 0 · unchanged 99 · not published 1',
    ])
    expect(existsSync(READ_ONLY.outDir)).toBe(false)
  })

  it('detects the encoding of a CSV', async () => {
    expect(decodeText(iconv.encode(exampleText, 'gbk')).encoding).toBe('gb18030')
    expect((await readGrid(iconv.encode(exampleText, 'gb18030'))).encoding).toBe('gb18030')
    expect((await readGrid(Buffer.from(exampleText))).encoding).toBe('utf-8')
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exampleText)])
    expect((await readGrid(bom)).encoding).toBe('utf-8-bom')
  })
})

describe(
  'a section label sharing a cell with the first row of its section',
  { timeout: WRITES_MS },
  () => {
    it.each(FORMATS)('imports 广州 from “在总计中:广州市” (%s)', async (format) => {
      const where = sandbox()
      // Without 广州's 2017年1-3月 figures, the import must add exactly those four.
      const observations = path.join(where.dataDir, 'observations.csv')
      writeFileSync(
        observations,
        readFileSync(observations, 'utf8')
          .split('\n')
          .filter((line) => !line.startsWith('official,guangzhou,2017-03,'))
          .join('\n'),
      )
      const text = readFileSync(`${EXAMPLES}/2017-03-section-prefix.csv`, 'utf8')
      const file = await saved('section-prefix', text, format)
      const { code, stdout } = await run(
        [file, '--source-id', 's08cd4d96', '--write', '--late'],
        where,
      )
      expect(code).toBe(0)
      expect(stdout).toContain('  figures: added 4 · changed 0 · unchanged 95 · not published 1')
      expect(stdout).toContain('  + guangzhou 2017-03 iva_above_scale_100m_yuan: 1019.05')
      expect(
        observationRows(where.dataDir, '2017-03').filter((line) => line.includes(',guangzhou,')),
      ).toHaveLength(4)
    })
  },
)

describe(
  'a table of another era (2006年9月份, groups of their time)',
  { timeout: WRITES_MS },
  () => {
    const text = readFileSync(`${EXAMPLES}/2006-09-old-layout.csv`, 'utf8')
    const newSource = [
      '--source-id',
      'example-2006-09',
      '--publisher',
      '广东省统计局',
      '--title',
      '2006年9月份工业增加值',
    ]

    it.each(FORMATS)('lists every skipped row with figures and its reason (%s)', async (format) => {
      const file = await saved('2006-09-old-layout', text, format)
      const { code, stdout } = await run([file, ...newSource], READ_ONLY)
      expect(code).toBe(0)
      expect(stdout[1]).toMatch(
        /^ {2}! late: 2006-09 is older than \d{4}-\d{2}, the latest period of the data \(brought by .+\): an archive brought in late; --late writes it$/,
      )
      expect(stdout.slice(2, 12)).toEqual([
        '  rows with figures 29: imported 22 · skipped 7 (breakdown rows 2 · groups of another era 4 · sub-entries 1)',
        '  rows without figures 3: headings and labels 3 · regions not published 0',
        '  figures: added 88 · changed 0 · unchanged 0 · not published 0',
        '  skipped row 6 “在总计中: 轻工业”: a breakdown row (under 在总计中)',
        '  skipped row 7 “重工业”: a breakdown row (under 在总计中)',
        "  skipped row 9 “珠江三角洲经济区”: a group of another era: in 2006-09 it was 广州、深圳、珠海、佛山、江门、东莞、中山 and part of 惠州、肇庆, not today's 珠三角九市 (data/region-groups.csv:2)",
        "  skipped row 10 “东翼”: a group of another era: its membership in 2006-09 is not recorded as today's 东翼四市 (data/region-groups.csv records today's from 2014-01)",
        "  skipped row 11 “西翼”: a group of another era: its membership in 2006-09 is not recorded as today's 西翼三市 (data/region-groups.csv records today's from 2014-01)",
        "  skipped row 12 “山区”: a group of another era: its membership in 2006-09 is not recorded as today's 山区五市 (data/region-groups.csv records today's from 2014-01)",
        '  skipped row 17 “＃顺德区”: a sub-entry (#, 其中) that is not a city',
      ])
      expect(stdout).toContain('  + guangdong 2006-09 iva_above_scale_100m_yuan: 7220.42')
      expect(stdout).toContain('  + guangzhou 2006-09 iva_above_scale_month_yoy_pct: 5.6')
      expect(stdout.at(-1)).toBe(
        'Dry run: nothing written. Add --write --late to apply (an archive brought in late).',
      )
    })

    it('stores the province and the 21 cities, never a group, and the second import changes nothing', async () => {
      const where = sandbox()
      const file = await saved('2006-09-old-layout', text, 'CSV, UTF-8')
      const first = await run([file, ...newSource, '--write', '--late'], where)
      expect(first.code).toBe(0)
      const rows = observationRows(where.dataDir, '2006-09')
      expect(rows).toHaveLength(88)
      expect(new Set(rows.map((line) => line.split(',')[1]))).toEqual(
        new Set(tables.regions.filter((r) => r.type !== 'group').map((r) => r.code)),
      )
      expect(rows).toContain(
        'official,guangzhou,2006-09,iva_above_scale_100m_yuan,1019.05,example-2006-09,2006年9月份工业增加值（发布表导入）,r_2027_01_15',
      )
      expect(readFileSync(path.join(where.dataDir, 'sources.csv'), 'utf8')).toContain(
        'example-2006-09,广东省统计局,2006年9月份工业增加值,,,,A,\n',
      )

      const data = treeFingerprint(where.dataDir)
      const api = treeFingerprint(where.outDir)
      const again = await run([file, '--source-id', 'example-2006-09', '--write'], where)
      expect(again.stdout).toContain(
        '  figures: added 0 · changed 0 · unchanged 88 · not published 0',
      )
      expect(again.stdout).toContain('Nothing to write: the data already holds this table.')
      expect(treeFingerprint(where.dataDir)).toEqual(data)
      expect(treeFingerprint(where.outDir)).toEqual(api)
    })

    it('stores a group of a date whose membership is today’s: 珠江三角洲经济区 in 2017 is prd9', async () => {
      const old = readFileSync(`${EXAMPLES}/2017-03-old-group-names.csv`, 'utf8')
      const grid = (await readGrid(Buffer.from(old))).grid
      const { table } = parseRelease(grid, tables.regions, { groups: eras })
      expect(table?.rows.find((r) => r.label === '珠江三角洲经济区')).toMatchObject({
        status: 'imported',
        region: 'prd9',
      })
    })

    it('reports a group the project does not hold', async () => {
      const file = await saved(
        'wings',
        text.replace('山区,100.00,300.00,6.0,6.0', '东西两翼,100.00,300.00,6.0,6.0'),
        'CSV, UTF-8',
      )
      const { stdout } = await run([file, ...newSource], READ_ONLY)
      expect(stdout).toContain(
        '  skipped row 12 “东西两翼”: a region group the project does not hold: the two wings together (东翼 and 西翼)',
      )
    })
  },
)

describe('a row with figures that matches nothing', { timeout: WRITES_MS }, () => {
  const typo = exampleText.replace('2017年1-3月', '2017年1-4月').replace('广州市,', '广洲市,')
  const newSource = [
    '--source-id',
    'gdstats-2017-04',
    '--publisher',
    '广东省统计局',
    '--title',
    '2017年1-4月工业增加值',
  ]

  it('stops the import, even with --write, and nothing is written', async () => {
    const where = sandbox()
    const file = await saved('typo', typo, 'CSV, UTF-8')
    const before = treeFingerprint(where.dataDir)
    const { code, stdout, stderr } = await run([file, ...newSource, '--write'], where)
    expect(code).toBe(1)
    expect(stdout).toEqual([])
    expect(stderr).toEqual([
      `${file}: row 9, column A: “广洲市” has figures but matches no region, breakdown or heading; check the name, or give --skip-unknown to import the rest and list this row`,
      '',
      'Nothing was written.',
    ])
    expect(treeFingerprint(where.dataDir)).toEqual(before)
    expect(existsSync(where.outDir)).toBe(false)
  })

  it('with --skip-unknown, imports the rest and lists the row', async () => {
    const where = sandbox()
    const file = await saved('typo', typo, 'CSV, UTF-8')
    const { code, stdout } = await run(
      [file, ...newSource, '--skip-unknown', '--write', '--late'],
      where,
    )
    expect(code).toBe(0)
    expect(stdout).toContain('  rows with figures 25: imported 24 · skipped 1 (unknown rows 1)')
    expect(stdout).toContain(
      '  skipped row 9 “广洲市”: matches no region, breakdown or heading (--skip-unknown)',
    )
    const rows = observationRows(where.dataDir, '2017-04')
    expect(rows).toHaveLength(95)
    expect(rows.some((line) => line.includes(',guangzhou,'))).toBe(false)
  })
})

describe('writing', { timeout: WRITES_MS }, () => {
  it('a dry run writes nothing', async () => {
    const where = sandbox()
    const before = treeFingerprint(where.dataDir)
    const file = await saved('next', exampleText.replace('2017年1-3月', '2017年1-4月'), 'XLSX')
    const { code, stdout } = await run(
      [file, '--source-id', 'gdstats-2017-04', '--publisher', '广东省统计局', '--title', 't'],
      where,
    )
    expect(code).toBe(0)
    expect(stdout).toContain('  figures: added 99 · changed 0 · unchanged 0 · not published 1')
    expect(stdout.at(-1)).toBe(
      'Dry run: nothing written. Add --write --late to apply (an archive brought in late).',
    )
    expect(treeFingerprint(where.dataDir)).toEqual(before)
    expect(existsSync(where.outDir)).toBe(false)
  })

  it('writes a changed value with its revision, regenerates the API, and is idempotent', async () => {
    const where = sandbox()
    const file = await saved(
      'revised',
      exampleText.replace('广州市,393.30,1019.05,5.6,5.5', '广州市,393.30,1019.05,5.6,5.6'),
      'CSV, UTF-8',
    )
    const dry = await run([file, '--source-id', 's08cd4d96'], where)
    expect(dry.stdout).toContain('  figures: added 0 · changed 1 · unchanged 98 · not published 1')
    expect(dry.stdout).toContain('  guangzhou 2017-03 iva_above_scale_yoy_pct: 5.5 → 5.6')

    const written = await run([file, '--source-id', 's08cd4d96', '--write', '--late'], where)
    expect(written.code).toBe(0)
    // The value replaced came with the undated curated sources (c_2026_12_07); today's import
    // replaced it.
    expect(readFileSync(path.join(where.dataDir, 'revisions.csv'), 'utf8')).toBe(
      'dataset,region,period,indicator,old_value,old_source_id,old_release_id,new_value,new_source_id,new_release_id\n' +
        'official,guangzhou,2017-03,iva_above_scale_yoy_pct,5.5,s08cd4d96,c_2026_12_07,5.6,s08cd4d96,r_2027_01_15\n',
    )
    const api = JSON.parse(
      readFileSync(path.join(where.outDir, 'observations/official/2017.json'), 'utf8'),
    ) as { observations: { region: string; indicator: string; value: number }[] }
    expect(
      api.observations.find(
        (o) => o.region === 'guangzhou' && o.indicator === 'iva_above_scale_yoy_pct',
      )?.value,
    ).toBe(5.6)

    const after = treeFingerprint(where.dataDir)
    const again = await run([file, '--source-id', 's08cd4d96', '--write', '--late'], where)
    expect(again.stdout).toContain(
      '  figures: added 0 · changed 0 · unchanged 99 · not published 1',
    )
    expect(again.stdout).toContain('Nothing to write: the data already holds this table.')
    expect(treeFingerprint(where.dataDir)).toEqual(after)
  })

  it('records a new source given with --publisher and --title', async () => {
    const where = sandbox()
    const file = await saved(
      'next',
      exampleText.replace('2017年1-3月', '2017年1-4月'),
      'CSV, UTF-8',
    )
    const { code, stdout } = await run(
      [
        file,
        '--source-id',
        'gdstats-2017-04',
        '--publisher',
        '广东省统计局',
        '--title',
        '2017年1-4月工业增加值',
        '--url',
        'http://stats.gd.gov.cn/gyzjz/',
        '--write',
        '--late',
      ],
      where,
    )
    expect(code).toBe(0)
    expect(stdout).toContain('  + source gdstats-2017-04: 广东省统计局《2017年1-4月工业增加值》')
    expect(readFileSync(path.join(where.dataDir, 'sources.csv'), 'utf8')).toContain(
      'gdstats-2017-04,广东省统计局,2017年1-4月工业增加值,,http://stats.gd.gov.cn/gyzjz/,,A,\n',
    )
  })
})

async function parse(content: string | Buffer, period?: string) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const { grid } = await readGrid(bytes)
  return parseRelease(grid, tables.regions, { period, groups: eras })
}

describe('reading rows', () => {
  it('reports breakdown rows and "#" sub-entries with figures as skipped, never as regions', async () => {
    const { table } = await parse(
      exampleText
        .replace('轻工业,,,,', '轻工业,1.00,2.00,3.0,4.0')
        .replace('#顺德区,,,,', '#顺德区,9.00,9.00,9.0,9.0'),
    )
    expect(table?.rows.filter((r) => r.status === 'skipped')).toEqual([
      {
        row: 6,
        label: '轻工业',
        status: 'skipped',
        reason: 'breakdown',
        detail: 'a breakdown row (under 在总计中)',
      },
      {
        row: 13,
        label: '#顺德区',
        status: 'skipped',
        reason: 'sub-entry',
        detail: 'a sub-entry (#, 其中) that is not a city',
      },
    ])
    expect(table?.values).toHaveLength(99)
  })

  it('takes the title from the cell naming a period and the subject, not from a date line', async () => {
    const { table, errors } = await parse(`广东省统计局 2017年4月20日发布,,,,\n${exampleText}`)
    expect(errors).toEqual([])
    expect(table).toMatchObject({ title: '2017年1-3月工业增加值', period: '2017-03' })
  })

  it('reads month columns written with 份: 3月份, 1-3月份', async () => {
    const { table, errors } = await parse(
      exampleText.replace(',本月,本月止累计,', ',3月份,1—3月份,'),
    )
    expect(errors).toEqual([])
    expect(table?.values).toHaveLength(99)
  })

  it('finds the columns by their meaning, in any order', async () => {
    const swapped = exampleText
      .trim()
      .split(/\r?\n/)
      .map((line) => {
        const [a, b, c, d, e] = line.split(',')
        return [a, e, d, c, b].join(',')
      })
      .join('\n')
    const { table } = await parse(swapped)
    expect(
      table?.values.find(
        (v) => v.region === 'guangzhou' && v.indicator === 'iva_above_scale_yoy_pct',
      )?.text,
    ).toBe('5.5')
  })
})

/** Each bad table: the edit, and the exact messages. */
const BAD: [string, string | Buffer, string][] = [
  [
    'no period in the title',
    exampleText.replace('2017年1-3月工业增加值', '工业增加值'),
    'row 1: no period in the title (such as 2017年1-3月 or 2006年9月份)',
  ],
  [
    'a title range that does not start in January',
    exampleText.replace('2017年1-3月', '2017年2-3月'),
    'row 1, column A: “2017年2-3月” is not cumulative from January',
  ],
  [
    'a unit other than 亿元',
    exampleText.replace('计量单位：亿元', '单位：万元'),
    'row 2, column A: unit “万元” is not 亿元',
  ],
  [
    'no unit line',
    exampleText.replace(/计量单位：亿元,,,,\r?\n/, ''),
    'row 2: no unit line (计量单位：亿元 or 单位:亿元) above the header',
  ],
  [
    'a column naming another month than the title',
    exampleText.replace(',本月止累计,', ',1-2月,'),
    "row 3, column C: column “1-2月” names 1-2月, not the title's 1-3月\nrow 3: missing column “本月止累计”",
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
    'a row with figures and no name',
    exampleText.replace('广州市,', ','),
    'row 9, column A: a row without a name has figures but matches no region, breakdown or heading; check the name, or give --skip-unknown to import the rest and list this row',
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
    'not a release table: no header row with 指标名称',
  ],
  [
    'a binary file',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    'not a table: the file is binary, neither CSV nor XLSX',
  ],
]

describe('bad tables', () => {
  it.each(BAD)('rejects %s with its row and cell', async (_name, content, message) => {
    const result = await parse(content).then(
      (r) => r.errors.map(formatIssue),
      (error: unknown) => [error instanceof Error ? error.message : String(error)],
    )
    expect(result).toEqual(message.split('\n'))
  })

  it('rejects a period that disagrees with --period', async () => {
    const { errors } = await parse(exampleText, '2017-06')
    expect(errors.map(formatIssue)).toEqual([
      "row 1, column A: the title's period 2017-03 is not --period 2017-06",
    ])
  })

  it('refuses a membership table that names what is not a group or a city, and writes nothing', async () => {
    const where = sandbox()
    const file = path.join(where.dataDir, 'region-groups.csv')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('east4,2014-01,,shantou', 'east5,2014-01,,shantoux'),
    )
    const { code, stderr } = await run([EXAMPLE, '--source-id', 's08cd4d96', '--write'], where)
    expect(code).toBe(1)
    expect(stderr.slice(0, 2)).toEqual([
      'data/region-groups.csv:4:1 (group): "east5" is not a region group',
      'data/region-groups.csv:4:4 (members): "shantoux" is not a city',
    ])
  })
})

/** Each write regenerates the whole API, demo included: seconds on a busy machine. */
const WRITES = 60_000

describe('releases', { timeout: WRITES_MS }, () => {
  /** The real 2017年1-3月 table as the bureau's 2026年1-3月: a period after the data's latest. */
  const march = exampleText.replace('2017年1-3月', '2026年1-3月')
  const source = (id: string, title: string) => [
    '--source-id',
    id,
    '--publisher',
    '广东省统计局',
    '--title',
    title,
  ]
  const first = source('gdstats-2026-03', '2026年1-3月工业增加值')
  const revised = source('gdstats-2026-03-r', '2026年1-3月工业增加值（更正）')
  const readApi = (where: { outDir: string }, file: string) =>
    JSON.parse(readFileSync(path.join(where.outDir, file), 'utf8')) as unknown

  /** A copy of data/ after the first import (2027-01-10): the month 2026年1-3月 added. */
  async function afterFirstImport() {
    const where = sandbox()
    const file = await saved('2026-03', march, 'CSV, UTF-8')
    const result = await run([file, ...first, '--release-date', '2027-01-10', '--write'], where)
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    return { where, result }
  }

  it(
    'records each import that brings figures: one adding a month, one revising a figure',
    async () => {
      const { where, result } = await afterFirstImport()
      expect(result.stdout.at(-1)).toBe(
        `Written to ${where.dataDir}/ as release r_2027_01_10 of 2027-01-10 (99 added, 0 revisions recorded in revisions.csv); API regenerated in ${where.outDir}.`,
      )
      const rows = observationRows(where.dataDir, '2026-03')
      expect(rows).toHaveLength(99)
      expect(
        rows.every((line) =>
          line.endsWith(',gdstats-2026-03,2026年1-3月工业增加值（发布表导入）,r_2027_01_10'),
        ),
      ).toBe(true)

      // The bureau's corrected table, today (2027-01-15): 广州's growth 5.5 → 5.6.
      const file = await saved(
        '2026-03-r',
        march.replace('广州市,393.30,1019.05,5.6,5.5', '广州市,393.30,1019.05,5.6,5.6'),
        'CSV, UTF-8',
      )
      const second = await run([file, ...revised, '--write'], where)
      expect(second.code).toBe(0)
      expect(second.stdout).toContain('  guangzhou 2026-03 iva_above_scale_yoy_pct: 5.5 → 5.6')
      expect(readFileSync(path.join(where.dataDir, 'releases.csv'), 'utf8')).toBe(
        'id,date,dataset,source_id,table,added,revised,unchanged\n' +
          'r_2027_01_10,2027-01-10,official,gdstats-2026-03,2026年1-3月工业增加值,99,0,0\n' +
          'r_2027_01_15,2027-01-15,official,gdstats-2026-03-r,2026年1-3月工业增加值,0,1,98\n',
      )
      expect(readFileSync(path.join(where.dataDir, 'revisions.csv'), 'utf8')).toBe(
        'dataset,region,period,indicator,old_value,old_source_id,old_release_id,new_value,new_source_id,new_release_id\n' +
          'official,guangzhou,2026-03,iva_above_scale_yoy_pct,5.5,gdstats-2026-03,r_2027_01_10,5.6,gdstats-2026-03-r,r_2027_01_15\n',
      )

      const releases = ReleasesFileSchema.parse(readApi(where, 'releases/official.json'))
      expect(releases.releases.slice(-2)).toEqual([
        {
          id: 'r_2027_01_10',
          date: '2027-01-10',
          source: 'gdstats-2026-03',
          table: '2026年1-3月工业增加值',
          periods: ['2026-03'],
          added: 99,
          revised: 0,
          unchanged: 0,
        },
        {
          id: 'r_2027_01_15',
          date: '2027-01-15',
          source: 'gdstats-2026-03-r',
          table: '2026年1-3月工业增加值',
          periods: ['2026-03'],
          added: 0,
          revised: 1,
          unchanged: 98,
        },
      ])
      expect(releases.earlier).toEqual([
        {
          region: 'guangzhou',
          period: '2026-03',
          indicator: 'iva_above_scale_yoy_pct',
          value: 5.5,
          decimals: 1,
          source: 'gdstats-2026-03',
          release: 'r_2027_01_10',
        },
      ])
      const { observations } = ObservationsFileSchema.parse(
        readApi(where, 'observations/official/2026.json'),
      )
      const guangzhou = (indicator: string) =>
        observations.find((o) => o.region === 'guangzhou' && o.indicator === indicator)
      expect(guangzhou('iva_above_scale_yoy_pct')).toMatchObject({
        value: 5.6,
        source: 'gdstats-2026-03-r',
        release: 'r_2027_01_15',
      })
      expect(guangzhou('iva_above_scale_100m_yuan')).toMatchObject({
        value: 1019.05,
        source: 'gdstats-2026-03',
        release: 'r_2027_01_10',
      })
    },
    WRITES,
  )

  it(
    'records no release for a table imported twice',
    async () => {
      const { where } = await afterFirstImport()
      const data = treeFingerprint(where.dataDir)
      const file = await saved('2026-03', march, 'CSV, UTF-8')
      const again = await run([file, '--source-id', 'gdstats-2026-03', '--write'], where)
      expect(again.code).toBe(0)
      expect(again.stdout.at(-1)).toBe('Nothing to write: the data already holds this table.')
      expect(treeFingerprint(where.dataDir)).toEqual(data)
    },
    WRITES,
  )

  it(
    'refuses a release date in the future, or before the latest release, and writes nothing',
    async () => {
      const { where } = await afterFirstImport()
      const data = treeFingerprint(where.dataDir)
      const file = await saved('2026-03-r', march.replace(',5.6,5.5', ',5.6,5.4'), 'CSV, UTF-8')
      const future = await run([file, ...revised, '--release-date', '2027-01-16', '--write'], where)
      expect(future.code).toBe(1)
      expect(future.stderr[0]).toBe(
        `${file}: --release-date 2027-01-16 is in the future (today is 2027-01-15)`,
      )
      const before = await run([file, ...revised, '--release-date', '2027-01-09', '--write'], where)
      expect(before.code).toBe(1)
      expect(before.stderr[0]).toBe(
        `${file}: the imported tables would not be valid:\n` +
          'data/releases.csv:3:2 (date): 2027-01-09 is before 2027-01-10, the date of the release above it (row 2): releases are recorded in the order they were made\n' +
          'data/revisions.csv:2:10 (new_release_id): r_2027_01_09 (2027-01-09) is dated before the release whose value it replaces (r_2027_01_10, 2027-01-10)',
      )
      expect(before.stderr.at(-1)).toBe('Nothing was written.')
      expect(treeFingerprint(where.dataDir)).toEqual(data)
    },
    WRITES,
  )
})

describe('the guards', { timeout: WRITES_MS }, () => {
  // The bundled data's latest period and the last release that brought it: every archive here
  // is older.
  const newest = tables.releases
    .flatMap((r) => r.periods)
    .sort()
    .at(-1)!
  const latest = tables.releases.findLast((r) => r.periods.includes(newest))!
  const late = (period: string) =>
    `  ! late: ${period} is older than ${newest}, the latest period of the data (brought by ${latest.id} of ${latest.date}, “${latest.table}”): an archive brought in late; --late writes it`

  const old = exampleText.replace('2017年1-3月', '2017年1-4月')
  const oldSource = [
    '--source-id',
    'gdstats-2017-04',
    '--publisher',
    '广东省统计局',
    '--title',
    '2017年1-4月工业增加值',
  ]

  it(
    'says first that a table is older than the latest release’s, and writes it only with --late',
    async () => {
      const where = sandbox()
      const before = treeFingerprint(where.dataDir)
      const file = await saved('2017-04', old, 'CSV, UTF-8')
      const dry = await run([file, ...oldSource], where)
      expect(dry.stdout[1]).toBe(late('2017-04'))
      expect(dry.stdout.at(-1)).toBe(
        'Dry run: nothing written. Add --write --late to apply (an archive brought in late).',
      )

      const refused = await run([file, ...oldSource, '--write'], where)
      expect(refused.code).toBe(1)
      expect(refused.stderr).toEqual([
        `${file}: 2017-04 is older than ${newest}, the latest period of the data (brought by ${latest.id}): give --late to import an archive brought in late`,
        '',
        'Nothing was written.',
      ])
      expect(treeFingerprint(where.dataDir)).toEqual(before)
      expect(existsSync(where.outDir)).toBe(false)

      const written = await run([file, ...oldSource, '--write', '--late'], where)
      expect(written.code).toBe(0)
      expect(readFileSync(path.join(where.dataDir, 'releases.csv'), 'utf8')).toContain(
        'r_2027_01_15,2027-01-15,official,gdstats-2017-04,2017年1-4月工业增加值,99,0,0\n',
      )
    },
    WRITES,
  )

  it(
    'lists first each revision beyond its plausible size (data/revision-thresholds.csv)',
    async () => {
      const file = await saved(
        'large',
        exampleText
          // Growth 5.5 → 9.5: 4 百分点, beyond 2; the amount 1019.05 → 1100.00: 7.94%, beyond 3%.
          .replace('广州市,393.30,1019.05,5.6,5.5', '广州市,393.30,1100.00,5.6,9.5')
          // 佛山 8.0 → 8.1: within its threshold, only among the changes.
          .replace('佛山市,454.17,1117.50,8.4,8.0', '佛山市,454.17,1117.50,8.4,8.1'),
        'CSV, UTF-8',
      )
      const { code, stdout } = await run([file, '--source-id', 's08cd4d96'], READ_ONLY)
      expect(code).toBe(0)
      expect(stdout.slice(1, 4)).toEqual([
        late('2017-03'),
        '  ! large revision: guangzhou 2017-03 iva_above_scale_100m_yuan: 1019.05 → 1100.00 (7.94 % of the value replaced; more than 3 for level: data/revision-thresholds.csv:3)',
        '  ! large revision: guangzhou 2017-03 iva_above_scale_yoy_pct: 5.5 → 9.5 (4 百分点; more than 2 for growth: data/revision-thresholds.csv:2)',
      ])
      expect(stdout[4]).toMatch(/^ {2}rows with figures/)
      expect(stdout.filter((line) => line.startsWith('  ! large revision:'))).toHaveLength(2)
      expect(stdout).toContain('  figures: added 0 · changed 3 · unchanged 96 · not published 1')
    },
    WRITES,
  )
})
