import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appRunning, baseUrl, showEveryPanel, useBrowser } from './browser.ts'
import { PHONES, phoneProblems } from './phone.ts'

/** The deck's slides one by one (→), each measured: the page count says when the deck is done. */
async function everySlideProblems(page: Page): Promise<string[]> {
  const count = page.locator('main footer [data-slide-count]')
  await count.waitFor()
  // The first slide is prerendered: the keys work once the app runs it.
  await appRunning(page)
  const problems: string[] = []
  const slide = page.locator('[data-slide]')
  for (;;) {
    // Each slide drawn: its figures, not a loading status or a placeholder.
    await expect.poll(() => slide.textContent()).not.toMatch(/加载中|Loading/)
    await slide.locator('[data-pending], .animate-pulse').first().waitFor({ state: 'detached' })
    const at = (await count.textContent()) ?? ''
    const [, n, total] = /(\d+)\s*\/\s*(\d+)/.exec(at) ?? []
    problems.push(...(await phoneProblems(page)).map((p) => `slide ${n}: ${p}`))
    if (!n || n === total) return problems
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => count.textContent()).not.toBe(at)
  }
}

/** Every slide type there is (the demo data fills each). */
const ALL_SLIDES =
  'overview,targets,iva,investment,hightech,tech,ranking,map,scorecard,city:guangzhou,commended,attention,releases'

for (const phone of PHONES) {
  describe(`a phone, ${phone.name}, touch: every page fits the screen and reads without zooming`, () => {
    const session = useBrowser({ viewport: phone, touch: true })

    it('the dashboard, every panel drawn', async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/`)
      await showEveryPanel(page)
      await page.evaluate(() => {
        window.scrollTo(0, 0)
      })
      expect(await phoneProblems(page)).toEqual([])
    })

    it('the brief', async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/?view=brief`)
      await page.locator('main footer').waitFor()
      // Its charts drawn, labels and all.
      await page.locator('main svg text').first().waitFor()
      expect(await phoneProblems(page)).toEqual([])
    })

    it('the brief, printed from the phone: one A4 page, as from a desk', async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/?view=brief`)
      await appRunning(page)
      await page.emulateMedia({ media: 'print' })
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
      await page.emulateMedia({ media: 'screen' })
      // Chromium writes one "/Type /Page" object per page, each with its MediaBox (A4 in points).
      const text = pdf.toString('latin1')
      expect(text.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1)
      const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text) ?? []
      expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842])
    })

    it('the filters, from anywhere down the page, under the thumb', async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/`)
      await appRunning(page)
      await page.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight)
      })
      const open = page.getByRole('button', { name: '筛选条件' })
      const button = await open.boundingBox()
      expect(button!.y).toBeGreaterThan(phone.height * 0.75) // the lower quarter of the screen
      expect(Math.min(button!.width, button!.height)).toBeGreaterThanOrEqual(44)
      await open.tap()
      const sheet = page.getByRole('group', { name: '筛选条件' })
      const box = await sheet.boundingBox()
      expect(box!.y + box!.height).toBeCloseTo(phone.height, 0) // at the foot of the screen
      const heading = page.locator('#kpi-heading')
      const before = await heading.textContent()
      await sheet.getByLabel('地区', { exact: true }).selectOption('shenzhen')
      await expect.poll(() => heading.textContent()).not.toBe(before)
      expect(await phoneProblems(page)).toEqual([])
      await sheet.getByRole('button', { name: '完成' }).tap()
      // Back in its place at the top of the page; the button has the focus again.
      await expect.poll(() => sheet.evaluate((el) => getComputedStyle(el).position)).toBe('static')
      await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true)
    })

    it('every slide of the default deck', async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/?present=1`)
      expect(await everySlideProblems(page)).toEqual([])
    })

    it.each([
      ['every slide type, on the demo data', `/?present=1&dataset=demo&slides=${ALL_SLIDES}`],
      ['the same in English', `/?present=1&dataset=demo&lang=en&slides=${ALL_SLIDES}`],
      ['the commended deck, in English', '/?present=1&deck=commended&lang=en'],
      ['the dashboard in English, demo data', '/?lang=en&dataset=demo&region=guangzhou'],
    ])('%s', async (_name, path) => {
      const { page } = session
      await page.goto(`${baseUrl()}${path}`)
      if (path.includes('present=1')) {
        expect(await everySlideProblems(page)).toEqual([])
        return
      }
      await showEveryPanel(page)
      await page.evaluate(() => {
        window.scrollTo(0, 0)
      })
      expect(await phoneProblems(page)).toEqual([])
    })
  })
}

describe('in-app browsers: no service worker, no wake lock, no Web Share', () => {
  const session = useBrowser({ viewport: PHONES[1], touch: true })

  it('every page works and says nothing alarming', async () => {
    const { page } = session
    await page.addInitScript(() => {
      for (const name of ['serviceWorker', 'wakeLock', 'share', 'canShare'])
        Reflect.deleteProperty(Navigator.prototype, name)
    })
    for (const path of ['/', '/?view=brief', '/?present=1']) {
      await page.goto(`${baseUrl()}${path}`)
      expect(
        await page.evaluate(() => 'serviceWorker' in navigator || 'wakeLock' in navigator),
      ).toBe(false)
      await page
        .getByRole('heading', { level: 1 })
        .or(page.locator('main footer [data-slide-count]'))
        .first()
        .waitFor()
      // Past the service worker's start (3 s after the load) and the deck's first slide.
      await page.waitForTimeout(4000)
      expect(await page.getByRole('alert').allTextContents(), path).toEqual([])
      expect(await page.locator('body').textContent(), path).toMatch(/%/)
    }
  })
})
