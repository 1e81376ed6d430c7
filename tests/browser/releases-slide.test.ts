/**
 * 本期更新 as a slide of the deck (issue 26): the latest release day, what it brought, each
 * revision 由X修订为Y with its sources; its notes in the presenter's window.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import { baseUrl, screenshot, useBrowser } from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots/releases-slide'

const heading = (page: Page) => page.locator('main h1').first().textContent()

/** The deck of the overview and 本期更新, on its second slide. */
async function openReleases(page: Page, lang: 'zh' | 'en') {
  await page.goto(`${baseUrl()}/?present=1&dataset=demo&lang=${lang}&slides=overview,releases`)
  await page.locator('[data-slide-count]').waitFor()
  await page.keyboard.press('ArrowRight')
  await page.locator('[data-slide-releases]').waitFor()
  return page.locator('[data-slide-releases]')
}

describe('the 本期更新 slide', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 }, freshContext: true })

  it('shows the demo’s latest day, its summary and its two revisions 由X修订为Y with sources', async () => {
    const { page, context } = session
    const slide = await openReleases(page, 'zh')
    expect(await heading(page)).toBe('本期更新')
    expect(await slide.locator('p').first().textContent()).toMatch(
      /^本期更新（\d{4}-\d\d-\d\d）：新增：\d{4}年1-\d+月 全省及21市 \d+项；修订：2项$/,
    )
    const list = slide.getByRole('region', { name: '修订数据' })
    const items = await list.getByRole('listitem').allTextContents()
    expect(items).toHaveLength(2)
    for (const item of items) expect(item).toMatch(/ 由-?\d.*%修订为-?\d.*%（来源：.+）$/)
    expect(await slide.textContent()).not.toContain('另有')
    // Nothing overflows the slide.
    const [box, canvas] = await Promise.all([
      slide.boundingBox(),
      page.locator('[data-slide]').boundingBox(),
    ])
    expect(box!.y + box!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height + 1)
    await screenshot(page, `${SCREENSHOTS}/zh-1080.png`)
    expect(await axeViolations(page)).toEqual([])

    // The presenter's notes: every line of the slide, and its sources.
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
    const notes = presenter.locator('[data-presenter-notes]')
    await expect.poll(() => notes.textContent()).toContain(items[0])
    expect(await notes.textContent()).toContain(items[1])
    expect(await notes.textContent()).toMatch(/来源：.*演示数据/)
    expect(await axeViolations(presenter)).toEqual([])
    await presenter.close()
  })

  it('in English', async () => {
    const { page } = session
    const slide = await openReleases(page, 'en')
    expect(await heading(page)).toBe('This release')
    expect(await slide.locator('p').first().textContent()).toMatch(
      /^This release \(\d{4}-\d\d-\d\d\): new: .+; revised: 2 figures$/,
    )
    const items = await slide
      .getByRole('region', { name: 'Revised figures' })
      .getByRole('listitem')
      .allTextContents()
    expect(items).toHaveLength(2)
    for (const item of items) expect(item).toMatch(/: revised from -?\d.*% to -?\d.*% \(Source: /)
    expect(await axeViolations(page)).toEqual([])
  })
})
