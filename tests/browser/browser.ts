import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that work on this machine's closed network (see README, "Testing"). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

export function baseUrl(): string {
  return inject('baseUrl')
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
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Session {
  const session = { problems: [] as string[] } as Session
  beforeAll(async () => {
    session.browser = await launch()
  })
  afterAll(async () => {
    await session.browser.close()
  })
  beforeEach(async () => {
    session.context = await session.browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 768 },
      locale: options.locale ?? 'zh-CN',
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
