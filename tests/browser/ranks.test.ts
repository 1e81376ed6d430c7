import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, downloaded, kpiTile, revealDeferred, useBrowser } from './browser.ts'

/** 2023年1-6月: 5 of the 21 cities published 规上工业增加值 growth (揭阳 the highest). */
const PARTIAL = 'region=jieyang&period=2023-06'
/** 2017年1-3月: the one month all 21 cities are published. */
const COMPLETE = 'region=guangzhou&period=2017-03'

/** Everything a reader or a screen reader could meet: text, labels, titles. */
const everything = (page: Page) => page.locator('body').evaluate((body) => body.outerHTML)

async function csvOf(page: Page, panel: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: /^(下载 CSV|Download CSV)$/ }).click(),
  ])
  return (await downloaded(download)).toString('utf8')
}

describe('ranks say only what the data says', () => {
  const session = useBrowser()

  it('with 5 of 21 published, no view, label or export of the dashboard says 全省第', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?${PARTIAL}`)
    await revealDeferred(page)
    const map = page.getByRole('group', { name: '各市分布：规模以上工业增加值累计增速' })
    expect(await map.getByRole('button', { name: '揭阳 21.1%，已公布5市中第1位' }).count()).toBe(1)
    const ranking = page.getByRole('figure', { name: '各市排名：规模以上工业增加值累计增速' })
    await ranking.getByRole('button', { name: '表格' }).click()
    expect(await ranking.getByRole('columnheader').allTextContents()).toContain('已公布5市中位次')
    expect(await everything(page)).not.toContain('全省第')

    const exported = await csvOf(page, ranking)
    expect(exported).toContain('地区,已公布5市中位次,')
    expect(exported).toContain(
      '说明,5/21 市已发布；仅5市已公布，列出的是已公布城市之间的先后，不是全省位次；另有16市未公布：',
    )
    const mapCsv = await csvOf(
      page,
      page.getByRole('figure', { name: /^各市分布：规模以上工业增加值累计增速/ }),
    )
    for (const csv of [exported, mapCsv]) expect(csv).not.toContain('全省第')
  })

  it('nor in English', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?${PARTIAL}&lang=en`)
    await revealDeferred(page)
    const html = await everything(page)
    expect(html).toContain('1st of 5 cities published')
    expect(html).not.toMatch(/(st|nd|rd|th) of 21 cities|#\d+ of 21/)
  })

  it('nor the brief, nor any slide of a deck', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?${PARTIAL}&view=brief`)
    await page.getByRole('heading', { name: '广东工业“三稳”监测简报' }).waitFor()
    await page.locator('main').getByRole('status').waitFor({ state: 'detached' }) // loaded
    expect(await everything(page)).not.toContain('全省第')

    const slides = ['overview', 'iva', 'ranking', 'map', 'scorecard', 'city:jieyang']
    await page.goto(`${baseUrl()}/?${PARTIAL}&present=1&slides=${slides.join(',')}&interval=600`)
    for (let i = 0; i < slides.length; i++) {
      await expect.poll(() => page.locator('main footer').textContent()).toContain(`第 ${i + 1}/`)
      await page.locator('[data-slide] [data-pending]').waitFor({ state: 'detached' })
      expect(await everything(page), slides[i]).not.toContain('全省第')
      await page.keyboard.press('ArrowRight')
    }
  })

  it('with all 21 published, the map, ranking, tile and briefing agree: 广州 全省第16位、珠三角第8位', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?${COMPLETE}`)
    await revealDeferred(page)
    expect(await kpiTile(page).textContent()).toContain('全省第16位、珠三角第8位')
    const map = page.getByRole('group', { name: '各市分布：规模以上工业增加值累计增速' })
    expect(
      await map.getByRole('button', { name: '广州 5.5%，全省第16位、珠三角第8位' }).count(),
    ).toBe(1)
    const ranking = page.getByRole('figure', { name: '各市排名：规模以上工业增加值累计增速' })
    await ranking.getByRole('button', { name: '表格' }).click()
    expect(await ranking.getByRole('row', { name: /^广州/ }).textContent()).toBe('广州165.58')
    expect(await page.getByRole('region', { name: '简报' }).textContent()).toContain(
      '增速居全省第16位、珠三角第8位',
    )
  })

  it('states a rank a source printed, and says it is as published', async () => {
    const { page } = session
    // 惠州 2021年1-2月: only 惠州 published; its bureau printed "居珠三角第7位、全省第16位".
    await page.goto(`${baseUrl()}/?region=huizhou&period=2021-02`)
    const tile = kpiTile(page, '工业投资累计增速')
    await expect.poll(() => tile.textContent()).toContain('全省第16位、珠三角第7位（据公布）')
    expect(await kpiTile(page).textContent()).toContain('全省第11位、珠三角第7位（据公布）')
  })

  it('states the ranks printed for 2024年1-12月 (8 of 21 published) in the tile, the ranking and the brief', async () => {
    const { page } = session
    // 清远's 2025 政府工作报告: 规上工业增加值增长10.4%……排全省第1; 惠州's: 增速居珠三角第一.
    await page.goto(`${baseUrl()}/?region=qingyuan&period=2024-12`)
    await revealDeferred(page)
    expect(await kpiTile(page).textContent()).toContain('全省第1位（据公布）')
    expect(await page.getByRole('region', { name: '简报' }).textContent()).toContain(
      '同比增长10.4%，增速居全省第1位（据公布）',
    )
    const ranking = page.getByRole('figure', { name: '各市排名：规模以上工业增加值累计增速' })
    // The bars are not numbered (a partial set): the printed ranks are said under them, and in
    // the export's note.
    const printed = '清远全省第1位（据公布），惠州珠三角第1位（据公布）'
    expect(await ranking.textContent()).toContain(printed)
    expect(await csvOf(page, ranking)).toContain(printed)
    await ranking.getByRole('button', { name: '表格' }).click()
    expect(await ranking.getByRole('row', { name: /^清远/ }).textContent()).toBe(
      '清远110.4全省第1位（据公布）',
    )
    expect(await ranking.getByRole('row', { name: /^惠州/ }).textContent()).toBe(
      '惠州并列29.7珠三角第1位（据公布）',
    )

    await page.goto(`${baseUrl()}/?region=huizhou&period=2024-12&view=brief`)
    await page.getByRole('heading', { name: '广东工业“三稳”监测简报' }).waitFor()
    await page.locator('main').getByRole('status').waitFor({ state: 'detached' }) // loaded
    const brief = await page.locator('main').textContent()
    expect(brief).toContain('同比增长9.7%，增速居珠三角第1位（据公布）')
    expect(brief).toContain(
      '规模以上工业增加值累计增速9.7%已公布8市中并列第2位、珠三角第1位（据公布）',
    )
  })
})
