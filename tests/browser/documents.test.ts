import { describe, expect, it } from 'vitest'
import { baseUrl, downloaded, useBrowser } from './browser.ts'

/** The parts of an Office file (a zip): its entries' names, read from the central directory. */
function zipEntries(bytes: Buffer): string[] {
  const names: string[] = []
  for (let i = bytes.indexOf('PK\x01\x02'); i !== -1; i = bytes.indexOf('PK\x01\x02', i + 4)) {
    const length = bytes.readUInt16LE(i + 28)
    names.push(bytes.subarray(i + 46, i + 46 + length).toString('utf8'))
  }
  return names
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
})
