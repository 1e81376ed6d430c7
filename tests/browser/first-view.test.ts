import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { baseUrl, firstViewHeadline, kpiTile, useBrowser } from './browser.ts'

/** The page's console warnings (and errors), but Playwright's own note that it blocks workers. */
function warningsOf(page: Page, types = ['warning']): string[] {
  const warnings: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (types.includes(message.type()) && !text.includes('blocked by Playwright'))
      warnings.push(text)
  })
  return warnings
}

/** The text of the KPI section, spaces folded: what a reader sees of the tiles and headline. */
const KPI_TEXT = `(() => {
  const heading = document.getElementById('kpi-heading')
  const section = heading && heading.closest('section')
  return section ? section.textContent.replace(/\\s+/g, ' ').trim() : null
})()`

describe('the first view in the first response (index.html, prerendered at build time)', () => {
  const session = useBrowser()

  it('index.html carries the default view’s header, filters, tiles and headline before any script', async () => {
    const response = await fetch(`${baseUrl()}/`)
    const html = await response.text()
    expect(html).toContain('data-prerendered=')
    expect(html).toContain('id="kpi-heading"')
    // The headline figure of the default view, read from the API files.
    expect(html).toContain(firstViewHeadline())
    expect(html).toContain('<header')
    expect(html).toContain('地区')

    // Without JavaScript, the page shows the same tiles as the app draws at that address.
    const noScript = await session.browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await noScript.newPage()
      await page.goto(`${baseUrl()}/`)
      const prerendered = await page.evaluate(KPI_TEXT)
      expect(prerendered).toContain(firstViewHeadline())
      // The same view drawn afresh by the app (a query makes it a deep link, not hydrated).
      await session.page.goto(`${baseUrl()}/?dataset=official`)
      await kpiTile(session.page).waitFor()
      await expect.poll(() => session.page.evaluate(KPI_TEXT)).toBe(prerendered)
    } finally {
      await noScript.close()
    }
  })

  it('hydrates the prerendered page: the same nodes, then it responds to the filters', async () => {
    const { page } = session
    const warnings = warningsOf(page)
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        ;(window as unknown as { firstTile: Element | null }).firstTile =
          document.querySelector('article')
      })
    })
    await page.goto(`${baseUrl()}/`)
    await page.waitForLoadState('networkidle')
    const kept = () =>
      page.evaluate(
        () =>
          (window as unknown as { firstTile: Element | null }).firstTile?.isConnected ?? 'no tile',
      )
    expect(await kept()).toBe(true)
    // A hydration that did not match would have said so.
    expect(warnings).toEqual([])
    await page.getByLabel('地区', { exact: true }).selectOption('guangzhou')
    await expect.poll(() => page.locator('#kpi-heading').textContent()).toContain('广州')
    expect(new URL(page.url()).searchParams.get('region')).toBe('guangzhou')
  })

  it('preloads the app’s chunk beside React DOM, and nothing else: its imports come once it has arrived', async () => {
    // vite.config.ts, appChunks and build.modulePreload: on the painted page, the links the
    // entry would add for the app's imports held it (with them, React DOM is requested in the
    // same task as the app's chunk, before its answer); and the links the tiles', headline's and
    // briefing's imports added for the app's chunks were each for a file already there.
    const context = await session.browser.newContext({ serviceWorkers: 'block' })
    try {
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/`)
      await page.waitForLoadState('networkidle')
      // Every script but the entry, React DOM and the app's chunk (which the entry asks for
      // together, src/boot.ts) is asked for once the app's chunk has arrived.
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/.*\.js$/.test(e.name))
          .map((e) => ({
            path: new URL(e.name).pathname,
            start: e.startTime,
            end: (e as PerformanceResourceTiming).responseEnd,
          })),
      )
      const app = scripts.find((s) => s.path.startsWith('/assets/main-'))
      expect(app).toBeDefined()
      const early = scripts.filter(
        (s) => !/^\/assets\/(index|main|client)-/.test(s.path) && s.start < app!.end,
      )
      expect(early).toEqual([])
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
          (link) => new URL(link.href).pathname,
        ),
      )
      // One link, for the app's chunk, added as the entry asks for React DOM: it downloads
      // beside it; none for the chunks the app's chunk imports.
      expect(
        preloaded.filter((path) => /^\/assets\/(main|client|rolldown-runtime)-/.test(path)),
      ).toEqual([app!.path])
    } finally {
      await context.close()
    }
  })

  it('a deep link renders its own view, with no console warning', async () => {
    const { page } = session
    const warnings = warningsOf(page, ['warning', 'error'])
    await page.goto(`${baseUrl()}/?region=shenzhen&period=2019-12`)
    await expect.poll(() => page.locator('#kpi-heading').textContent()).toContain('深圳')
    expect(await page.locator('#kpi-heading').count()).toBe(1)
    await page.waitForLoadState('networkidle')
    expect(warnings).toEqual([])
  })
})

describe('the brief and the deck’s first slide in the first response (brief.html, present.html)', () => {
  const session = useBrowser()
  const pages = [
    {
      path: '/?view=brief',
      title: '广东工业“三稳”监测简报',
      // It responds: back to the dashboard, with the brief's view.
      respond: async (page: Page) => {
        await page.getByRole('button', { name: '返回仪表盘' }).click()
        await page.locator('#kpi-heading').waitFor()
      },
    },
    {
      path: '/?present=1',
      title: '“三稳”与技改总览',
      respond: async (page: Page) => {
        const count = page.locator('main footer [data-slide-count]')
        const before = await count.textContent()
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => count.textContent()).not.toBe(before)
      },
    },
  ]

  for (const { path, title, respond } of pages) {
    it(`${path}: its figures are in the HTML before any script, and it hydrates them`, async () => {
      const html = await (await fetch(`${baseUrl()}${path}`)).text()
      expect(html).toContain(`data-search="${path.slice(1)}"`)
      expect(html).toContain(title)
      expect(html).toContain(firstViewHeadline())

      // Without JavaScript: the page as a reader sees it before the app has run.
      const noScript = await session.browser.newContext({ javaScriptEnabled: false })
      try {
        const page = await noScript.newPage()
        await page.goto(`${baseUrl()}${path}`)
        expect(await page.locator('h1').first().textContent()).toContain(title)
        expect(await page.locator('#root').textContent()).toContain(firstViewHeadline())
        // Its buttons and selects cannot answer yet, and say so.
        expect(await page.locator('#root :is(button, select)').count()).toBeGreaterThan(0)
        expect(await page.locator('#root :is(button, select):enabled').count()).toBe(0)
      } finally {
        await noScript.close()
      }

      const { page } = session
      const warnings = warningsOf(page, ['warning', 'error'])
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          ;(window as unknown as { firstHeading: Element | null }).firstHeading =
            document.querySelector('#root h1')
        })
      })
      await page.goto(`${baseUrl()}${path}`)
      await page.waitForLoadState('networkidle')
      expect(
        await page.evaluate(
          () =>
            (window as unknown as { firstHeading: Element | null }).firstHeading?.isConnected ??
            'no heading',
        ),
      ).toBe(true)
      await respond(page)
      expect(warnings).toEqual([])
    })
  }

  it('the same pages at another address are drawn afresh, with no warning', async () => {
    const { page } = session
    const warnings = warningsOf(page, ['warning', 'error'])
    for (const path of ['/?view=brief&lang=en', '/?present=1&dataset=demo']) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text()
      expect(html).not.toContain('data-prerendered')
      await page.goto(`${baseUrl()}${path}`)
      await page.locator('#root h1').first().waitFor()
      await page.waitForLoadState('networkidle')
    }
    expect(warnings).toEqual([])
  })
})
