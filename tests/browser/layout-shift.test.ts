import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, useBrowser } from './browser.ts'

/** A shift as the Layout Instability API reports it, with what moved (and from where to where). */
interface Shift {
  time: number
  value: number
  hadRecentInput: boolean
  scrollY: number
  moved: string[]
}

/** Beyond this, the page moves under the reader (Lighthouse's CLS budget, scripts/bench.ts). */
const BUDGET = 0.02

/**
 * Records every layout shift from the start of the page (buffered): its value, whether input
 * came just before it (excluded, as CLS excludes it: scrolling is not input), and each node
 * that moved, named by the panel it is in, with its box on the screen before and after.
 */
function recordShifts() {
  const shifts: Shift[] = []
  ;(window as unknown as { layoutShifts: Shift[] }).layoutShifts = shifts
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number
      hadRecentInput: boolean
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
    })[]) {
      shifts.push({
        time: Math.round(entry.startTime),
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        scrollY: Math.round(window.scrollY),
        moved: entry.sources.map((source) => {
          // Named by the panel it is in (no named function in here: the bundler would wrap it
          // in a helper that exists only in Node).
          const node = source.node
          const element = node instanceof Element ? node : (node?.parentElement ?? null)
          const panel = element?.closest('[data-panel], [data-deferred], [data-pending], section')
          const where =
            panel?.getAttribute('data-panel') ??
            panel?.getAttribute('data-deferred') ??
            panel?.getAttribute('data-pending') ??
            panel?.getAttribute('aria-labelledby') ??
            ''
          const text = (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)
          const before = source.previousRect
          const after = source.currentRect
          return `[${where}] <${element?.tagName.toLowerCase() ?? 'removed'}> "${text}" y ${Math.round(before.y)}+${Math.round(before.height)} → ${Math.round(after.y)}+${Math.round(after.height)}`
        }),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

/**
 * Scrolls as a reader does, a third of the screen at a time with a pause, down to the bottom
 * (the page grows as its panels are drawn) and back to the top.
 */
async function scrollThrough(page: Page, pauseMs: number) {
  for (const direction of [1, -1]) {
    for (let step = 0; step < 200; step++) {
      const end = await page.evaluate((direction) => {
        window.scrollBy(0, direction * Math.round(window.innerHeight / 3))
        const bottom = document.documentElement.scrollHeight - window.innerHeight
        return direction > 0 ? window.scrollY >= bottom - 1 : window.scrollY <= 0
      }, direction)
      await page.waitForTimeout(pauseMs)
      if (end) break
    }
    await page.waitForTimeout(1000)
  }
}

/** The shifts that count (not just after input), their sum, and each said with what moved. */
async function countedShifts(page: Page) {
  const shifts = await page.evaluate(
    () => (window as unknown as { layoutShifts: Shift[] }).layoutShifts,
  )
  const counted = shifts.filter((s) => !s.hadRecentInput)
  return {
    sum: counted.reduce((total, s) => total + s.value, 0),
    said: counted
      .map(
        (s) =>
          `${s.value.toFixed(4)} at ${s.time} ms, scrolled ${s.scrollY}: ${s.moved.join('; ')}`,
      )
      .join('\n'),
  }
}

const SCREENS = [
  {
    name: 'a phone, 390×844, CPU 4× slower',
    options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true },
    throttle: 4,
  },
  { name: 'a desk, 1366×768', options: { viewport: { width: 1366, height: 768 } }, throttle: 1 },
]

/**
 * The page does not move under the reader while it loads and while its panels appear: each
 * panel's place is held at its drawn height (src/app/panel-heights.ts, the tiles'
 * features/kpi/lib/kpi-height.ts, the release bar's), so a placeholder and the panel it becomes
 * are the same height. The address `/` in Chinese is the prerendered page; in English the app
 * draws it from the start (shell.html), tiles and all.
 */
describe('layout shift: the page holds still while it loads and is scrolled', () => {
  const session = useBrowser()

  /** A context of the screen's kind, watched as useBrowser watches its page. */
  async function open(screen: (typeof SCREENS)[number]): Promise<{
    context: BrowserContext
    page: Page
    problems: string[]
  }> {
    const context = await session.browser.newContext({
      ...screen.options,
      locale: 'zh-CN',
      serviceWorkers: 'block',
    })
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await context.addInitScript(recordShifts)
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    if (screen.throttle > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: screen.throttle })
    }
    return { context, page, problems }
  }

  for (const screen of SCREENS)
    for (const [lang, address] of [
      ['zh', '/'],
      ['en', '/?lang=en'],
    ] as const)
      it(`${lang}, ${screen.name}: loaded, scrolled to the bottom and back, shifts sum under ${BUDGET}`, async () => {
        const { context, page, problems } = await open(screen)
        try {
          await page.goto(`${baseUrl()}${address}`)
          await page.locator('#kpi-heading').waitFor()
          // Loaded and still, as the reader first sees it: the tiles, 需关注, the briefing.
          await page.locator('[data-panel=briefing] section').waitFor()
          await page.waitForTimeout(1500)
          await scrollThrough(page, 400)
          // Every panel was drawn on the way: the scroll reached them all.
          expect(await page.locator('[data-deferred], [data-pending]').count()).toBe(0)
          const { sum, said } = await countedShifts(page)
          expect(sum, `layout shifts:\n${said}`).toBeLessThan(BUDGET)
          expect(problems, 'console errors or uncaught exceptions').toEqual([])
        } finally {
          await context.close()
        }
      }, 120_000)

  it('counts a shift: a block pushed in above the tiles moves them, and the sum says so', async () => {
    const { context, page } = await open(SCREENS[1]!)
    try {
      await page.goto(`${baseUrl()}/`)
      await page.locator('[data-panel=briefing] section').waitFor()
      await page.waitForTimeout(500)
      // What a placeholder of the wrong height does when its panel appears: what is below moves.
      await page.evaluate(() => {
        const block = document.createElement('div')
        block.style.height = '480px'
        document.querySelector('main')?.prepend(block)
      })
      await page.waitForTimeout(500)
      await scrollThrough(page, 300)
      const { sum, said } = await countedShifts(page)
      expect(sum, said).toBeGreaterThan(BUDGET)
    } finally {
      await context.close()
    }
  })
})
