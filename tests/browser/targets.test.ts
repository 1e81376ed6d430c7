import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, kpiTile, revealDeferred, screenshot, useBrowser } from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots/targets'

/** A panel's table, row by row: the row header, then the cells. */
async function tableRows(panel: Locator): Promise<string[][]> {
  await panel.getByRole('button', { name: '表格' }).click()
  return panel
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    )
}

describe('figures read against the year’s target', () => {
  const session = useBrowser()

  it('全省 2024: the tile gives the 规上工业增加值 target and the gap of the latest 2024 figure', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?period=2024-12`)
    const tile = kpiTile(page)
    await expect.poll(() => tile.textContent()).toContain('目标：增长5%')
    const text = await tile.textContent()
    expect(text).toContain('4.2')
    expect(text).toContain('未达 · 低于目标0.8个百分点')
    await screenshot(tile, `${SCREENSHOTS}/tile-2024.png`)
  })

  it('the panels list the province’s 2021–2025 targets with the outcomes the data holds', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?period=2025-12`)
    await revealDeferred(page)
    const year = page.getByRole('figure', { name: '目标完成情况：广东省 2025' })
    const current = await tableRows(year)
    expect(current[1]).toEqual([
      '广东 · 规模以上工业增加值累计增速',
      '规模以上工业增加值增长6%左右',
      '3%（2025年1-12月）',
      '低于目标3个百分点',
      '不适用',
      '✘ 未达',
      '未达到',
    ])
    await screenshot(year, `${SCREENSHOTS}/panel-2025.png`)

    const past = page.getByRole('figure', { name: '历年目标完成情况：广东省 2021–2024' })
    await screenshot(past, `${SCREENSHOTS}/history-chart.png`)
    const rows = await tableRows(past)
    const years = new Set(rows.slice(1).map((r) => r[0]?.slice(0, 4)))
    expect([...years]).toEqual(['2021', '2022', '2023', '2024'])
    const row = (header: string) => rows.find((r) => r[0] === header)
    expect(row('2021 · 规模以上工业增加值累计增速')?.slice(2)).toEqual([
      '9%（2021年1-12月）',
      '高于目标4个百分点',
      '达到',
    ])
    expect(row('2024 · 规模以上工业增加值累计增速')?.slice(2)).toEqual([
      '4.2%（2024年1-12月）',
      '低于目标0.8个百分点',
      '未达到',
    ])
    // 2022: only 1-9月 is published, so no outcome is claimed.
    expect(row('2022 · 规模以上工业增加值累计增速')?.slice(2)).toEqual([
      '3.4%（2022年1-9月）',
      '低于目标2.1个百分点',
      '未公布1-12月数据',
    ])
  })

  it('a view with no target says nothing about targets', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=shaoguan`)
    await revealDeferred(page)
    await kpiTile(page).waitFor()
    expect(await page.getByRole('figure', { name: /目标完成情况/ }).count()).toBe(0)
    // Nothing is said of targets; a document's title quoted in a source line (《…主要预期目标》, a
    // city's figure in the ranking) is no statement about them, nor are the other regions'
    // findings of 需关注 (低于年度目标).
    const text = (
      await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll(':scope > *')]
          .filter((child) => !child.matches('[data-panel="attention"]'))
          .map((child) => child.textContent)
          .join(''),
      )
    ).replace(/《[^》]*》/g, '《》')
    expect(text).not.toMatch(/目标|序时进度/)
  })
})
