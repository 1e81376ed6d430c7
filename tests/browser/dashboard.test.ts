import { mkdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import {
  baseUrl,
  downloaded,
  kpiTile,
  revealDeferred,
  screenshotWholePage,
  TAKE_SCREENSHOTS,
  useBrowser,
} from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots'

describe('the dashboard at a desk', () => {
  const session = useBrowser()

  it('opens a shared link on the same view: Guangzhou 2019年1-12月', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    const tile = kpiTile(page)
    await expect.poll(() => tile.textContent()).toContain('5.1%')
    expect(await tile.textContent()).toContain('比1-2月提高4.0个百分点')
    expect(await kpiTile(page, '工业投资').textContent()).toContain('1038亿元')
    expect(await page.getByLabel('地区', { exact: true }).inputValue()).toBe('guangzhou')
    expect(await page.getByLabel('期间', { exact: true }).inputValue()).toBe('2019-12')
    // The datasets of the manifest, each with its data-as-of: the demo's is the official one's.
    expect(await page.getByLabel('数据集').locator('option').allTextContents()).toEqual([
      '官方发布数据（截至2025年1-12月）',
      '演示数据（模拟生成，非统计数据）（截至2025年1-12月）',
    ])
    expect(await page.getByRole('banner').textContent()).toContain('数据截至 2025年1-12月')
  })

  it('marks a figure read from a copy of an official release as 转载, with the copy’s address', async () => {
    const { page } = session
    // 广州 2020年1-2月: the city's release, read on a reprint (grade C in data/sources.csv).
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2020-02`)
    const tile = kpiTile(page)
    await expect.poll(() => tile.textContent()).toContain('-21.8%')
    await tile.getByRole('button', { name: '来源：规模以上工业增加值累计增速' }).click()
    const details = tile.getByText('官方发布，仅见于转载').locator('..')
    await expect.poll(() => details.textContent()).toContain('m.mysteel.com')
    expect(await details.getByText('转载', { exact: true }).isVisible()).toBe(true)
    // The copy's address is never part of the title.
    const title = await details.locator('p').first().textContent()
    expect(title).toContain('2020年1-2月广州市经济运行情况')
    expect(title).not.toContain('mysteel')
  })

  it('puts a changed control in the URL, restores it on reload, and steps back and forward', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await page.getByLabel('地区', { exact: true }).selectOption('shenzhen')
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('shenzhen')
    // The period chosen is kept: 深圳 has figures for 2019年1-12月 too.
    expect(new URL(page.url()).searchParams.get('period')).toBe('2019-12')
    await page.getByText('当月', { exact: true }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('measure')).toBe('month')

    await page.reload()
    await expect.poll(() => page.getByLabel('地区', { exact: true }).inputValue()).toBe('shenzhen')
    expect(await page.getByRole('radio', { name: '当月' }).isChecked()).toBe(true)

    await page.goBack()
    await expect.poll(() => page.getByRole('radio', { name: '累计' }).isChecked()).toBe(true)
    await page.goBack()
    await expect.poll(() => page.getByLabel('地区', { exact: true }).inputValue()).toBe('guangzhou')
    await page.goForward()
    await expect.poll(() => page.getByLabel('地区', { exact: true }).inputValue()).toBe('shenzhen')
  })

  it('adds and removes compared regions', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&region=shenzhen`)
    await page.getByLabel('对比地区', { exact: true }).selectOption('guangzhou')
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('guangzhou')
    await page.getByRole('button', { name: '移除对比地区：广州市' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe(null)
  })

  it('shows the trend as a table of the plotted values, and downloads it as CSV', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await revealDeferred(page)
    const panel = page.getByRole('figure', { name: '规模以上工业增加值增速走势' })
    await panel.getByRole('button', { name: '表格' }).click()
    const rows = await panel.getByRole('row').allTextContents()
    // Periods in full, with their year (the axis reads 19年1-12月): #29.
    expect(rows).toContain('2019年1-12月5.1—暂无数据')
    expect(rows).toContain('2019年1-2月1.1—暂无数据')
    expect(rows).toContain('2017年1-3月5.57.1')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '下载 CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const csv = (await downloaded(download)).toString('utf8')
    expect(
      csv.startsWith(
        '\uFEFF,规模以上工业增加值增速走势\r\n单位,%\r\n期间,2017年1-2月–2019年1-12月\r\n资料来源,',
      ),
    ).toBe(true)
    expect(csv).toContain('数据集,官方发布数据')
    expect(csv).toContain('期间,广州（%）,广东（%）\r\n')
    expect(csv).toContain('\r\n2019年1-12月,5.1,—\r\n')
    expect(csv).toContain('\r\n2017年1-3月,5.5,7.1\r\n')
    expect(csv).not.toMatch(/\r\n\d\d年/)
  })

  it('redraws the panels on the screen at once, and the others as they come near it', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await revealDeferred(page)
    const trend = page.locator('[data-panel=trend]')
    expect(await trend.getAttribute('aria-busy')).toBe('false')
    await page.getByLabel('地区', { exact: true }).selectOption('shenzhen')
    await page.locator('#kpi-heading', { hasText: '深圳市' }).waitFor()
    // Below the screen: still the previous view, and says so to assistive technology.
    expect(await trend.getAttribute('aria-busy')).toBe('true')
    const panel = page.getByRole('figure', { name: '规模以上工业增加值增速走势' })
    expect(await panel.getByText('深圳', { exact: true }).count()).toBe(0)

    await trend.scrollIntoViewIfNeeded()
    await expect.poll(() => trend.getAttribute('aria-busy')).toBe('false')
    await panel.getByRole('button', { name: '表格' }).click()
    expect(await panel.getByRole('columnheader').allTextContents()).toContain('深圳（%）')
  })

  it('downloads a chart as a PNG with its title burnt in', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&region=guangzhou`)
    await revealDeferred(page)
    const panel = page.getByRole('figure', { name: '工业投资与技改投资' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '下载 PNG' }).click(),
    ])
    const png = await downloaded(download)
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    const width = png.readUInt32BE(16)
    const height = png.readUInt32BE(20)
    expect(width).toBeGreaterThan(600)
    expect(height).toBeGreaterThan(500)
    mkdirSync(SCREENSHOTS, { recursive: true })
    writeFileSync(`${SCREENSHOTS}/download-investment.png`, png)
  })

  it('ignores a wrong link parameter with a notice, and fixes the address', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-13&foo=%3Cscript%3E`)
    const notice = page.getByRole('status').filter({ hasText: '链接中的以下参数无效' })
    await expect.poll(() => notice.textContent()).toContain('period=2019-13：格式无效')
    expect(await notice.textContent()).toContain('foo=<script>：未知参数')
    await expect.poll(() => new URL(page.url()).search).toBe('?region=guangzhou')
    await notice.getByRole('button', { name: '关闭' }).click()
    expect(await notice.count()).toBe(0)
  })

  it('speaks English on request', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
    expect(await page.getByLabel('Region', { exact: true }).inputValue()).toBe('guangzhou')
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('2019-12')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const tile = kpiTile(page, 'Above-scale industrial value added: year-to-date growth')
    expect(await tile.textContent()).toContain('up 4.0 points')
  })

  it.each([
    ['official, light', '/?region=guangzhou&period=2019-12&theme=light'],
    [
      'demo, dark, green-up, comparing',
      '/?dataset=demo&region=shenzhen&compare=guangzhou,dongguan&theme=dark&colors=green-up',
    ],
    ['English', '/?lang=en&dataset=demo&theme=light'],
  ])('has no axe violations: %s', async (_name, path) => {
    const { page } = session
    await page.goto(`${baseUrl()}${path}`)
    // Every panel drawn first (axeViolations scrolls through the page).
    expect(await axeViolations(page)).toEqual([])
  })

  it('is usable by keyboard: every control is reached with Tab and shows its focus', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    // Every panel drawn and still, as for someone who has looked at the page: a panel that
    // redraws under the focus would take the focus with it.
    await revealDeferred(page)
    await expect.poll(() => page.locator('[aria-busy=true]').count()).toBe(0)
    const reached: string[] = []
    // Far enough to pass the map's tiles, whose focus is drawn on the tile, not as an outline.
    for (let i = 0; i < 150 && !reached.some((r) => r.startsWith('tile ')); i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body) return { name: 'BODY', ring: false }
        const name = (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 24)
        if (el.classList.contains('map-tile')) {
          const box = el.querySelector('.tile-box')
          const ring = box ? getComputedStyle(box).strokeWidth === '6px' : false
          return { name: `tile ${name}`, ring }
        }
        const style = getComputedStyle(el)
        return { name, ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' }
      })
      expect(focus.name, `focus lost to the page after ${reached.join('|')}`).not.toBe('BODY')
      expect(focus.ring, `no visible focus on ${focus.name}`).toBe(true)
      reached.push(focus.name)
    }
    const path = reached.join('|')
    expect(path).toMatch(/跳到主要内容/)
    expect(path).toMatch(/复制链接/)
    expect(path).toMatch(/下载 CSV/)
    expect(path).toMatch(/tile 清远/) // the first tile in reading order
  })
})

// Pictures for a person to look at, taken where screenshots are (see TAKE_SCREENSHOTS), not on
// CI. What they could show broken is tested elsewhere: the layout of this view (demo, comparing)
// by views.test.ts, including horizontal scrolling; the dark theme by the axe test's contrast.
describe.runIf(TAKE_SCREENSHOTS).each([
  ['1366x768', { width: 1366, height: 768 }],
  ['1920x1080', { width: 1920, height: 1080 }],
])('screenshots at %s', (size, viewport) => {
  const session = useBrowser({ viewport })
  it.each(['light', 'dark'])('%s theme', async (theme) => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&region=guangzhou&compare=shenzhen&theme=${theme}`)
    await revealDeferred(page)
    await screenshotWholePage(page, `${SCREENSHOTS}/dashboard-${size}-${theme}.png`)
  })
})
