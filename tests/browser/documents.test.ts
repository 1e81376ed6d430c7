import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import { baseUrl, downloaded, revealDeferred, useBrowser } from './browser.ts'

/** The parts of an Office file (a zip): its entries' names, read from the central directory. */
function zipEntries(bytes: Buffer): string[] {
  const names: string[] = []
  for (let i = bytes.indexOf('PK\x01\x02'); i !== -1; i = bytes.indexOf('PK\x01\x02', i + 4)) {
    const length = bytes.readUInt16LE(i + 28)
    names.push(bytes.subarray(i + 46, i + 46 + length).toString('utf8'))
  }
  return names
}

/** Clicks a download button and returns the file's name and entries. */
async function download(page: Page, button: Locator): Promise<{ name: string; entries: string[] }> {
  await expect.poll(() => button.isEnabled()).toBe(true)
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  return { name: file.suggestedFilename(), entries: zipEntries(await downloaded(file)) }
}

const sheetsOf = (entries: string[]) =>
  entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e)).length

const WORDS = {
  zh: {
    word: '下载通报（Word）',
    excel: '下载本期数据（Excel）',
    panelExcel: '下载 Excel',
    trend: '规模以上工业增加值增速走势',
    ppt: '下载PPT',
  },
  en: {
    word: 'Download the bulletin (Word)',
    excel: 'Download the period (Excel)',
    panelExcel: 'Download Excel',
    trend: 'Above-scale industrial value added: growth trend',
    ppt: 'Download as PowerPoint',
  },
}

describe('the department’s documents', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 } })

  it('the brief gives the 通报 as a Word file, its code fetched on the click', async () => {
    const { page } = session
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await page.goto(`${baseUrl()}/?view=brief&period=2024-08&region=guangzhou`)
    const button = page.getByRole('button', { name: '下载通报（Word）' })
    await expect.poll(() => button.isEnabled()).toBe(true)
    const before = scripts.length
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toBe('2024年1-8月广州市工业“三稳”监测通报.docx')
    const bytes = await downloaded(download)
    expect(zipEntries(bytes)).toContain('word/document.xml')
    expect(scripts.length).toBeGreaterThan(before)
  })

  it('presentation mode gives the deck as a PowerPoint file', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=overview,attention,ranking`)
    await page.locator('main footer').getByText('1/3').waitFor()
    await page.mouse.move(400, 400)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载PPT' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.pptx$/)
    const entries = zipEntries(await downloaded(download))
    expect(
      entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e)).length,
    ).toBeGreaterThanOrEqual(3)
  })

  it('the dashboard’s deck menu gives each deck as a PowerPoint file, by keyboard, without presenting', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo`)
    const menu = page.locator('header details')
    await menu.locator('summary').focus()
    await page.keyboard.press('Enter')
    const items = menu.getByRole('listitem')
    await items.first().waitFor()
    const decks = await items.count()
    expect(decks).toBeGreaterThan(1)
    expect(await axeViolations(page)).toEqual([])
    const names = new Set<string>()
    for (let i = 0; i < decks; i++) {
      const deck = (await items.nth(i).locator('span').first().textContent())!
      const file = await download(page, menu.getByRole('button', { name: `下载PPT：${deck}` }))
      expect(file.name).toMatch(/\.pptx$/)
      expect(file.entries).toContain('ppt/presentation.xml')
      names.add(file.name)
    }
    expect(names.size).toBe(decks) // each deck its own file, named by the deck
    expect(page.url()).not.toContain('present=1')
    // Escape closes the menu, back on its button; 放映 opens the deck.
    await menu
      .getByRole('button', { name: /^放映：/ })
      .first()
      .focus()
    await page.keyboard.press('Escape')
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
    await page.keyboard.press('Enter')
    await menu
      .getByRole('button', { name: /^放映：/ })
      .nth(1)
      .click()
    await expect.poll(() => page.url()).toMatch(/present=1.*deck=|deck=.*present=1/)
  })

  // Every button, for each dataset and language, under the strict CSP the tests serve (a
  // violation is a console error, which fails the test).
  for (const dataset of ['official', 'demo'] as const)
    for (const lang of ['zh', 'en'] as const)
      it(`every download button yields its file: ${dataset}, ${lang}`, async () => {
        const { page } = session
        const w = WORDS[lang]
        const query = `dataset=${dataset}&lang=${lang}`
        await page.goto(`${baseUrl()}/?${query}`)
        const briefing = page.locator('[data-panel=briefing]')
        const word = await download(page, briefing.getByRole('button', { name: w.word }))
        expect(word.name).toMatch(/\.docx$/)
        expect(word.entries).toContain('word/document.xml')
        const period = await download(page, briefing.getByRole('button', { name: w.excel }))
        expect(period.name).toMatch(/\.xlsx$/)
        expect(sheetsOf(period.entries)).toBeGreaterThan(5)
        // A panel's table: one sheet.
        await revealDeferred(page)
        const trend = page.getByRole('figure', { name: w.trend })
        const table = await download(page, trend.getByRole('button', { name: w.panelExcel }))
        expect(table.name).toMatch(/\.xlsx$/)
        expect(sheetsOf(table.entries)).toBe(1)

        await page.goto(`${baseUrl()}/?view=brief&${query}`)
        const brief = await download(page, page.getByRole('button', { name: w.word }))
        expect(brief.name).toBe(word.name)
        expect((await download(page, page.getByRole('button', { name: w.excel }))).name).toBe(
          period.name,
        )

        await page.goto(`${baseUrl()}/?present=1&${query}&slides=overview,iva,ranking`)
        await page.locator('main footer [data-slide-count]').waitFor()
        await page.mouse.move(400, 400)
        const deck = await download(page, page.getByRole('button', { name: w.ppt }))
        expect(deck.name).toMatch(/\.pptx$/)
        expect(deck.entries).toContain('ppt/presentation.xml')
      })

  it('a file that cannot be made says which and why, and nothing is saved', async () => {
    const { page } = session
    // A year the 通报's trend needs and the dashboard's first view does not load, broken.
    await page.route('**/api/v1/observations/demo/2022.json?*', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: JSON.stringify({ observations: 'broken' }) })
    })
    let saved = false
    page.on('download', () => {
      saved = true
    })
    await page.goto(`${baseUrl()}/?dataset=demo&period=2024-08`)
    const briefing = page.locator('[data-panel=briefing]')
    const button = briefing.getByRole('button', { name: WORDS.zh.word })
    await expect.poll(() => button.isEnabled()).toBe(true)
    await button.click()
    const alert = briefing.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(
      /^通报（Word）未能生成：.*2022.*。未提供不完整的文件，请重试。$/,
    )
    expect(saved).toBe(false)
  })
})
