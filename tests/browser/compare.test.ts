import { readFileSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ObservationsFileSchema } from '../../src/schemas/observations.ts'
import { axeViolations } from './axe.ts'
import {
  baseUrl,
  downloaded,
  revealDeferred,
  screenshotWholePage,
  TAKE_SCREENSHOTS,
  useBrowser,
} from './browser.ts'

/**
 * Issue 29, item 7, "compare means compare": 广州 compared with 深圳 on the demo data, where every
 * city has every figure, so each panel has 深圳's to show. The figures are read from the API.
 */
const VIEW = '/?dataset=demo&region=guangzhou&compare=shenzhen'
const PERIOD = '2025-12'
const observations = ObservationsFileSchema.parse(
  JSON.parse(readFileSync(`public/api/v1/observations/demo/${PERIOD.slice(0, 4)}.json`, 'utf8')),
).observations

/** A growth rate as published, written as the page writes it: "5.1%". */
function rate(region: string, indicator: string): string {
  const o = observations.find(
    (x) => x.region === region && x.period === PERIOD && x.indicator === indicator,
  )
  if (!o) throw new Error(`no ${indicator} for ${region} in ${PERIOD} (demo)`)
  return `${o.value.toFixed(o.decimals)}%`
}

/** A panel's table: its 表格 / Table view, as a reader switches to it. */
async function tableOf(page: Page, panel: Locator, tableButton: string): Promise<Locator> {
  await panel.scrollIntoViewIfNeeded()
  await panel.getByRole('button', { name: tableButton, exact: true }).click()
  const table = panel.getByRole('table')
  await table.waitFor()
  return table
}

const STRINGS = {
  zh: {
    query: '',
    table: '表格',
    caption: '主要指标对比（2025年1-12月）',
    regions: ['广州市', '深圳市'],
    short: '深圳',
    growth: '规模以上工业增加值累计增速',
    investmentGrowth: '工业投资累计增速',
    tech: '技术改造投资累计增速',
    trend: '规模以上工业增加值增速走势',
    trendColumn: '深圳（%）',
    investment: '工业投资与技改投资',
    investmentColumns: ['深圳 · 工业投资累计增速（%）', '深圳 · 工业投资（亿元）'],
    hightech: '高技术制造业与先进制造业',
    hightechColumns: [
      '深圳 · 高技术制造业增加值增速（%）',
      '深圳 · 高技术制造业增加值占规上工业比重（%）',
    ],
    targets: '目标完成情况：广州市、深圳市 2025',
    targetRow: '深圳 · 规模以上工业增加值累计增速',
    csv: '下载 CSV',
  },
  en: {
    query: '&lang=en',
    table: 'Table',
    caption: 'Key figures compared, Jan–Dec 2025',
    regions: ['Guangzhou', 'Shenzhen'],
    short: 'Shenzhen',
    growth: 'Above-scale industrial value added: year-to-date growth',
    investmentGrowth: 'Industrial investment: year-to-date growth',
    tech: 'Technical-transformation investment: year-to-date growth',
    trend: 'Above-scale industrial value added: growth trend',
    trendColumn: 'Shenzhen (%)',
    investment: 'Industrial and technical-transformation investment',
    investmentColumns: [
      'Shenzhen · Industrial investment: year-to-date growth (%)',
      'Shenzhen · Industrial investment (billion yuan)',
    ],
    hightech: 'High-tech and advanced manufacturing',
    hightechColumns: [
      'Shenzhen · High-tech manufacturing value added: growth (%)',
      'Shenzhen · High-tech manufacturing: share of above-scale value added (%)',
    ],
    targets: 'Targets: Guangzhou, Shenzhen 2025',
    targetRow: 'Shenzhen · Above-scale industrial value added: year-to-date growth',
    csv: 'Download CSV',
  },
} as const

describe('compare means compare: 广州 with 深圳', () => {
  const session = useBrowser({ viewport: { width: 1440, height: 900 } })

  it.each(['zh', 'en'] as const)(
    'every panel and the side-by-side table show both regions (%s)',
    async (lang) => {
      const { page } = session
      const s = STRINGS[lang]
      await page.goto(`${baseUrl()}${VIEW}${s.query}`)

      // The side-by-side table of the key figures, in the region's section.
      const table = page.getByRole('table', { name: s.caption })
      await table.waitFor()
      expect(await table.getByRole('columnheader').allTextContents()).toEqual([
        expect.any(String),
        ...s.regions,
      ])
      for (const indicator of [
        'iva_above_scale_yoy_pct',
        'industrial_investment_yoy_pct',
        'tech_transformation_investment_yoy_pct',
      ]) {
        const name = {
          iva_above_scale_yoy_pct: s.growth,
          industrial_investment_yoy_pct: s.investmentGrowth,
          tech_transformation_investment_yoy_pct: s.tech,
        }[indicator]!
        const row = table.getByRole('row').filter({
          has: page.getByRole('rowheader', { name, exact: true }),
        })
        expect(await row.getByRole('cell').allTextContents()).toEqual([
          rate('guangzhou', indicator),
          rate('shenzhen', indicator),
        ])
      }
      const section = page.locator('section[aria-labelledby=kpi-heading]')
      expect(await section.textContent()).toContain(lang === 'zh' ? '资料来源：' : 'Source: ')

      await revealDeferred(page)
      // The trend, investment and high-tech tables each have 深圳's columns, with their units.
      const trend = await tableOf(page, page.getByRole('figure', { name: s.trend }), s.table)
      expect(await trend.getByRole('columnheader').allTextContents()).toContain(s.trendColumn)
      const investmentPanel = page.getByRole('figure', { name: s.investment })
      const investment = await tableOf(page, investmentPanel, s.table)
      const investmentHeaders = await investment.getByRole('columnheader').allTextContents()
      for (const column of s.investmentColumns) expect(investmentHeaders).toContain(column)
      const hightech = await tableOf(page, page.getByRole('figure', { name: s.hightech }), s.table)
      const hightechHeaders = await hightech.getByRole('columnheader').allTextContents()
      for (const column of s.hightechColumns) expect(hightechHeaders).toContain(column)

      // The targets: 深圳's bars drawn beside 广州's, and its rows in the table after them.
      const targetsPanel = page.getByRole('figure', { name: s.targets })
      await targetsPanel.scrollIntoViewIfNeeded()
      const bars = await targetsPanel.locator('svg[data-chart] text').allTextContents()
      expect(bars.some((text) => text.startsWith(`${s.short} · `))).toBe(true)
      const targets = await tableOf(page, targetsPanel, s.table)
      expect(await targets.getByRole('rowheader').allTextContents()).toContain(s.targetRow)

      // The CSV carries the compared region's columns with their units.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        investmentPanel.getByRole('button', { name: s.csv }).click(),
      ])
      const csv = (await downloaded(download)).toString('utf8')
      for (const column of s.investmentColumns) expect(csv).toContain(column)
    },
    60_000,
  )

  it.each(['zh', 'en'] as const)('has no axe violations (%s)', async (lang) => {
    const { page } = session
    await page.goto(`${baseUrl()}${VIEW}${STRINGS[lang].query}`)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe.runIf(TAKE_SCREENSHOTS)('screenshots of the compared view at 1440×900', () => {
  const session = useBrowser({ viewport: { width: 1440, height: 900 } })
  it.each(['zh', 'en'] as const)('%s', async (lang) => {
    const { page } = session
    await page.goto(`${baseUrl()}${VIEW}${STRINGS[lang].query}&theme=light`)
    await revealDeferred(page)
    await screenshotWholePage(page, `test-results/screenshots/compare-1440x900-${lang}.png`)
  })
})
