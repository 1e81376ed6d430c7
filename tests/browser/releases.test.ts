import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/import-table.ts'
import { axeViolations } from './axe.ts'
import { baseUrl, downloaded, kpiTile, revealDeferred, useBrowser } from './browser.ts'
import { serveFolder } from './static-server.ts'

const EXAMPLE = readFileSync('docs/examples/2017-03-industrial-value-added.csv', 'utf8')
/** The first import's day: after every curated release (the undated sources count from 2026-12-07). */
const FIRST_DAY = '2027-01-15'
/** The day of the two later imports: the latest release day. */
const DAY = '2027-02-15'

/** npm run import -- … --write, in-process, on the sandbox's data and API. */
async function importTable(root: string, name: string, text: string, args: string[], day = DAY) {
  const file = path.join(root, `${name}.csv`)
  writeFileSync(file, text)
  const errors: string[] = []
  const code = await main(
    [
      file,
      ...args,
      '--write',
      '--late',
      '--release-date',
      day,
      '--data-dir',
      path.join(root, 'data'),
      '--out',
      path.join(root, 'site', 'api', 'v1'),
    ],
    {
      stdout: () => undefined,
      stderr: (line) => errors.push(line),
      now: () => new Date(`${day}T02:00:00Z`),
    },
  )
  if (code !== 0) throw new Error(`import of ${name} failed: ${errors.join('\n')}`)
}

/**
 * Three imports on a copy of the data, served with the production build. On FIRST_DAY one brings
 * a month the data did not have (2018年1-3月, the example table's figures under that title); on
 * DAY another brings 2018年1-5月 and a third revises 广州's 2017年1-3月 growth (5.5 → 5.7).
 */
describe('本期更新: what the latest releases brought, and the figures they revised', () => {
  const session = useBrowser()
  const root = mkdtempSync(path.join(tmpdir(), 'gd-releases-'))
  let server: Awaited<ReturnType<typeof serveFolder>>

  beforeAll(async () => {
    cpSync('data', path.join(root, 'data'), { recursive: true })
    cpSync('dist', path.join(root, 'site'), { recursive: true })
    rmSync(path.join(root, 'site', 'api'), { recursive: true })
    const month = (title: string, id: string, day: string) =>
      importTable(
        root,
        id,
        EXAMPLE.replace('2017年1-3月', title),
        ['--source-id', id, '--publisher', '广东省统计局', '--title', `${title}工业增加值`],
        day,
      )
    await month('2018年1-3月', 'btest2018', FIRST_DAY)
    await month('2018年1-5月', 'btest2018h', DAY)
    await importTable(
      root,
      'revision',
      EXAMPLE.replace('广州市,393.30,1019.05,5.6,5.5', '广州市,393.30,1019.05,5.6,5.7'),
      [
        '--source-id',
        'btestrev',
        '--publisher',
        '广东省统计局',
        '--title',
        '2017年1-3月工业增加值（修订）',
      ],
    )
    server = await serveFolder(path.join(root, 'site'))
  }, 120_000)
  afterAll(async () => {
    await server.close()
  })

  it('lists the new month and the revision, with both values and sources', async () => {
    const { page } = session
    await page.goto(`${server.url}/`)
    const bar = page.getByRole('region', { name: `本期更新（${DAY}）` })
    await expect.poll(() => bar.textContent()).toContain('新增：2018年1-5月 全省及21市')
    expect(await bar.textContent()).toContain('修订：1项')
    await bar.getByRole('button', { name: '查看明细' }).click()
    const revised = bar.getByRole('table', { name: '修订数据' })
    expect(await revised.textContent()).toContain('由5.5%修订为5.7%')
    expect(await revised.textContent()).toContain('2017年1-3月工业增加值（修订）')
    const added = bar.getByRole('table', { name: '新增数据' })
    expect(await added.getByRole('row').count()).toBeGreaterThan(21)
    expect(await axeViolations(page)).toEqual([])
  })

  it('marks the revised figure 修订, its earlier value a tap away', async () => {
    const { page } = session
    await page.goto(`${server.url}/?region=guangzhou&period=2017-03`)
    const tile = kpiTile(page)
    await expect.poll(() => tile.textContent()).toContain('5.7')
    const mark = tile.getByText('修订', { exact: true })
    await mark.click()
    const text = await tile.textContent()
    expect(text).toMatch(/5\.5%（\d{4}-\d\d-\d\d发布/)
    expect(text).toContain(`5.7%（${DAY}发布`)
    // An unrevised figure has no mark.
    expect(await kpiTile(page, '高技术制造业增加值占规上工业比重').getByText('修订').count()).toBe(
      0,
    )

    // The trend's table marks it too, and its CSV names the revised column of the row.
    await revealDeferred(page)
    const panel = page.getByRole('figure', { name: '规模以上工业增加值增速走势' })
    await panel.getByRole('button', { name: '表格' }).click()
    const rows = await panel.getByRole('row').allTextContents()
    expect(rows.find((r) => r.startsWith('2017年1-3月'))).toMatch(/^2017年1-3月5\.7修订7\.1$/)
    expect(rows.filter((r) => r.includes('修订'))).toHaveLength(1)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '下载 CSV' }).click(),
    ])
    const csv = (await downloaded(download)).toString('utf8')
    expect(csv).toMatch(/\r\n期间,广州[^\r]*,修订\r\n/)
    expect(csv).toMatch(/\r\n2017年1-3月,5\.7,7\.1,广州[^,\r]*\r\n/)
    // Every other row: an empty 修订 cell.
    const table = csv
      .split(/\r\n期间,[^\r]*,修订\r\n/)[1]!
      .trim()
      .split('\r\n')
    expect(table.length).toBeGreaterThan(1)
    expect(table.filter((line) => !line.endsWith(',') && !line.startsWith('2017年1-3月,'))).toEqual(
      [],
    )
  })

  // A day after every import, so the days of the releases are in the past.
  const afterImports = new Date('2027-03-01T12:00:00+08:00')
  const between = '2027-01-31'

  it('as published on a day between the imports: the earlier value, without the later month', async () => {
    const { page } = session
    await page.clock.setFixedTime(afterImports)
    await page.goto(`${server.url}/?region=guangzhou&period=2017-03&asof=${between}`)
    const notice = page.getByRole('status').filter({ hasText: `按${between}发布数据显示` })
    await expect.poll(() => notice.count()).toBe(1)
    const tile = kpiTile(page)
    await expect.poll(() => tile.textContent()).toContain('5.5')
    expect(await tile.textContent()).not.toContain('5.7')
    expect(await tile.getByText('修订', { exact: true }).count()).toBe(0)
    // The day's latest release is the first import's; its month is a period, the later one not.
    const bar = page.getByRole('region', { name: `本期更新（${FIRST_DAY}）` })
    await expect.poll(() => bar.textContent()).toContain('新增：2018年1-3月 全省及21市')
    const periods = await page.getByLabel('期间').locator('option').allTextContents()
    expect(periods.some((p) => p.startsWith('2018年1-3月'))).toBe(true)
    expect(periods.some((p) => p.startsWith('2018年1-5月'))).toBe(false)
    expect(await axeViolations(page)).toEqual([])

    // 查看最新 leads back to the figures as published now.
    await notice.getByRole('link', { name: '查看最新' }).click()
    await expect.poll(() => tile.textContent()).toContain('5.7')
    expect(new URL(page.url()).searchParams.has('asof')).toBe(false)
    expect(await notice.count()).toBe(0)
  })

  it('the brief as published on that day', async () => {
    const { page } = session
    await page.clock.setFixedTime(afterImports)
    await page.goto(`${server.url}/?view=brief&region=guangzhou&period=2017-03&asof=${between}`)
    const sheet = page.locator('main')
    await expect.poll(() => sheet.textContent()).toContain(`按${between}发布数据显示`)
    await expect.poll(() => sheet.textContent()).toContain('5.5%')
    expect(await sheet.textContent()).not.toContain('5.7%')
  })

  it('a period the day had not yet seen falls back, saying so', async () => {
    const { page } = session
    await page.clock.setFixedTime(afterImports)
    await page.goto(`${server.url}/?period=2018-05&asof=${between}`)
    const notice = page.getByRole('status').filter({ hasText: '链接中的以下参数无效' })
    await expect.poll(() => notice.textContent()).toContain('period=2018-05')
    expect(await notice.textContent()).toContain('截至所选日期尚未发布这个期间')
  })

  for (const [day, words] of [
    ['2027-02-30', '格式无效'],
    ['2001-01-01', '该日期早于本数据集的第一次发布'],
    ['2027-12-01', '该日期尚未到来'],
  ] as const)
    it(`asof=${day} falls back to the latest figures with a notice`, async () => {
      const { page } = session
      await page.clock.setFixedTime(afterImports)
      await page.goto(`${server.url}/?region=guangzhou&period=2017-03&asof=${day}`)
      const notice = page.getByRole('status').filter({ hasText: '链接中的以下参数无效' })
      await expect.poll(() => notice.textContent()).toContain(`asof=${day}`)
      expect(await notice.textContent()).toContain(words)
      await expect.poll(() => kpiTile(page).textContent()).toContain('5.7')
      expect(new URL(page.url()).searchParams.has('asof')).toBe(false)
    })
})

describe('when the next figures are due, on a fixed clock', () => {
  const session = useBrowser({ freshContext: true })
  for (const [today, words] of [
    ['before', /下次更新预计 \d{4}-\d\d-\d\d/],
    ['after', /预计发布日（\d{4}-\d\d-\d\d）已过，尚未更新/],
  ] as const)
    it(`says so ${today} the due date`, async () => {
      const { page } = session
      const calendar = JSON.parse(readFileSync('public/api/v1/release-calendar.json', 'utf8')) as {
        entries: { dataset: string; period: string; date: string }[]
      }
      const manifest = JSON.parse(readFileSync('public/api/v1/index.json', 'utf8')) as {
        datasets: { id: string; dataAsOf: string }[]
      }
      const latest = manifest.datasets.find((d) => d.id === 'official')!.dataAsOf
      const due = calendar.entries
        .filter((e) => e.dataset === 'official' && e.period > latest)
        .sort((a, b) => a.date.localeCompare(b.date))[0]!
      const day = new Date(`${due.date}T12:00:00+08:00`)
      day.setDate(day.getDate() + (today === 'before' ? -3 : 3))
      await page.clock.setFixedTime(day)
      await page.goto(`${baseUrl()}/`)
      await expect
        .poll(() => page.getByRole('region', { name: /本期更新/ }).textContent())
        .toMatch(words)
    })
})
