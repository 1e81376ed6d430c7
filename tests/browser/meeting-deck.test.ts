/**
 * The deck a 调度会 runs on (issue 30): advanced by the presenter, a presenter's window in step
 * with it, the spotlight on the month's 预警 cities, slides that say when they are from.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { AttentionFileSchema } from '../../src/schemas/attention.ts'
import { attentionPath } from '../../src/schemas/constants.ts'
import { loadCatalog, readApiFile } from '../support/api-data.ts'
import { axeViolations } from './axe.ts'
import { appRunning, baseUrl, firstViewYear, screenshot, useBrowser } from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots/meeting-deck'
const catalog = loadCatalog()

const heading = (page: Page) => page.locator('main h1').first().textContent()
const counter = (page: Page) => page.locator('[data-slide-count]').textContent()

/** Every slide of the deck on screen, from the first: its heading and the slide's text. */
async function walk(page: Page): Promise<{ title: string; text: string }[]> {
  await page.locator('[data-slide-count]').waitFor()
  const total = Number(/(\d+)\D*$/.exec((await counter(page)) ?? '')?.[1])
  const slides: { title: string; text: string }[] = []
  for (let i = 1; i <= total; i++) {
    const slide = page.locator('[data-slide]')
    await expect.poll(() => slide.textContent()).not.toMatch(/加载中|Loading/)
    await slide.locator('[data-pending], .animate-pulse').first().waitFor({ state: 'detached' })
    slides.push({ title: (await heading(page)) ?? '', text: (await slide.textContent()) ?? '' })
    if (i < total) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => counter(page)).toContain(`第 ${i + 1}/`)
    }
  }
  return slides
}

describe('a meeting deck', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 }, freshContext: true })

  it('waits for the presenter: no countdown, and nothing moves in 60 s', async () => {
    const { page } = session
    await page.clock.install()
    await page.goto(`${baseUrl()}/?present=1&dataset=demo`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    expect(await counter(page)).toMatch(/^第 1\/\d+ 页$/)
    await page.clock.runFor(61_000)
    expect(await heading(page)).toBe('“三稳”与技改总览')
    expect(await counter(page)).toMatch(/^第 1\/\d+ 页$/)
    expect(await page.getByRole('progressbar').count()).toBe(0)
    expect(await page.locator('main footer').textContent()).not.toMatch(/秒后翻页|P 暂停/)
    // P does nothing: there is no timer to pause.
    await page.keyboard.press('p')
    expect(await page.locator('main footer').textContent()).not.toContain('已暂停')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => heading(page)).toBe('需关注')
  })

  it('a rotating deck advances by itself, and pauses', async () => {
    const { page } = session
    await page.clock.install()
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&deck=lobby`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    expect(await page.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('30')
    await page.clock.runFor(31_000)
    await expect.poll(() => heading(page)).toBe('需关注')
    await page.keyboard.press('p')
    await expect.poll(() => page.locator('main footer').textContent()).toContain('已暂停')
    await page.clock.runFor(61_000)
    expect(await heading(page)).toBe('需关注')
  })

  it('turns the page on a swipe', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    const swipe = (from: number, to: number) =>
      page.locator('main').evaluate(
        (main, [a, b]) => {
          const touch = (x: number) =>
            new Touch({ identifier: 1, target: main, clientX: x, clientY: 500 })
          main.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [touch(a!)] }))
          main.dispatchEvent(
            new TouchEvent('touchend', { bubbles: true, changedTouches: [touch(b!)] }),
          )
        },
        [from, to],
      )
    await swipe(1500, 900)
    await expect.poll(() => heading(page)).toBe('需关注')
    await swipe(900, 1500)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
  })
})

describe('the presenter’s window', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 }, freshContext: true })

  it('opens with S, shows the current and next slide with notes, and keeps in step both ways', async () => {
    const { page, context } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page)).toMatch(/^第 2\//)
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
    await presenter.setViewportSize({ width: 1440, height: 900 })
    const count = () => presenter.locator('[data-presenter-count]').textContent()
    // It opens on the slide the room sees.
    await expect.poll(count).toMatch(/^第 2\//)
    await expect
      .poll(() => presenter.getByRole('figure').first().getAttribute('aria-label'))
      .toBe('当前页：需关注')
    expect(await presenter.getByRole('figure').nth(1).getAttribute('aria-label')).toBe(
      '下一页：本期更新',
    )
    const notes = presenter.locator('[data-presenter-notes]')
    await expect.poll(() => notes.textContent()).toMatch(/通报表述：.+\n来源：.+/s)
    expect(await presenter.locator('main > header').textContent()).toMatch(/已用时 \d\d:\d\d/)
    await screenshot(presenter, `${SCREENSHOTS}/presenter.png`)
    expect(await axeViolations(presenter)).toEqual([])

    // The presenter drives the room …
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page)).toMatch(/^第 3\//)
    await expect.poll(() => heading(page)).toBe('本期更新')
    await presenter.getByRole('button', { name: '下一页' }).click()
    await expect.poll(() => counter(page)).toMatch(/^第 4\//)
    // … and follows it.
    await page.keyboard.press('ArrowLeft')
    await expect.poll(count).toMatch(/^第 3\//)
    await page.keyboard.press('1')
    await expect.poll(count).toMatch(/^第 1\//)

    // Closing the presenter's window leaves the room's working.
    await presenter.close()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page)).toMatch(/^第 2\//)
  })

  it('goes on by itself when the room’s window closes', async () => {
    const { page, context } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
    const count = () => presenter.locator('[data-presenter-count]').textContent()
    await expect.poll(count).toMatch(/^第 1\//)
    await page.close()
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(count).toMatch(/^第 2\//)
  })
})

describe('the slides', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 } })

  it('in the demo, the spotlight is on the cities with 预警 in 需关注, in their order', async () => {
    const { page } = session
    const year = firstViewYear()
    const file = AttentionFileSchema.parse(readApiFile(attentionPath('demo', year)))
    const period = file.periods.at(-1)!
    const warned = [
      ...new Set(period.alerts.filter((a) => a.level === 'warning').map((a) => a.region)),
    ].filter((code) => catalog.cities.some((c) => c.code === code))
    expect(warned.length).toBeGreaterThan(0)
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&period=${period.period}`)
    const spotlights = (await walk(page))
      .map((s) => s.title)
      .filter((title) => title.startsWith('聚焦'))
    expect(spotlights).toEqual(
      warned.slice(0, 3).map((code) => `聚焦：${catalog.region.get(code)!.nameZh}`),
    )
  })

  it('in a period without 预警, the spotlight says so and the deck goes on', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&period=2019-06`)
    const slides = await walk(page)
    const spotlight = slides.find((s) => s.title === '聚焦：预警城市')
    expect(spotlight?.text).toBe('2019年1-6月没有城市出现预警事项。')
  })

  it('official default deck: no heading without content, no period without its year', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1`)
    await appRunning(page)
    const slides = await walk(page)
    expect(slides.length).toBeGreaterThan(3)
    await page.keyboard.press('1')
    for (let i = 0; i < slides.length; i++) {
      const problems = await page.locator('[data-slide]').evaluate((slide) => {
        const found: string[] = []
        for (const h of slide.querySelectorAll('h2, h3, figcaption')) {
          const box = h.closest('section, figure') ?? h.parentElement!
          const rest = box.textContent.replace(h.textContent, '').trim()
          if (rest === '') found.push(`heading without content: ${h.textContent}`)
        }
        // A label that is a period (a row, a figure's caption) carries its year.
        const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = (n.textContent ?? '').trim()
          if (/^\d{1,2}(-\d{1,2})?月/.test(text)) found.push(`period without its year: ${text}`)
        }
        return found
      })
      expect(problems, slides[i]!.title).toEqual([])
      await page.keyboard.press('ArrowRight')
    }
  })

  it('a slide of an older period has it in its title, marked 非本期数据', async () => {
    const { page } = session
    // 广州 has no figure for the deck's 2025年1-12月: it shows its latest, and says so.
    await page.goto(`${baseUrl()}/?present=1&slides=overview,city:guangzhou`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => heading(page)).toBe('聚焦：广州市· 2024年1-8月非本期数据')
    const mark = page.locator('main h1 span').filter({ hasText: /^非本期数据$/ })
    const size = (text: string | RegExp) =>
      page
        .locator('main h1 span')
        .filter({ hasText: text })
        .last()
        .evaluate((s) => parseFloat(getComputedStyle(s).fontSize))
    // The period is as large as the city's name; the marker is large enough to read from 5 m.
    expect(await size(/^· 2024年1-8月$/)).toBe(await size(/^聚焦：广州市$/))
    expect(await size(/^聚焦：广州市$/)).toBeGreaterThanOrEqual(44)
    expect(await size(/^非本期数据$/)).toBeGreaterThanOrEqual(32)
    expect(await mark.count()).toBe(1)
    expect(await page.locator('main header').textContent()).toContain('本期为2025年1-12月')
    await screenshot(page, `${SCREENSHOTS}/older-period.png`)
    // A deck naming an older period is marked too.
    await page.goto(`${baseUrl()}/?present=1&deck=commended`)
    await expect
      .poll(() => heading(page))
      .toBe('2019年国务院督查激励：广州与深圳· 2019年1-12月非本期数据')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => heading(page)).toBe('聚焦：广州市· 2019年1-12月非本期数据')
    // A deck set to skip such slides says it did.
    await page.goto(`${baseUrl()}/?present=1&deck=lobby&regions=guangzhou`)
    await expect
      .poll(() => page.locator('main footer').textContent())
      .toContain('已跳过1页（非本期数据）')
  })

  it('a spotlight’s text is three lines at most; the 计分卡 pages’ figures are 24 px or larger', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=city:guangzhou,scorecard`)
    await expect.poll(() => heading(page)).toBe('聚焦：广州市')
    const section = page.locator('[data-slide] section').last()
    await section.waitFor()
    // The findings (or, without any, the briefing's opening); the count of the rest apart.
    const lines = await section.evaluate((el) => {
      const blocks = el.querySelector('ul')
        ? el.querySelectorAll('li > span:last-child')
        : el.querySelectorAll('p')
      let count = 0
      for (const block of blocks) {
        const style = getComputedStyle(block)
        count += Math.round(block.getBoundingClientRect().height / parseFloat(style.lineHeight))
      }
      return count
    })
    expect(lines).toBeGreaterThan(0)
    expect(lines).toBeLessThanOrEqual(3)
    expect(await section.locator('li').count()).toBeLessThanOrEqual(3)
    for (let page_ = 0; page_ < catalog.groups.length; page_++) {
      await page.keyboard.press('ArrowRight')
      await expect
        .poll(() => heading(page))
        .toBe(`“三稳”与技改计分卡 · ${catalog.groups[page_]!.nameZh}`)
      const smallest = await page
        .locator('[data-slide] svg text')
        .evaluateAll((texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().height)))
      expect(smallest).toBeGreaterThanOrEqual(24)
    }
  })
})
