import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  appRunning,
  baseUrl,
  revealDeferred,
  screenshot,
  screenshotWholePage,
  showEveryPanel,
  useBrowser,
} from './browser.ts'
import { RegionsFileSchema } from '../../src/schemas/regions.ts'
import { layoutProblems, slideProblems } from './layout.ts'

const SCREENSHOTS = 'test-results/screenshots/views'
const CITY_NAMES = new Map(
  RegionsFileSchema.parse(JSON.parse(readFileSync('public/api/v1/regions.json', 'utf8')))
    .regions.filter((r) => r.type === 'city')
    .map((r) => [r.code, r.nameZh]),
)
const CITIES = [...CITY_NAMES.keys()]

/** Console warnings too: a normal view logs nothing (errors fail every test already). */
function watchConsole(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    // The test browser's own notice: it blocks service workers unless a test is about them.
    if (message.text().includes('blocked by Playwright')) return
    if (message.type() === 'warning') seen.push(`warning: ${message.text()}`)
  })
  return seen
}

async function walk(page: Page, path: string, shot: string) {
  await page.goto(`${baseUrl()}${path}`)
  await showEveryPanel(page)
  const problems = await layoutProblems(page)
  // After measuring: a full-page screenshot makes the charts measure their box again.
  await screenshotWholePage(page, `${SCREENSHOTS}/${shot}.png`)
  return problems
}

describe('every view reads well on the data there is', () => {
  const session = useBrowser()

  it.each([
    ['the default view', '/', 'default'],
    ['2017年1-3月, all 21 cities', '/?period=2017-03', 'complete-2017-03'],
    ['2023年1-6月, 5 cities', '/?region=jieyang&period=2023-06', 'partial-2023-06'],
    ['English', '/?lang=en&region=guangzhou&period=2017-03', 'english'],
    ['the demo dataset, comparing', '/?dataset=demo&region=guangzhou&compare=shenzhen', 'demo'],
  ])('%s', async (_name, path, shot) => {
    const { page } = session
    const warnings = watchConsole(page)
    expect(await walk(page, path, shot)).toEqual([])
    expect(warnings).toEqual([])
  })

  // 21 cities, each drawn and checked in full: 31 s here on a quiet machine (every panel shown
  // in 0.3–1.1 s a city, settled in 50–70 ms), 93 s with three other test runs beside it; the
  // 160–180 s once seen was such a load, not the page. The timeout leaves room for a busy CI.
  it('every city on its default period', async () => {
    const { page } = session
    const warnings = watchConsole(page)
    await page.goto(baseUrl())
    await revealDeferred(page)
    const found: Record<string, string[]> = {}
    for (const city of CITIES) {
      // Moved to by its address, as the back button moves: each city costs its data, not a
      // fresh page. Panels kept from the last city are brought on screen until none is behind.
      await page.evaluate((search) => {
        history.pushState(null, '', search)
        dispatchEvent(new PopStateEvent('popstate'))
      }, `/?region=${city}`)
      await page
        .locator('main h2')
        .filter({ hasText: CITY_NAMES.get(city)! })
        .first()
        .waitFor()
      await showEveryPanel(page)
      const problems = await layoutProblems(page)
      if (problems.length > 0) {
        found[city] = problems
        await screenshotWholePage(page, `${SCREENSHOTS}/city-${city}.png`)
      }
    }
    expect(found).toEqual({})
    expect(warnings).toEqual([])
  }, 300_000)
})

describe('on a phone', () => {
  const session = useBrowser({ viewport: { width: 390, height: 844 } })
  it.each([
    ['the default view', '/', 'phone-default'],
    ['2017年1-3月', '/?region=guangzhou&period=2017-03', 'phone-2017-03'],
    ['English', '/?lang=en&region=guangzhou&period=2017-03', 'phone-english'],
  ])('%s', async (_name, path, shot) => {
    const { page } = session
    expect(await walk(page, path, shot)).toEqual([])
  })
})

/** Every slide type, on the demo dataset (whose figures fill every slide). */
const ALL_SLIDES =
  'overview,targets,iva,investment,hightech,tech,ranking,map,scorecard,city:guangzhou,commended'

describe.each([
  ['1280x720', { width: 1280, height: 720 }],
  ['1920x1080', { width: 1920, height: 1080 }],
  ['3840x2160', { width: 3840, height: 2160 }],
  ['3840x1080', { width: 3840, height: 1080 }],
])('the decks at %s', (size, viewport) => {
  const session = useBrowser({ viewport })
  it.each([
    // The default deck, as shipped (a meeting deck: no timer), in both languages and datasets.
    ['official', '/?present=1'],
    ['official-en', '/?present=1&lang=en'],
    ['demo', '/?present=1&dataset=demo'],
    ['demo-en', '/?present=1&dataset=demo&lang=en'],
    ['english-2017', '/?present=1&lang=en&period=2017-03'],
    // Every other deck, and every slide type; a rotating deck held still while it is read.
    ...(size !== '3840x1080'
      ? [
          ['demo-all', `/?present=1&dataset=demo&slides=${ALL_SLIDES}`],
          ['demo-all-en', `/?present=1&dataset=demo&lang=en&slides=${ALL_SLIDES}`],
          ...['commended', 'lobby', 'cities'].flatMap((deck) => [
            [deck, `/?present=1&deck=${deck}&interval=3600`],
            [`${deck}-en`, `/?present=1&deck=${deck}&interval=3600&lang=en`],
          ]),
        ]
      : []),
  ])('%s: every slide fits, with no text under 20 px (scaled)', async (name, path) => {
    const { page } = session
    const warnings = watchConsole(page)
    await page.goto(`${baseUrl()}${path}`)
    const counter = page.locator('[data-slide-count]')
    await counter.waitFor()
    await appRunning(page) // the default deck is prerendered: keys before the app are lost
    const total = Number(/(\d+)\D*$/.exec((await counter.textContent()) ?? '')?.[1])
    expect(total).toBeGreaterThan(1)
    const slide = page.locator('[data-slide]')
    for (let i = 1; i <= total; i++) {
      await expect.poll(() => slide.textContent()).not.toMatch(/加载中|Loading/)
      await slide.locator('[data-pending], .animate-pulse').first().waitFor({ state: 'detached' })
      expect(await layoutProblems(page, 'main'), `slide ${i}`).toEqual([])
      const fit = await slideProblems(page)
      expect(fit.problems, `slide ${i}`).toEqual([])
      expect(fit.smallest).toBeGreaterThanOrEqual(19.5)
      if (size !== '1280x720')
        await screenshot(page, `${SCREENSHOTS}/deck-${size}-${name}-${i}.png`)
      if (i < total) {
        await page.keyboard.press('ArrowRight')
        await expect
          .poll(() => counter.textContent())
          .toMatch(new RegExp(`(第 ${i + 1}/|^${i + 1} /)`))
      }
    }
    expect(warnings).toEqual([])
  })
})
