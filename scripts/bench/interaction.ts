import type { Browser, Page } from 'playwright-core'

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Waits for the dashboard, scrolls through it until every panel that waits for the screen
 * (DeferUntilVisible) is drawn and no code or data is pending (placeholders marked data-pending,
 * loading statuses), then returns to the top and lets the panels see that they are off the screen.
 */
export async function revealDeferred(page: Page, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  // The dashboard (main) or a page-level message: before that, nothing is deferred yet.
  await page.locator('main, [role=alert]').first().waitFor({ timeout: timeoutMs })
  for (;;) {
    // One evaluate: a placeholder revealed meanwhile cannot detach between finding and scrolling.
    const done = await page.evaluate(() => {
      const deferred = document.querySelector('[data-deferred]')
      if (deferred) {
        deferred.scrollIntoView({ block: 'center' })
        return false
      }
      // Still loading: brought on screen too, should it wait for the screen.
      const pending = document.querySelector('[data-pending], main [role=status][aria-label]')
      pending?.scrollIntoView({ block: 'center' })
      return !pending
    })
    if (done) break
    if (Date.now() > deadline) {
      const left = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '[data-deferred], [data-pending], main [role=status][aria-label]',
          ),
        ]
          .map(
            (e) =>
              e.getAttribute('data-deferred') ??
              e.getAttribute('data-pending') ??
              e.getAttribute('aria-label'),
          )
          .join(', '),
      )
      throw new Error(`panels still deferred or loading after ${timeoutMs} ms: ${left}`)
    }
    await page.waitForTimeout(100)
  }
  // Back at the top, and settled: the panels have been told they are off the screen
  // (IntersectionObserver reports after a frame) and have drawn what that changes.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.scrollTo(0, 0)
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))
      }),
  )
}

/**
 * Changes a <select> as a person would (React sees the change event) and returns the times, in
 * ms: `next`, until the first frame that shows a change has been painted; `still`, until the page
 * has stopped changing: the text of `watch` has changed, and a frame has been painted after which
 * nothing more changed in the next one (charts that redraw in a second pass are counted).
 */
async function timeSelectFrames(
  page: Page,
  label: string,
  value: string,
  watch: string,
): Promise<{ next: number; still: number }> {
  const id = await page.getByLabel(label, { exact: true }).getAttribute('id')
  if (!id) throw new Error(`no select labelled ${label}`)
  return page.evaluate(
    async ({ id, value, watch }) => {
      const select = document.getElementById(id) as HTMLSelectElement
      const before = document.querySelector(watch)?.textContent
      if (before === undefined) throw new Error(`nothing matches ${watch}`)
      let mutations = 0
      // No named functions in here: the bundler of the bench would wrap them in a helper that
      // exists only in Node.
      const observer = new MutationObserver((records) => {
        mutations += records.length
      })
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      })
      const started = performance.now()
      select.value = value
      select.dispatchEvent(new Event('change', { bubbles: true }))
      // Frame by frame (requestAnimationFrame runs before a paint, the task after it once it is
      // painted): the last frame that painted a change, once a whole frame has changed nothing.
      let painted = 0
      let first = 0
      let counted = 0
      for (let frames = 0; frames < 600; frames++) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        if (mutations !== counted) {
          counted = mutations
          painted = performance.now()
          first ||= painted
        } else if (painted > 0 && document.querySelector(watch)?.textContent !== before) break
      }
      observer.disconnect()
      if (document.querySelector(watch)?.textContent === before)
        throw new Error(`${watch} did not change`)
      return { next: first - started, still: painted - started }
    },
    { id, value, watch },
  )
}

async function timeSelect(page: Page, label: string, value: string, watch: string) {
  return (await timeSelectFrames(page, label, value, watch)).still
}

async function optionValues(page: Page, label: string): Promise<string[]> {
  return page
    .getByLabel(label, { exact: true })
    .evaluate((select: HTMLSelectElement) => [...select.options].map((o) => o.value))
}

export interface ChangeTimes {
  times: number[]
  median: number
  max: number
}

function summary(times: number[]): ChangeTimes {
  return { times, median: median(times), max: Math.max(...times) }
}

/**
 * Opens the dashboard, draws every panel, returns to the top, throttles the CPU (4× = a slower
 * office PC), then switches the region `repeats` times (after two unmeasured switches), on each
 * of `pages` fresh pages, and times each until the page is redrawn: the tiles and the panels on or near the screen (the others
 * follow as they come near it, see OnScreenPanel).
 */
export async function regionChange(
  browser: Browser,
  url: string,
  options: { throttle: number; repeats: number; pages: number; viewport: Viewport },
): Promise<ChangeTimes> {
  // Several pages, one after the other: a two-core machine has moments when everything is slow,
  // and one page's 25 changes can fall within one.
  const times: number[] = []
  for (let i = 0; i < options.pages; i++)
    times.push(...(await regionChangeOnce(browser, url, options)))
  return summary(times)
}

async function regionChangeOnce(
  browser: Browser,
  url: string,
  { throttle, repeats, viewport }: { throttle: number; repeats: number; viewport: Viewport },
): Promise<number[]> {
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' })
  try {
    await page.goto(`${url}/?dataset=demo&region=guangzhou`)
    await page.locator('#kpi-heading').waitFor()
    await revealDeferred(page)
    const cities = (await optionValues(page, '地区')).filter(
      (code) => code !== 'guangdong' && code !== 'guangzhou',
    )
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    const times: number[] = []
    for (let i = 0; i < repeats + 2; i++) {
      const ms = await timeSelect(page, '地区', cities[i % cities.length]!, '#kpi-heading')
      if (i >= 2) times.push(ms)
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    return times
  } finally {
    await page.close()
  }
}

/**
 * The first thing a reader does on a phone: opens `/` (the prerendered page) with the CPU slowed
 * `throttle`× from the start, and changes the region as soon as the app runs the page
 * (html[data-app=running]), while the rest of the first view may still be arriving. On each of
 * `pages` fresh pages: the time from the change to the next painted frame that shows it, and to
 * the page still.
 */
export async function firstRegionChange(
  browser: Browser,
  url: string,
  { throttle, pages, viewport }: { throttle: number; pages: number; viewport: Viewport },
): Promise<{ next: ChangeTimes; still: ChangeTimes }> {
  const next: number[] = []
  const still: number[] = []
  for (let i = 0; i < pages; i++) {
    const context = await browser.newContext({
      viewport,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    })
    try {
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
      await page.goto(`${url}/`)
      await page.locator('html[data-app=running]').waitFor({ state: 'attached' })
      const cities = (await optionValues(page, '地区')).filter((code) => code !== 'guangdong')
      const times = await timeSelectFrames(page, '地区', cities[i % cities.length]!, '#kpi-heading')
      next.push(times.next)
      still.push(times.still)
    } finally {
      await context.close()
    }
  }
  return { next: summary(next), still: summary(still) }
}

/**
 * With a much larger dataset: the time to redraw the page after a region change with the trend
 * panel on screen, and after a change of the ranking's indicator with the ranking on screen.
 */
export async function scaleRendering(
  browser: Browser,
  url: string,
  { repeats, viewport }: { repeats: number; viewport: Viewport },
): Promise<{ region: ChangeTimes; ranking: ChangeTimes; cities: number }> {
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' })
  try {
    await page.goto(`${url}/?dataset=demo&region=guangzhou`)
    await page.locator('#kpi-heading').waitFor({ timeout: 60_000 })
    await revealDeferred(page)
    const regions = await optionValues(page, '地区')
    const cities = regions.filter((code) => code !== 'guangdong' && code !== 'guangzhou')
    await page.locator('[data-panel=trend]').scrollIntoViewIfNeeded()
    const region: number[] = []
    for (let i = 0; i < repeats + 2; i++) {
      const ms = await timeSelect(page, '地区', cities[i % cities.length]!, '#kpi-heading')
      if (i >= 2) region.push(ms)
    }
    // The ranking panel is drawn when it comes near the screen (OnScreenPanel), its indicator
    // select with it: after the region changes above, with the trend panel on screen, it may be
    // too far down to have been drawn.
    await page.locator('[data-panel=standing]').scrollIntoViewIfNeeded()
    const indicators = await optionValues(page, '位次指标')
    await page.locator('[data-panel=standing] figure').nth(1).scrollIntoViewIfNeeded()
    const ranking: number[] = []
    for (let i = 0; i < repeats + 2; i++) {
      const ms = await timeSelect(
        page,
        '位次指标',
        indicators[(i + 1) % indicators.length]!,
        'section[aria-labelledby="standing-heading"] figure h2',
      )
      if (i >= 2) ranking.push(ms)
    }
    return { region: summary(region), ranking: summary(ranking), cities: regions.length }
  } finally {
    await page.close()
  }
}

export interface Viewport {
  width: number
  height: number
}
