import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import { baseUrl, firstViewPeriod, screenshot, useBrowser } from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots'
const GUANGZHOU_2019 = '/?region=guangzhou&period=2019-12'

/** As a reader does: the panels below the tiles are drawn as they come near the screen. */
async function scrollToBriefing(page: Page) {
  const box = page.locator('[data-panel=briefing]')
  await box.waitFor({ state: 'attached' })
  await box.scrollIntoViewIfNeeded()
}

describe('the briefing', () => {
  const session = useBrowser()

  it('writes the text for the selected region and period, and copies it', async () => {
    const { page, context } = session
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${baseUrl()}${GUANGZHOU_2019}`)
    await scrollToBriefing(page)
    const panel = page.getByRole('region', { name: '简报' })
    await expect
      .poll(() => panel.textContent())
      .toContain('2019年，广州市规模以上工业增加值同比增长5.1%，增速比1-2月提高4.0个百分点。')
    expect(await panel.textContent()).toContain('所用资料来源')
    await panel.getByRole('button', { name: '复制文字' }).click()
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('已复制到剪贴板')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied.startsWith('2019年，广州市规模以上工业增加值同比增长5.1%')).toBe(true)

    // It follows the filters.
    await page.getByLabel('地区', { exact: true }).selectOption('shenzhen')
    await expect.poll(() => panel.textContent()).toContain('2019年，深圳市工业投资同比增长11.5%')
  })

  it('opens the one-page brief, which prints to a single A4 page', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${GUANGZHOU_2019}`)
    await scrollToBriefing(page)
    await page.getByRole('button', { name: '打印简报' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('brief')
    await page.getByRole('heading', { name: '广东工业“三稳”监测简报' }).waitFor()
    await page.locator('main figure svg[role=img]').nth(1).waitFor()
    const sheet = page.locator('main')
    const text = await sheet.textContent()
    expect(text).toContain('广州市 · 2019年1-12月')
    expect(text).toContain('数据截至 2025年1-12月')
    expect(text).toContain('5.1%比1-2月提高4.0个百分点')
    expect(text).toContain('广东省工业和信息化厅')
    // The link is to this sheet, at its period and dataset (#29), not to the dashboard.
    const link = `${baseUrl()}/?view=brief&region=guangzhou&period=2019-12&dataset=official`
    expect(text).toContain(`本页链接：${link}`)
    expect(await sheet.locator('footer a').getAttribute('href')).toBe(link)
    expect(await axeViolations(page)).toEqual([])

    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
    // Chromium writes one "/Type /Page" object per page (and one "/Type /Pages" tree).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages).toHaveLength(1)

    mkdirSync(SCREENSHOTS, { recursive: true })
    const file = path.join(tmpdir(), `brief-${process.pid}.pdf`)
    writeFileSync(file, pdf)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-singlefile',
      file,
      `${SCREENSHOTS}/brief-guangzhou-2019`,
    ])
    expect(readFileSync(`${SCREENSHOTS}/brief-guangzhou-2019.png`).subarray(1, 4).toString()).toBe(
      'PNG',
    )
  })

  it.each([
    ['zh', '本页链接：', '广东工业“三稳”监测简报'],
    ['en', 'Link to this brief: ', 'Guangdong industrial stability brief'],
  ])(
    'in %s, links to itself at the period it shows, not the one new data would open on',
    async (lang, label, title) => {
      const { page } = session
      // Opened without a period or dataset: the link names the ones it resolved to.
      await page.goto(`${baseUrl()}/?view=brief${lang === 'en' ? '&lang=en' : ''}`)
      await page.getByRole('heading', { name: title }).waitFor()
      const footer = page.locator('main footer')
      // The prerendered sheet (zh) links by path until the app, which knows the host, has run.
      await expect.poll(() => footer.locator('a').getAttribute('href')).toMatch(/^http/)
      const href = new URL((await footer.locator('a').getAttribute('href')) ?? '')
      expect(Object.fromEntries(href.searchParams)).toEqual({
        view: 'brief',
        ...(lang === 'en' ? { lang } : {}),
        dataset: 'official',
        period: firstViewPeriod(),
      })
      expect(await footer.textContent()).toBe(`${label}${href.toString()}`)
      const heading = await page.locator('main header p').first().textContent()
      await screenshot(footer, `${SCREENSHOTS}/brief-link-${lang}.png`)
      // Followed, it opens the same sheet: the same region and period, the same link.
      await footer.locator('a').click()
      await expect.poll(() => page.url()).toBe(href.toString())
      await page.getByRole('heading', { name: title }).waitFor()
      expect(await page.locator('main header p').first().textContent()).toBe(heading)
      expect(await footer.locator('a').getAttribute('href')).toBe(href.toString())
    },
  )

  it('a link to the brief asks for its code while the files load, not after them', async () => {
    const { page } = session
    // The catalog and the observations answer a second late: code asked for only once they are
    // read (as the brief's page was) would be asked for after their answers.
    const late = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await route.continue()
    }
    await page.route(/\/api\/v1\/(regions|indicators|sources)\.json/, late)
    await page.route(/\/api\/v1\/observations\//, late)
    await page.goto(`${baseUrl()}${GUANGZHOU_2019}&view=brief`)
    await page.locator('main figure svg[role=img]').nth(1).waitFor()
    const requests = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    )
    const started = (pattern: RegExp) => requests.find((r) => pattern.test(r.path))?.start
    const answered = (pattern: RegExp) =>
      Math.min(...requests.filter((r) => pattern.test(r.path)).map((r) => r.end))
    const catalog = answered(/\/api\/v1\/(regions|indicators|sources)\.json$/)
    // The brief's page is asked for as the app starts.
    expect(started(/\/assets\/brief-page-/)).toBeLessThan(catalog)
    // Its two charts are drawn by its own code (plain SVG, issue 28): no chart library to wait for.
    expect(started(/\/assets\/series-chart-/)).toBeUndefined()
  })

  it('goes back to the dashboard, with the same filters', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${GUANGZHOU_2019}&view=brief&dataset=demo`)
    await page.getByRole('button', { name: '返回仪表盘' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.has('view')).toBe(false)
    const params = new URL(page.url()).searchParams
    expect([params.get('dataset'), params.get('region'), params.get('period')]).toEqual([
      'demo',
      'guangzhou',
      '2019-12',
    ])
    await scrollToBriefing(page)
    await page.getByRole('region', { name: '简报' }).waitFor()
  })

  it('prints the dashboard without its controls', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${GUANGZHOU_2019}`)
    await page.locator('#kpi-heading').waitFor()
    expect(await page.getByLabel('地区', { exact: true }).isVisible()).toBe(true)
    // Printing without scrolling: the panels below the screen are drawn for it.
    await page.locator('[data-panel=trend] [data-deferred]').waitFor({ state: 'attached' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page
      .getByRole('figure', { name: '规模以上工业增加值增速走势' })
      .locator('.recharts-wrapper > svg')
      .waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByLabel('地区', { exact: true }).isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: '下载 CSV' }).first().isVisible()).toBe(false)
    expect(await page.getByRole('figure', { name: '规模以上工业增加值增速走势' }).isVisible()).toBe(
      true,
    )
  })
})
