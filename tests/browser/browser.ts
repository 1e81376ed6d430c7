import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'
import { launchChromium } from '../../scripts/chromium.ts'

export { revealDeferred } from '../../scripts/bench/interaction.ts'

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

/**
 * One browser per test file and a fresh context and page per test. Any console error or
 * uncaught exception fails the test, unless the test expected it and emptied `problems`.
 */
export function useBrowser(
  options: {
    viewport?: { width: number; height: number }
    locale?: string
    /** Service workers are blocked unless a test is about them: page.route must see every request. */
    serviceWorkers?: 'allow' | 'block'
  } = {},
): Session {
  const session = { problems: [] as string[] } as Session
  beforeAll(async () => {
    session.browser = await launchChromium()
  })
  afterAll(async () => {
    await session.browser.close()
  })
  beforeEach(async () => {
    session.context = await session.browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 768 },
      locale: options.locale ?? 'zh-CN',
      serviceWorkers: options.serviceWorkers ?? 'block',
    })
    // Any Content-Security-Policy violation is a failure (CI serves the build with the CSP).
    await session.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    session.page = await session.context.newPage()
    session.page.on('console', (message) => {
      if (message.type() === 'error') session.problems.push(`console: ${message.text()}`)
    })
    session.page.on('pageerror', (error) => session.problems.push(`pageerror: ${error.message}`))
  })
  afterEach(async () => {
    const problems = session.problems.splice(0)
    await session.context.close()
    expect(problems, 'console errors or uncaught exceptions').toEqual([])
  })
  return session
}
