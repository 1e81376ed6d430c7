/**
 * The 2019 commended cities (国办发〔2020〕9号, 广州 and 深圳): their panel in their own period,
 * one line that leads to it in any other, and their slide in the commended deck (#29).
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PRESENTATION_MESSAGES } from '../../src/app/presentation/messages.ts'
import { figureText } from '../../src/components/chart/bar-value.tsx'
import { CHART_MESSAGES } from '../../src/components/chart/messages.ts'
import {
  buildCommended,
  COMMENDED_CITIES,
  COMMENDED_PERIOD,
} from '../../src/features/commended/index.ts'
import { COMMENDED_MESSAGES } from '../../src/features/commended/messages.ts'
import { formatPeriod } from '../../src/lib/format/period.ts'
import { withParens } from '../../src/lib/format/punctuation.ts'
import type { Lang } from '../../src/lib/i18n/lang.ts'
import { zh } from '../../src/lib/i18n/messages.ts'
import { en } from '../../src/lib/i18n/messages-en.ts'
import { loadCatalog, loadTable } from '../support/api-data.ts'
import { axeViolations } from './axe.ts'
import { baseUrl, firstViewPeriod, screenshot, showEveryPanel, useBrowser } from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots'
const catalog = loadCatalog()
const table = loadTable('official', [Number(COMMENDED_PERIOD.slice(0, 4))])

/** What the panel should show in `lang`, from the published figures. */
function expected(lang: Lang) {
  const t = { ...(lang === 'zh' ? zh : en), ...CHART_MESSAGES[lang], ...COMMENDED_MESSAGES[lang] }
  const commended = buildCommended(table, catalog, lang, t)
  const cities = COMMENDED_CITIES.map((code) => ({ key: code, unit: '%' }))
  return {
    t,
    commended,
    // Series by series, as the bars are drawn: 广州's, then 深圳's.
    labels: cities.flatMap((s) => commended.rows.map((row) => figureText(row, s, lang) ?? '—')),
  }
}

/** The texts `scope`'s chart draws, in order: the bars' figures, or all of them. */
const drawn = (page: Page, scope: string, bars = false) =>
  page
    .locator(`${scope} .recharts-wrapper > svg ${bars ? '.recharts-bar-rectangle ' : ''}text`)
    .evaluateAll((texts) => texts.map((t) => t.textContent))

describe('the commended cities', () => {
  const session = useBrowser({ viewport: { width: 1440, height: 900 } })

  it.each(['zh', 'en'] as const)(
    'in %s, are one line in another period, which opens their panel at 2019年1-12月',
    async (lang) => {
      const { page } = session
      const { t, commended, labels } = expected(lang)
      // The first view is of another year: the 2019 panel is not among its panels.
      expect(firstViewPeriod()).not.toBe(COMMENDED_PERIOD)
      await page.goto(`${baseUrl()}/${lang === 'en' ? '?lang=en' : ''}`)
      await showEveryPanel(page)
      expect(await page.locator('[data-panel=commended]').count()).toBe(0)
      const line = page.locator('[data-commended=link]')
      const period = formatPeriod(COMMENDED_PERIOD, lang)
      expect(await line.textContent()).toBe(
        `${lang === 'zh' ? `${t.seeAlso}：` : `${t.seeAlso}: `}${withParens(t.title, period, lang)}`,
      )
      await screenshot(line, `${SCREENSHOTS}/commended-line-${lang}.png`)

      await line.getByRole('link').click()
      await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe(COMMENDED_PERIOD)
      await showEveryPanel(page)
      const panel = page.getByRole('figure', { name: t.title })
      await panel.locator('.recharts-wrapper > svg').waitFor()
      expect(await page.locator('[data-commended=link]').count()).toBe(0)
      expect(await panel.textContent()).toContain(period)

      // Growth rates only, each bar with its figure and "—" where a city published none.
      // Its categories are the growth rates (drawn wrapped into lines in English: compared
      // without their spaces), and nothing else: no share or contribution rate on that axis.
      const bare = (text: string) => text.replace(/\s/g, '')
      const categories = (await drawn(page, '[data-panel=commended]'))
        .filter((text) => !/^(-?[\d.,]+%|—)$/.test(text))
        .map(bare)
      expect(categories).toEqual(commended.rows.map((row) => bare(String(row.label))))
      expect(await drawn(page, '[data-panel=commended]', true)).toEqual(labels)
      expect(labels).toContain('—')
      // The shares, the contribution rate and the amounts are listed, with their units.
      const others = page.locator('[data-panel=commended] table').last()
      for (const row of commended.others) {
        const cells = await others
          .locator('tr')
          .filter({ has: page.getByRole('rowheader', { name: row.name, exact: true }) })
          .getByRole('cell')
          .allTextContents()
        expect(cells).toEqual(row.values.map((v) => v ?? `—${t.missing}`))
      }
      expect(await axeViolations(page)).toEqual([])
      await screenshot(
        page.locator('[data-panel=commended]'),
        `${SCREENSHOTS}/commended-${lang}.png`,
      )
    },
  )

  it('are not shown with the demo data, in no period', async () => {
    const { page } = session
    for (const period of ['', `&period=${COMMENDED_PERIOD}`]) {
      await page.goto(`${baseUrl()}/?dataset=demo${period}`)
      await showEveryPanel(page)
      expect(await page.locator('[data-panel=commended], [data-commended]').count()).toBe(0)
    }
  })

  it.each(['zh', 'en'] as const)(
    'in %s, open the commended deck with their slide, of 2019 and marked so',
    async (lang) => {
      const { page } = session
      const { labels } = expected(lang)
      await page.setViewportSize({ width: 1920, height: 1080 })
      await page.goto(`${baseUrl()}/?present=1&deck=commended${lang === 'en' ? '&lang=en' : ''}`)
      const heading = page.locator('main h1')
      await expect
        .poll(() => heading.textContent())
        .toContain(PRESENTATION_MESSAGES[lang].slideTitles.commended)
      expect(await heading.textContent()).toContain(PRESENTATION_MESSAGES[lang].olderMark)
      expect(await heading.textContent()).toContain(`· ${formatPeriod(COMMENDED_PERIOD, lang)}`)
      const slide = page.locator('[data-slide]')
      await slide.locator('.recharts-wrapper > svg').waitFor()
      expect(await drawn(page, '[data-slide]', true)).toEqual(labels)
      await screenshot(page, `${SCREENSHOTS}/commended-slide-${lang}.png`)
    },
  )
})
