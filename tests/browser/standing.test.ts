import { describe, expect, it } from 'vitest'
import { buildScorecard } from '../../src/features/standing/lib/build-scorecard.ts'
import { legendLines, legendOf } from '../../src/features/standing/lib/scorecard-text.ts'
import { STANDING_MESSAGES } from '../../src/features/standing/messages.ts'
import { loadCatalog, loadTable } from '../support/api-data.ts'
import { axeViolations } from './axe.ts'
import {
  baseUrl,
  downloaded,
  revealDeferred,
  screenshot,
  TAKE_SCREENSHOTS,
  useBrowser,
} from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots'
const catalog = loadCatalog()
const OFFICIAL_2017 = '/?region=zhuhai&period=2017-03'

describe('where each city stands', () => {
  const session = useBrowser()

  it('draws 21 named tiles, and clicking or pressing Enter on one selects that city', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${OFFICIAL_2017}`)
    await revealDeferred(page)
    const map = page.getByRole('group', { name: '各市分布：规模以上工业增加值累计增速' })
    const tiles = map.getByRole('button')
    await expect.poll(() => tiles.count()).toBe(21)
    expect(
      await map.getByRole('button', { name: '珠海 15.1%，全省第1位、珠三角第1位' }).count(),
    ).toBe(1)
    expect(
      await map.getByRole('button', { name: '云浮 3.0%，全省并列第20位、山区并列第4位' }).count(),
    ).toBe(1)

    await map.getByRole('button', { name: /^广州 5\.5%/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('guangzhou')

    await map.getByRole('button', { name: /^深圳 / }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('shenzhen')
    // Focus shows the tile's value, rank and source in text.
    const details = page.getByText(/^深圳市 7\.6% · 全省第\d+位/)
    expect(await details.textContent()).toContain('来源：广东省统计局')
  })

  it('hatches and names the cities without a figure, and says a partial order is no rank', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?region=guangzhou&period=2019-12`)
    await revealDeferred(page)
    const map = page.getByRole('group', { name: /^各市分布/ })
    await expect.poll(() => map.getByRole('button').count()).toBe(21)
    expect(await map.getByRole('button', { name: '深圳 暂无数据' }).count()).toBe(1)
    // 广州 and 佛山 published for 2019年1-12月: a position between two, never 全省第N位.
    expect(await map.getByRole('button', { name: '广州 5.1%，已公布2市中第2位' }).count()).toBe(1)
  })

  it('ranks the cities in the order of the data, with 全省 as the reference', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${OFFICIAL_2017}`)
    await revealDeferred(page)
    const panel = page.getByRole('figure', { name: '各市排名：规模以上工业增加值累计增速' })
    await panel.locator('.recharts-wrapper > svg').waitFor()
    expect(await panel.textContent()).toContain('全省 7.1%')
    await panel.getByRole('button', { name: '表格' }).click()
    const rows = (await panel.getByRole('row').allTextContents()).slice(1)
    expect(rows).toHaveLength(21)
    // No earlier period of 2017 was published: no column of rank changes.
    expect(await panel.getByRole('columnheader').allTextContents()).toEqual([
      '地区',
      '全省位次',
      '规模以上工业增加值累计增速（%）',
      '区域内位次',
      // 5 cities' growth is 3.6–4.1 points below the province's 7.1% (低于全省, 关注).
      '需关注',
    ])
    expect(rows.slice(0, 3)).toEqual(['珠海115.11', '汕尾212.31', '东莞310.02'])
    expect(rows.slice(-2)).toEqual(['韶关并列203.0并列4◇ 关注', '云浮并列203.0并列4◇ 关注'])
    expect(await panel.textContent()).toContain('21/21 市已发布')
  })

  it('switches the map and ranking to another indicator from one control', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&region=guangzhou&period=2019-06`)
    await revealDeferred(page)
    // Scrolled to, as a person would: panels away from the screen follow when they come near.
    await page.getByLabel('位次指标').scrollIntoViewIfNeeded()
    await page.getByLabel('位次指标').selectOption('tech_transformation_investment_yoy_pct')
    await expect
      .poll(() => new URL(page.url()).searchParams.get('indicator'))
      .toBe('tech_transformation_investment_yoy_pct')
    await expect
      .poll(() => page.getByRole('figure', { name: '各市排名：技术改造投资累计增速' }).count())
      .toBe(1)
    expect(
      await page
        .getByRole('group', { name: '各市分布：技术改造投资累计增速' })
        .getByRole('button')
        .count(),
    ).toBe(21)
  })

  it('sorts the scorecard by any column, by keyboard, and keeps the order in the URL', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${OFFICIAL_2017}`)
    await revealDeferred(page)
    const scorecard = page.getByRole('figure', { name: '“三稳”与技改计分卡' })
    const table = scorecard.getByRole('table')
    await table.waitFor()
    const firstCities = async () => (await table.locator('tbody th').allTextContents()).slice(1, 4)
    expect(await firstCities()).toEqual(['广州', '深圳', '珠海'])

    const growth = table.getByRole('button', { name: /^稳增长/ })
    await growth.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('growth.desc')
    await expect.poll(firstCities).toEqual(['珠海', '汕尾', '东莞'])
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('稳增长')

    await page.keyboard.press('Enter')
    await expect.poll(firstCities).toEqual(['韶关', '云浮', '清远'])
    expect(await table.locator('th[aria-sort="ascending"]').count()).toBe(1)

    // Status: colour and a symbol, with the words for screen readers.
    const zhuhai = table.getByRole('row', { name: /^珠海/ })
    expect(await zhuhai.textContent()).toContain('15.1%▲高于全省')
  })

  it.each([
    // 全省 published its 7.1%: every city is compared with it.
    ['zh', '2017-03', false],
    ['en', '2017-03', false],
    // 全省 published none of the four headlines: no city can be compared.
    ['zh', '2019-12', true],
    ['en', '2019-12', true],
  ] as const)(
    'in %s, %s: the scorecard’s legend explains what its cells show, 全省暂无数据 only if so',
    async (lang, period, none) => {
      const { page } = session
      const s = STANDING_MESSAGES[lang]
      const card = buildScorecard(
        loadTable('official', [Number(period.slice(0, 4))]),
        catalog,
        period,
        'ytd',
        null,
      )
      expect(legendOf(card).none).toBe(none)
      await page.goto(`${baseUrl()}/?period=${period}&region=guangzhou&lang=${lang}`)
      await revealDeferred(page)
      const scorecard = page.getByRole('figure', { name: s.scorecardTitle })
      await scorecard.getByRole('table').waitFor()
      const legend = scorecard.getByRole('list', { name: lang === 'zh' ? '图例' : 'Legend' })
      const items = await legend.getByRole('listitem').allTextContents()
      expect(items).toEqual(legendLines(card, s))
      expect(items.includes(s.statusNone)).toBe(none)
      // A cell within the band says its gap alone; the band's name is its symbol's, ●.
      const cells = await scorecard.locator('tbody td').allTextContents()
      expect(cells.join(' ')).not.toMatch(/以内|Within/)
      if (!none) {
        expect(items).toContain(`● ${s.status.near()}`)
        expect(cells.some((c) => c.includes('●'))).toBe(true)
      }
      await screenshot(scorecard, `${SCREENSHOTS}/scorecard-legend-${period}-${lang}.png`)
    },
  )

  it('steps the ranking’s axis in round numbers from zero', async () => {
    const { page } = session
    for (const path of [OFFICIAL_2017, '/', '/?dataset=demo&lang=en']) {
      await page.goto(`${baseUrl()}${path}`)
      await revealDeferred(page)
      const panel = page.getByRole('figure', { name: /^(各市排名|Ranking of the cities)/ })
      await panel.locator('.recharts-wrapper > svg').waitFor()
      const ticks = (
        await panel.locator('.recharts-cartesian-axis-tick-value').allTextContents()
      ).map((text) => Number(text.replace(/[%,\s]|billion yuan|亿元/g, '')))
      expect(ticks.length, path).toBeGreaterThan(2)
      expect(ticks, path).toContain(0)
      const step = ticks[1]! - ticks[0]!
      const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6))
      expect([1, 2, 2.5, 5], `${path}: ${ticks.join(' ')}`).toContain(mantissa)
      for (const [i, tick] of ticks.entries()) expect(tick).toBeCloseTo(ticks[0]! + i * step, 6)
    }
  })

  it('downloads the ranking as CSV', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${OFFICIAL_2017}`)
    await revealDeferred(page)
    const panel = page.getByRole('figure', { name: '各市排名：规模以上工业增加值累计增速' })
    await panel.locator('.recharts-wrapper > svg').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '下载 CSV' }).click(),
    ])
    const csv = (await downloaded(download)).toString('utf8')
    expect(csv).toContain(
      '地区,全省位次,规模以上工业增加值累计增速（%）,区域内位次,需关注\r\n珠海,1,15.1,1,\r\n',
    )
    expect(csv).toContain('说明,21/21 市已发布；位次及其变化仅在21市均已公布时计算。')
  })

  it('has no axe violations with the standing panels, light and dark', async () => {
    const { page } = session
    for (const theme of ['light', 'dark']) {
      await page.goto(`${baseUrl()}${OFFICIAL_2017}&theme=${theme}`)
      await revealDeferred(page)
      await page
        .getByRole('figure', { name: /^各市排名/ })
        .locator('.recharts-wrapper > svg')
        .waitFor()
      expect(await axeViolations(page), theme).toEqual([])
    }
  })
})

// Pictures for a person to look at, and nothing else to assert (the panels' drawing is tested
// above): taken where screenshots are (see TAKE_SCREENSHOTS), not on CI.
describe.runIf(TAKE_SCREENSHOTS).each([
  ['1366x768', { width: 1366, height: 768 }],
  ['1920x1080', { width: 1920, height: 1080 }],
])('standing screenshots at %s', (size, viewport) => {
  const session = useBrowser({ viewport })
  it('the map, ranking and scorecard', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}${OFFICIAL_2017}`)
    await revealDeferred(page)
    const section = page.locator('section[aria-labelledby="standing-heading"]')
    await section.locator('.recharts-wrapper > svg').waitFor()
    await screenshot(section, `${SCREENSHOTS}/standing-${size}.png`)
  })
})
