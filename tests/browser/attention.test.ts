import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import { slideRoom } from '../../src/features/attention/index.ts'
import { AttentionFileSchema, attentionPath } from '../../src/schemas/attention.ts'
import { readApiFile } from '../support/api-data.ts'
import {
  baseUrl,
  firstViewYear,
  kpiTile,
  revealDeferred,
  screenshot,
  useBrowser,
} from './browser.ts'
import { slideProblems } from './layout.ts'

const SCREENSHOTS = 'test-results/screenshots/attention'

const panel = (page: Page) => page.locator('[data-panel="attention"]')

describe('需关注 on the dashboard', () => {
  const session = useBrowser()

  it('the official default view: the counts, the findings with sources, a link to each', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/`)
    const figure = page.getByRole('figure', { name: /^需关注：/ })
    await expect.poll(() => figure.locator('h2').textContent()).toBe('需关注：预警0项 · 关注2项')
    const items = figure.locator('li[data-level]')
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(
        /^◇关注广东省：规模以上工业增加值累计增速3%，低于年度目标（增长6%左右）3个百分点来源：/,
      ),
      expect.stringMatching(
        /^◇关注东莞市：规模以上工业增加值累计增速4%，低于年度目标（增长7%左右）3个百分点来源：/,
      ),
    ])
    await expect
      .poll(() => figure.textContent())
      .toContain('已评估全省及1市的2项数据；20市本期无数据，未评估')
    await screenshot(figure, `${SCREENSHOTS}/panel-default.png`)
    await items.nth(1).getByRole('link').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('dongguan')
    expect(new URL(page.url()).searchParams.get('period')).toBe('2025-12')
    await expect.poll(() => page.locator('h1, h2').first().isVisible()).toBe(true)
  })

  it('a period with a published negative figure: 预警 first, marked on the map and the ranking', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?period=2024-08`)
    const figure = page.getByRole('figure', { name: /^需关注：/ })
    await expect.poll(() => figure.locator('h2').textContent()).toBe('需关注：预警1项 · 关注1项')
    const first = figure.locator('li[data-level]').first()
    expect(await first.getAttribute('data-level')).toBe('warning')
    expect(await first.textContent()).toContain(
      '◆预警广州市：规模以上工业增加值累计增速-1.3%，负增长',
    )
    // The table and its CSV hold the same findings.
    await figure.getByRole('button', { name: '表格' }).click()
    const rows = await figure.getByRole('row').allTextContents()
    expect(rows[1]).toContain(
      '广州预警规模以上工业增加值累计增速广州市：规模以上工业增加值累计增速-1.3%，负增长',
    )

    await revealDeferred(page)
    const map = page.getByRole('figure', { name: /各市分布/ })
    const tile = map.getByRole('button', { name: /^广州/ })
    await expect.poll(() => tile.getAttribute('aria-label')).toContain('需关注: 预警')
    expect(await tile.locator('[data-mark]').textContent()).toBe('◆')
    expect(await map.getByRole('list', { name: '需关注' }).textContent()).toBe('需关注◆预警◇关注')
    const ranking = page.getByRole('figure', { name: /排名|排序/ }).first()
    await expect.poll(() => ranking.textContent()).toMatch(/广州\s?◆/)
    await screenshot(map, `${SCREENSHOTS}/map-mark.png`)
    expect(await axeViolations(page)).toEqual([])
  })

  it('a period where nothing was found says so in one line, with what was evaluated', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?period=2024-03`)
    await kpiTile(page).waitFor()
    await expect
      .poll(() => panel(page).textContent())
      .toBe(
        '需关注 · 2024年1-3月：本期没有需关注事项。已评估全省及0市的4项数据；21市本期无数据，未评估。',
      )
    expect(await page.getByRole('figure', { name: /^需关注：/ }).count()).toBe(0)
  })

  it('the demo’s calm year has periods where all 21 cities were read and nothing was found', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&period=2019-06`)
    await kpiTile(page).waitFor()
    await expect
      .poll(() => panel(page).textContent())
      .toMatch(/^需关注 · 2019年1-6月：本期没有需关注事项。已评估全省及21市的\d+项数据。$/)
    await screenshot(panel(page), `${SCREENSHOTS}/panel-calm-demo.png`)
  })

  it('a findings file that fails is said in the panel’s place; the tiles stay, and a retry loads it', async () => {
    const { page } = session
    let fail = true
    await page.route(/\/api\/v1\/attention\/official\/2024\.json/, (route) =>
      fail ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue(),
    )
    await page.goto(`${baseUrl()}/?period=2024-08&region=guangzhou`)
    const alert = page.locator('section[aria-label="需关注"] [role="alert"]')
    await expect.poll(() => alert.textContent()).toContain('attention/official/2024.json')
    expect(await alert.textContent()).toContain('HTTP 404')
    expect(await kpiTile(page).textContent()).toContain('-1.3')
    fail = false
    await alert.getByRole('button', { name: '重试' }).click()
    await expect
      .poll(() =>
        page
          .getByRole('figure', { name: /^需关注：/ })
          .locator('h2')
          .textContent(),
      )
      .toBe('需关注：预警1项 · 关注1项')
    await page.unrouteAll()
    session.problems.length = 0
  })

  it('in English', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?period=2024-08&lang=en`)
    const figure = page.getByRole('figure', { name: /^Needs attention:/ })
    await expect
      .poll(() => figure.locator('h2').textContent())
      .toBe('Needs attention: 1 warning · 1 to watch')
    expect(await figure.locator('li[data-level]').first().textContent()).toContain(
      '◆WarningGuangzhou: Above-scale industrial value added, year-to-date growth -1.3%, negative growth',
    )
    expect(await axeViolations(page)).toEqual([])
  })

  it('the brief carries 需重点关注 with the 预警 items', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?view=brief&period=2024-08&region=guangzhou`)
    const paragraph = page.locator('[data-brief="attention"]')
    await expect
      .poll(() => paragraph.textContent())
      .toBe('广州市：规模以上工业增加值累计增速-1.3%，负增长；另有关注1项。')
    await screenshot(page.locator('article, main').first(), `${SCREENSHOTS}/brief.png`)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('the attention slide', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    describe(`at ${viewport.width}×${viewport.height}`, () => {
      const session = useBrowser({ viewport })
      it('lists the 预警 first and counts what does not fit, readable from 5 m', async () => {
        const { page } = session
        await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=attention`)
        const slide = page.locator('[data-slide-attention]')
        await expect
          .poll(() => slide.locator('p').first().textContent())
          .toMatch(/^需关注：预警\d+项 · 关注\d+项$/)
        const levels = await slide
          .locator('li')
          .evaluateAll((items) => items.map((li) => li.textContent))
        // As many as fit the slide's lines (slideRoom), the same as the PowerPoint's slide.
        const file = AttentionFileSchema.parse(readApiFile(attentionPath('demo', firstViewYear())))
        expect(levels.length).toBe(slideRoom(file.periods.at(-1)!.alerts, 'zh'))
        expect(levels.length).toBeGreaterThan(5)
        const firstWatch = levels.findIndex((t) => t.startsWith('◇'))
        expect(
          levels
            .slice(0, firstWatch === -1 ? undefined : firstWatch)
            .every((t) => t.startsWith('◆')),
        ).toBe(true)
        await expect.poll(() => slide.textContent()).toMatch(/另有关注\d+项/)
        const fit = await slideProblems(page)
        expect(fit.problems).toEqual([])
        expect(fit.smallest).toBeGreaterThanOrEqual(20)
        await screenshot(page, `${SCREENSHOTS}/slide-${viewport.width}.png`)
      })
    })
  }

  describe('in a deck', () => {
    const session = useBrowser({ viewport: { width: 1920, height: 1080 } })
    it('is left out of a period without findings', async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/?present=1&period=2024-03&slides=overview,attention`)
      await expect.poll(() => page.locator('body').textContent()).toContain('已跳过1页（无数据）')
    })
  })
})
