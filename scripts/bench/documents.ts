import type { Browser, Page } from 'playwright-core'
import { median } from './interaction.ts'

type Viewport = { width: number; height: number }

export interface DocumentTimes {
  /** The first click: the document code (docx or pptxgenjs) fetched and compiled, then the file. */
  first: number
  /** The next clicks, the code in hand: making the file alone. */
  times: number[]
  median: number
}

/**
 * Click → the browser's download event, in ms (the file made and handed to the browser). The
 * click comes right after `prepare` (the deck's control bar hides 3 s after the mouse last
 * moved). A file that fails says so beside its button (role=alert): that is thrown, with the
 * page's words, instead of waiting out the timeout.
 */
async function timeDownload(
  page: Page,
  name: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<number> {
  // A prerendered page (the brief, the deck) shows the button before the app runs it.
  await page.locator('html[data-app=running]').waitFor({ state: 'attached', timeout: 60_000 })
  const button = page.getByRole('button', { name, exact: true })
  await button.waitFor()
  for (let i = 0; i < 100 && !(await button.isEnabled()); i++) await page.waitForTimeout(100)
  await prepare?.(page)
  const started = performance.now()
  const wait = { timeout: 120_000 }
  const downloaded = page.waitForEvent('download', wait).then(
    () => null,
    () => 'no download in 120 s',
  )
  const failure = page.getByRole('alert').filter({ hasText: /未能生成|could not be made/ })
  const failed = failure.waitFor(wait).then(
    () => failure.first().innerText(),
    () => new Promise<never>(() => undefined),
  )
  await button.click()
  const said = await Promise.race([downloaded, failed])
  if (said !== null) throw new Error(`${name}: ${said}`)
  return performance.now() - started
}

/**
 * The time to make the default view's documents with the CPU slowed `throttle`× (a slower office
 * PC): the 通报 (.docx) from the brief page's 下载通报（Word） and the deck (.pptx) from
 * presentation mode's 下载PPT, the official data's default view and deck, each `repeats` times
 * after the first click.
 */
export async function documentTimes(
  browser: Browser,
  url: string,
  { throttle, repeats, viewport }: { throttle: number; repeats: number; viewport: Viewport },
): Promise<{ docx: DocumentTimes; pptx: DocumentTimes }> {
  const measure = async (path: string, name: string, prepare?: (page: Page) => Promise<void>) => {
    const page = await browser.newPage({ viewport, serviceWorkers: 'block', acceptDownloads: true })
    try {
      await page.goto(`${url}${path}`)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
      const first = await timeDownload(page, name, prepare)
      const times: number[] = []
      for (let i = 0; i < repeats; i++) times.push(await timeDownload(page, name, prepare))
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      return { first, times, median: median(times) }
    } finally {
      await page.close()
    }
  }
  const docx = await measure('/?view=brief', '下载通报（Word）')
  const pptx = await measure('/?present=1', '下载PPT', async (page) => {
    await page.locator('main footer [data-slide-count]').waitFor({ timeout: 60_000 })
    // The control bar shows on a move of the mouse.
    await page.mouse.move(400, 400)
    await page.mouse.move(410, 410)
  })
  return { docx, pptx }
}
