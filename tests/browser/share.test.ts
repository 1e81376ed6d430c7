import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appRunning, baseUrl, firstViewPeriod, useBrowser } from './browser.ts'
import { PHONES } from './phone.ts'

/** A share sheet that records what it was given and answers as `outcome` says. */
async function fakeShareSheet(page: Page, outcome: 'shared' | 'closed' | 'refused') {
  await page.addInitScript((answer) => {
    const shared: ShareData[] = []
    Object.assign(window, { shared })
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        shared.push(data)
        if (answer === 'closed') return Promise.reject(new DOMException('closed', 'AbortError'))
        if (answer === 'refused') return Promise.reject(new DOMException('no', 'NotAllowedError'))
        return Promise.resolve()
      },
    })
  }, outcome)
}

const sharedWith = (page: Page) =>
  page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)

/** The query of a link, as an object: the order of its parameters is not the point. */
const queryOf = (url: string | undefined) =>
  Object.fromEntries(new URL(url ?? '', baseUrl()).searchParams)

describe('a desk browser (no share sheet): 复制链接', () => {
  const session = useBrowser()

  it('copies the view with its period and dataset written out, and says so', async () => {
    const { page, context } = session
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() })
    await page.goto(`${baseUrl()}/`)
    await appRunning(page)
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false)
    await page.getByRole('button', { name: '复制链接' }).click()
    await expect
      .poll(() => page.getByRole('banner').getByRole('status').last().textContent())
      .toBe('链接已复制')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied.startsWith(`${baseUrl()}/?`)).toBe(true)
    expect(queryOf(copied)).toEqual({
      dataset: 'official',
      period: firstViewPeriod(),
    })
  })
})

describe('a phone with a share sheet: 分享链接', () => {
  const session = useBrowser({ viewport: PHONES[0], touch: true, freshContext: true })

  it('the brief hands its own link to the sheet (the prerendered sheet said 复制链接)', async () => {
    const { page } = session
    await fakeShareSheet(page, 'shared')
    await page.goto(`${baseUrl()}/?view=brief`)
    await appRunning(page)
    await page.getByRole('button', { name: '分享链接' }).click()
    await expect.poll(() => sharedWith(page)).toHaveLength(1)
    const [data] = await sharedWith(page)
    expect(data?.title).toBe('广东工业“三稳”监测简报')
    expect(queryOf(data?.url)).toEqual({
      view: 'brief',
      dataset: 'official',
      period: firstViewPeriod(),
    })
  })

  it('says nothing when the reader closes the sheet, and copies when the sheet refuses', async () => {
    const { page, context } = session
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() })
    await fakeShareSheet(page, 'closed')
    await page.goto(`${baseUrl()}/?region=shenzhen`)
    await appRunning(page)
    const status = page.getByRole('banner').getByRole('status').last()
    await page.getByRole('button', { name: '分享链接' }).click()
    await expect.poll(() => sharedWith(page)).toHaveLength(1)
    expect(await status.textContent()).toBe('')

    await fakeShareSheet(page, 'refused')
    await page.reload()
    await appRunning(page)
    await page.getByRole('button', { name: '分享链接' }).click()
    await expect.poll(() => status.textContent()).toBe('链接已复制')
    expect(queryOf(await page.evaluate(() => navigator.clipboard.readText()))).toMatchObject({
      region: 'shenzhen',
    })
  })
})
