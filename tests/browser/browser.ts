import { mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'
import { ManifestSchema } from '../../src/schemas/manifest.ts'
import { ObservationsFileSchema } from '../../src/schemas/observations.ts'
import { revealDeferred } from '../../scripts/bench/interaction.ts'

export { revealDeferred }

const API = 'public/api/v1'
const readJson = (file: string): unknown => JSON.parse(readFileSync(`${API}/${file}`, 'utf8'))

/** The province's default period in the generated manifest: the period the first view opens on. */
export function firstViewPeriod(): string {
  const manifest = ManifestSchema.parse(readJson('index.json'))
  const period = manifest.datasets.find((d) => d.id === 'official')?.defaultPeriods.guangdong
  if (!period) throw new Error('the manifest names no default period for the province')
  return period
}

export function firstViewYear(): number {
  return Number(firstViewPeriod().slice(0, 4))
}

/** The first view's headline figure, as its tile prints it ("3%"): read from the API, not typed in. */
export function firstViewHeadline(): string {
  const period = firstViewPeriod()
  const file = ObservationsFileSchema.parse(
    readJson(`observations/official/${period.slice(0, 4)}.json`),
  )
  const o = file.observations.find(
    (x) =>
      x.region === 'guangdong' && x.period === period && x.indicator === 'iva_above_scale_yoy_pct',
  )
  if (!o) throw new Error(`no 规上工业增加值累计增速 for the province in ${period}`)
  return `${o.value.toFixed(o.decimals)}%`
}

/** Once the app runs the page: a prerendered page is on screen, but deaf, before (app.tsx). */
export async function appRunning(page: Page) {
  await page.locator('html[data-app=running]').waitFor({ state: 'attached' })
}

/** Every panel drawn for the current address: none deferred, none behind, none loading. */
export async function showEveryPanel(page: Page) {
  for (;;) {
    await revealDeferred(page)
    const behind = await page.evaluate(() => {
      const panel = document.querySelector('[data-panel][aria-busy=true]')
      panel?.scrollIntoView({ block: 'center' })
      return panel !== null
    })
    if (!behind) break
  }
  // Off the screen a panel is not laid out (content-visibility: auto) and keeps the size it was
  // last drawn with; a panel whose content changed there (its data came while it was away, on a
  // busy machine) would be measured at that old size, its text over the next panel's. Lay every
  // panel out as a reader scrolling to it sees it (a style property: the CSP allows no <style>).
  await page.evaluate(() => {
    for (const panel of document.querySelectorAll<HTMLElement>('[data-panel]'))
      panel.style.contentVisibility = 'visible'
  })
  // Charts measure their box after they mount and draw again: measure the text once the page
  // has not changed for three frames in a row (or after 2 s, and the layout check says what
  // it finds).
  await page.evaluate(async () => {
    const deadline = performance.now() + 2000
    let last = ''
    for (let still = 0; still < 3 && performance.now() < deadline;) {
      await new Promise((frame) => requestAnimationFrame(frame))
      const now = document.body.innerHTML
      still = now === last ? still + 1 : 0
      last = now
    }
  })
}

/**
 * Screenshots are for people to look at (test-results/screenshots/): taken on a developer's
 * machine, not in CI (CI=true) where nobody sees them and each costs up to a second of a
 * two-core machine at 4K, unless SCREENSHOTS=1. No test asserts on a screenshot.
 */
export const TAKE_SCREENSHOTS = process.env.CI !== 'true' || process.env.SCREENSHOTS === '1'

/** A screenshot of a page or an element into `path` (its folder made), if they are taken. */
export async function screenshot(target: Page | Locator, path: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return
  mkdirSync(dirname(path), { recursive: true })
  await target.screenshot({ path })
}

/**
 * The whole page, as a screen that tall shows it (if screenshots are taken): what is drawn only
 * near the screen (panels skip layout and paint while off it, content-visibility) is drawn, as
 * it is for a reader who scrolls there. A full-page capture of a normal viewport would leave
 * those panels blank.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('the page has no viewport size')
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: viewport.width, height })
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve))
      }),
  )
  await screenshot(page, path)
  await page.setViewportSize(viewport)
}

/** What a download holds, read through the connection (the suite's browser is a remote one). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export function baseUrl(): string {
  return inject('baseUrl')
}

/** A KPI tile by its exact title; by default the first one, 规上工业增加值累计增速. */
export function kpiTile(scope: Page | Locator, name = '规模以上工业增加值累计增速'): Locator {
  return scope.getByRole('article', { name, exact: true })
}

export interface Session {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions of the current test; each test must end with none. */
  problems: string[]
}

const DEFAULT_VIEWPORT = { width: 1366, height: 768 }

/**
 * A connection to the suite's one browser, and one context and one page for the tests of the
 * enclosing describe (a fresh context for each test that needs one). Any console error or
 * uncaught exception fails the test, unless the test expected it and emptied `problems`.
 */
export function useBrowser(
  options: {
    viewport?: { width: number; height: number }
    locale?: string
    /** Service workers are blocked unless a test is about them: page.route must see every request. */
    serviceWorkers?: 'allow' | 'block'
    /** A fresh context for each test: for tests that change the context (its clock). */
    freshContext?: boolean
    /** A phone: touch events, the mobile viewport meta honoured. */
    touch?: boolean
  } = {},
): Session {
  const session = { problems: [] as string[] } as Session
  // One context for the describe's tests: they share the HTTP cache, as a reader's tabs do, and
  // each test starts with empty storage. (page.route turns the cache off while a route is set,
  // so a test of a failing file still sees every request.) Service-worker tests get a fresh context each:
  // a worker outlives its page.
  const perTest = options.serviceWorkers === 'allow' || options.freshContext === true
  const newContext = async () => {
    const context = await session.browser.newContext({
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      locale: options.locale ?? 'zh-CN',
      serviceWorkers: options.serviceWorkers ?? 'block',
      ...(options.touch ? { isMobile: true, hasTouch: true } : {}),
    })
    // Any Content-Security-Policy violation is a failure (CI serves the build with the CSP).
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    return context
  }
  beforeAll(async () => {
    // The suite's Chromium (started by global-setup.ts); closing this connection closes the
    // contexts it made.
    session.browser = await chromium.connect(inject('chromiumEndpoint'))
    if (!perTest) session.context = await newContext()
  })
  afterAll(async () => {
    await session.browser.close()
  })
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') session.problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => session.problems.push(`pageerror: ${error.message}`))
    return page
  }
  beforeEach(async () => {
    if (perTest) session.context = await newContext()
    // One page for the describe's tests, as a reader's tab: a new page costs this two-core
    // machine half a second. Each test leaves it blank, with nothing of its own kept (see
    // afterEach).
    const open = (session.page as Page | undefined)?.isClosed() === false
    if (perTest || !open) session.page = watch(await session.context.newPage())
  })
  afterEach(async () => {
    const problems = session.problems.splice(0)
    if (perTest) await session.context.close()
    else if (!session.page.isClosed()) {
      // The next test starts as a first visit: no route, theme, language or other choice kept,
      // no media or size a test set, and no page of the app running. The blank page is one of
      // the same site (the icon): the next test's page load then keeps this tab's renderer
      // process, where about:blank made it start a new one (measured: 1.0 → 0.4 s a load).
      const { page } = session
      await page.unrouteAll({ behavior: 'ignoreErrors' })
      await page.goto(`${baseUrl()}/favicon.svg`)
      await page.evaluate(() => {
        localStorage.clear()
        sessionStorage.clear()
      })
      await page.emulateMedia({ media: null })
      await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT)
      await session.context.clearCookies()
      await session.context.clearPermissions()
    }
    expect(problems, 'console errors or uncaught exceptions').toEqual([])
  })
  return session
}
