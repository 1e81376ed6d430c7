import type { Locator, Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  baseUrl,
  firstViewHeadline,
  firstViewYear,
  kpiTile,
  revealDeferred,
  useBrowser,
} from './browser.ts'

/** The API files the first view reads: the catalog, and the year of the province's default period. */
const CATALOG_FILES = ['regions.json', 'indicators.json', 'sources.json']
const OBSERVATION_FILE = `observations/official/${firstViewYear()}.json`

interface Fault {
  name: string
  apply: (route: Route) => Promise<void>
  /** What the message must say. */
  reason: RegExp
}

async function mangle(route: Route, change: (json: Record<string, unknown>) => unknown) {
  const response = await route.fetch()
  const json = (await response.json()) as Record<string, unknown>
  await route.fulfill({ response, body: JSON.stringify(change(json)) })
}

/** In an order where no message matches the next fault's reason (see throughEveryFault). */
const FAULTS: Fault[] = [
  {
    name: 'HTTP 404',
    apply: (r) => r.fulfill({ status: 404, body: 'Not Found' }),
    reason: /HTTP 404/,
  },
  {
    name: 'HTTP 500',
    apply: (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }),
    reason: /HTTP 500/,
  },
  {
    name: 'malformed JSON',
    apply: (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schemaVersion":1,"regions":[',
      }),
    reason: /not JSON/,
  },
  {
    name: 'an HTML page',
    apply: (r) =>
      r.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Portal</title><p>Please log in</p>',
      }),
    reason: /not JSON \(received text\/html\)/,
  },
  {
    name: 'valid JSON of the wrong shape',
    apply: (r) => mangle(r, () => ({ schemaVersion: 1, rows: [1, 2, 3] })),
    reason: /does not match its schema/,
  },
  {
    name: 'an unsupported schemaVersion',
    apply: (r) => mangle(r, (j) => ({ ...j, schemaVersion: 2 })),
    reason: /unsupported schemaVersion 2/,
  },
  {
    name: 'null and non-finite values',
    apply: async (route) => {
      const response = await route.fetch()
      const text = (await response.text())
        .replace(/"(code|id|publisher|dataAsOf)":"[^"]*"/, '"$1":null')
        .replace(/"(value|bytes)":-?[\d.]+/, '"$1":1e999')
      await route.fulfill({ response, body: text })
    },
    reason: /does not match its schema/,
  },
]

/** Failed requests log "Failed to load resource" in the console: expected here, nothing else. */
function unexpected(problems: string[]) {
  return problems.filter((p) => !p.includes('Failed to load resource'))
}

async function alertText(page: Page) {
  const alert = page.getByRole('alert').first()
  await alert.waitFor({ timeout: 20_000 })
  return alert.textContent()
}

/**
 * Serves every fault in turn for the files `pattern` matches: the first to the page's first
 * load, each next one to the retry the page's message offers (a request, where a fresh page
 * would cost a page load), then the file itself to one more retry. After each fault, the message
 * in `alert` must give the fault's reason and `check` must hold; after the last retry, the view
 * must show its headline figure. FAULTS is in an order where no message matches the next fault's
 * reason, so one fault's message is never taken for the next one's (asserted before each retry).
 */
async function throughEveryFault(
  page: Page,
  pattern: string,
  alert: Locator,
  check: (fault: Fault) => Promise<void>,
) {
  let serve: Fault | undefined = FAULTS[0]
  await page.route(pattern, (route) => (serve ? serve.apply(route) : route.continue()))
  await page.goto(baseUrl())
  for (const [i, fault] of FAULTS.entries()) {
    if (i > 0) {
      expect(await alert.textContent()).not.toMatch(fault.reason)
      serve = fault
      await alert.getByRole('button', { name: '重试' }).click()
    }
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(fault.reason)
    await check(fault)
  }
  serve = undefined
  await alert.getByRole('button', { name: '重试' }).click()
  await expect
    .poll(() => kpiTile(page).textContent(), { timeout: 20_000 })
    .toContain(firstViewHeadline())
}

describe('faults in the files the first view reads', () => {
  const session = useBrowser()

  it('in the manifest, each in turn: one clear page-level message with a retry, which recovers', async () => {
    const { page } = session
    const alert = page.getByRole('alert').first()
    await throughEveryFault(page, '**/api/v1/index.json', alert, async (fault) => {
      const text = await alert.textContent()
      expect(text, fault.name).toContain('无法加载数据清单')
      expect(text, fault.name).toContain('index.json')
      expect(await page.getByRole('heading', { name: '广东工业“三稳”监测' }).count()).toBe(1)
      expect(await page.getByRole('button', { name: '重试' }).count()).toBe(1)
    })
    expect(unexpected(session.problems.splice(0))).toEqual([])
  })

  it.each(CATALOG_FILES)(
    'in %s, each in turn: the page says which file and why, with a retry, which recovers',
    async (file) => {
      const { page } = session
      const alert = page.getByRole('alert').first()
      await throughEveryFault(page, `**/api/v1/${file}?*`, alert, async (fault) => {
        expect(await alert.textContent(), fault.name).toContain(file)
      })
      expect(unexpected(session.problems.splice(0))).toEqual([])
    },
  )

  it('in the observations, each in turn: the affected panels say so, the others keep working', async () => {
    const { page } = session
    const kpis = page.locator('section[aria-labelledby="kpi-heading"]')
    const alert = kpis.getByRole('alert')
    // The 需关注 findings are a file of their own, which is fine: they are still shown.
    const attention = page.locator('[data-panel=attention]')
    await throughEveryFault(page, `**/api/v1/${OBSERVATION_FILE}?*`, alert, async (fault) => {
      expect(await alert.textContent(), fault.name).toContain(OBSERVATION_FILE)
      await revealDeferred(page)
      await attention.waitFor()
      expect(await attention.textContent(), fault.name).toContain('需关注')
      expect(await attention.getByRole('alert').count(), fault.name).toBe(0)
      expect(await page.getByLabel('地区', { exact: true }).isEnabled()).toBe(true)
    })
    expect(unexpected(session.problems.splice(0))).toEqual([])
  })

  it('accepts extra unknown fields', async () => {
    const { page } = session
    await page.route('**/api/v1/**', (route) =>
      mangle(route, (json) => ({ ...json, addedLater: { anything: [1, 2] } })),
    )
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await expect.poll(() => kpiTile(page).textContent()).toContain('5.1%')
  })

  it('shows missing, not broken, when a file holds no observations', async () => {
    const { page } = session
    await page.route(`**/api/v1/${OBSERVATION_FILE}?*`, (route) =>
      mangle(route, (json) => ({ ...json, observations: [] })),
    )
    await page.goto(baseUrl())
    // Every key figure is then listed as not published, and no tile claims one.
    const kpis = page.locator('section[aria-labelledby="kpi-heading"]')
    await expect.poll(() => kpis.textContent()).toContain('本期未公布：规模以上工业增加值累计增速')
    expect(await kpis.getByRole('article').count()).toBe(0)
    expect(await page.getByRole('alert').count()).toBe(0)
  })

  it.each([
    ['regions.json', 'regions', '不含任何地区'],
    ['indicators.json', 'indicators', '不含任何指标'],
  ])('says so when %s is empty', async (file, key, message) => {
    const { page } = session
    await page.route(`**/api/v1/${file}?*`, (route) =>
      mangle(route, (json) => ({ ...json, [key]: [] })),
    )
    await page.goto(baseUrl())
    expect(await alertText(page)).toContain(message)
  })

  it('survives an empty manifest', async () => {
    const { page } = session
    await page.route('**/api/v1/index.json', (route) =>
      mangle(route, (json) => ({ ...json, datasets: [] })),
    )
    await page.goto(baseUrl())
    // The prerendered page shows the build's view; the app then draws what the manifest says.
    await expect.poll(() => page.locator('main').textContent()).toContain('暂无数据')
    await page.getByRole('heading', { name: '广东工业“三稳”监测' }).waitFor()
  })
})

describe('hostile content in the data', () => {
  const session = useBrowser()
  const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
  const LONG = '很长的名称'.repeat(80)
  const RTL = 'مدينة\u202Eلاتينية 👩🏽‍🏭🏭'

  it('renders HTML, script, very long, right-to-left and emoji text as text', async () => {
    const { page } = session
    await page.route('**/api/v1/regions.json?*', (route) =>
      mangle(route, (json) => ({
        ...json,
        regions: (json.regions as Record<string, unknown>[]).map((r) =>
          r.code === 'guangzhou'
            ? { ...r, nameZh: SCRIPT, shortZh: LONG }
            : r.code === 'shenzhen'
              ? { ...r, nameZh: RTL }
              : r,
        ),
      })),
    )
    await page.route('**/api/v1/sources.json?*', (route) =>
      mangle(route, (json) => ({
        ...json,
        sources: (json.sources as Record<string, unknown>[]).map((s) => ({
          ...s,
          title: `${SCRIPT} ${LONG} ${RTL}`,
        })),
      })),
    )
    page.on('dialog', (dialog) => {
      session.problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await revealDeferred(page)
    // The name is shown as the characters it is.
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(SCRIPT)
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    expect(await page.locator('img[src="x"], main script').count()).toBe(0)
    // Nothing overflows the page sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    expect(unexpected(session.problems.splice(0))).toEqual([])
  })

  it('never turns a javascript: URL into a link: the sources file is refused', async () => {
    const { page } = session
    await page.route('**/api/v1/sources.json?*', (route) =>
      mangle(route, (json) => ({
        ...json,
        sources: (json.sources as Record<string, unknown>[]).map((s) => ({
          ...s,
          url: 'javascript:alert(1)',
        })),
      })),
    )
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    expect(await alertText(page)).toMatch(/sources\.json.*url/)
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
  })
})

describe('links from anywhere', () => {
  const session = useBrowser()
  const FUZZ = [
    '?region=guangzhou&region=shenzhen&region=foshan',
    `?period=${'9'.repeat(10_000)}`,
    `?compare=${'a,'.repeat(3000)}`,
    '?dataset[]=demo&lang=%00&theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?region=%E5%B9%BF%E5%B7%9E&measure=1&colors=true&sort=growth.sideways',
    '?present=yes&view=../../etc/passwd&slides=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
    '?__proto__[polluted]=1&constructor=x&toString=1',
    '?period=2019-12#<img src=x onerror=alert(1)>',
    '?%ZZ=%E0%A4%A&region=guangdong%',
  ]

  it.each(FUZZ.map((query, i) => [i + 1, query] as const))(
    'link %i falls back to defaults, never crashes',
    async (_n, query) => {
      const { page } = session
      page.on('dialog', (dialog) => {
        session.problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await page.goto(`${baseUrl()}/${query}`)
      await page.getByRole('heading', { name: '广东工业“三稳”监测' }).waitFor()
      await page.locator('#kpi-heading').waitFor()
      expect(
        await page.evaluate(() =>
          Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
        ),
      ).toBe(false)
    },
  )
})

describe('a file that never answers', () => {
  // The clock Playwright installs is the context's: this test gets a context of its own.
  const session = useBrowser({ freshContext: true })

  it('gives up on a file that does not answer within 10 s, saying so', async () => {
    const { page } = session
    // The page's clock is Playwright's: its 10 s timeouts (and the one retry) are run forward,
    // not waited for. The file never answers.
    await page.clock.install()
    let asked = 0
    await page.route(`**/api/v1/${OBSERVATION_FILE}?*`, () => {
      asked += 1
    })
    await page.goto(baseUrl())
    const kpis = page.locator('section[aria-labelledby="kpi-heading"]')
    const alert = kpis.getByRole('alert')
    await expect.poll(() => asked).toBeGreaterThan(0)
    // Each request is given 10 s and retried once, 1 s later (src/lib/api/query-client.ts): 21 s
    // of the page's clock, run a second at a time with real time between for what the clock does
    // not run (the network, code chunks). Then the page, which was waiting for its files to
    // hydrate, draws afresh with the failed file: it says so, without asking a third time.
    for (let second = 0; second < 22; second++) {
      await page.clock.runFor(1_000)
      await page.waitForTimeout(50)
    }
    await expect
      .poll(() => alert.textContent())
      .toMatch(new RegExp(`${OBSERVATION_FILE}.*：no answer within 10 s`))
    expect(asked).toBe(2)
    expect(await kpis.getByRole('button', { name: '重试' }).count()).toBe(1)
    expect(unexpected(session.problems.splice(0))).toEqual([])
  })
})

describe('code that does not arrive (a network drop)', () => {
  const session = useBrowser()

  /** Requests for the chunks `pattern` matches fail until `arrive` is called. */
  async function dropCode(page: Page, pattern: RegExp) {
    let dropped = true
    await page.route(pattern, (route) => (dropped ? route.abort() : route.continue()))
    return () => {
      dropped = false
    }
  }

  /** The messages expected here: the failed requests, and React's report of the caught error. */
  function expectedOnly(problems: string[]) {
    return unexpected(problems).filter((p) => !p.includes('CodeLoadError'))
  }

  it('in the panels: their place says so and its retry loads them; the tiles stay', async () => {
    const { page } = session
    const arrive = await dropCode(page, /\/assets\/panels-/)
    await page.goto(`${baseUrl()}/?region=guangzhou`)
    await kpiTile(page).waitFor()
    await revealDeferred(page)
    const alert = page.getByRole('alert').filter({ hasText: '程序文件未能下载' })
    await alert.waitFor()
    expect(await kpiTile(page).isVisible()).toBe(true)
    arrive()
    await alert.getByRole('button', { name: '重试' }).click()
    await page.locator('[data-panel]').first().waitFor()
    expect(await alert.count()).toBe(0)
    expect(expectedOnly(session.problems.splice(0))).toEqual([])
  })

  it('in the brief: a page-level message with a retry, then the sheet with its charts', async () => {
    const { page } = session
    const arrivePage = await dropCode(page, /\/assets\/brief-page-/)
    await page.goto(`${baseUrl()}/?view=brief`)
    const pageAlert = page.getByRole('alert').filter({ hasText: '无法打开此页面' })
    await pageAlert.waitFor()
    expect(await pageAlert.textContent()).toContain('程序文件未能下载')
    arrivePage()
    await pageAlert.getByRole('button', { name: '重试' }).click()
    await page.getByRole('heading', { name: '广东工业“三稳”监测简报' }).waitFor()
    // The charts are drawn by the page's own code (plain SVG): they come with it.
    await page.locator('main figure svg[role=img]').nth(1).waitFor()
    expect(expectedOnly(session.problems.splice(0))).toEqual([])
  })
})
