import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kpiTile, useBrowser } from './browser.ts'
import { serveFolder } from './static-server.ts'

/**
 * Offline and updates, through the service worker, on a copy of the production build that the
 * test can redeploy: the deployment's data changes under a page that has already cached it.
 */
describe('offline and new deployments', () => {
  const session = useBrowser({ serviceWorkers: 'allow' })
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'gd-offline-')), 'site')
  let server: Awaited<ReturnType<typeof serveFolder>>

  beforeAll(async () => {
    cpSync('dist', root, { recursive: true })
    server = await serveFolder(root)
  })
  afterAll(async () => {
    await server.close()
  })

  const tile = () => kpiTile(session.page)

  /** Changes Guangzhou's 2019 figure in the served copy, as a new month's release would. */
  function redeploy(from: string, to: string) {
    const file = 'observations/official/2019.json'
    const text = readFileSync(path.join(root, 'api/v1', file), 'utf8').replace(
      `"region":"guangzhou","period":"2019-12","indicator":"iva_above_scale_yoy_pct","value":${from}`,
      `"region":"guangzhou","period":"2019-12","indicator":"iva_above_scale_yoy_pct","value":${to}`,
    )
    writeFileSync(path.join(root, 'api/v1', file), text)
    const manifestFile = path.join(root, 'api/v1/index.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      generatedAt: string
      files: { path: string; bytes: number; sha256: string }[]
    }
    const entry = manifest.files.find((f) => f.path === file)!
    entry.bytes = Buffer.byteLength(text)
    entry.sha256 = createHash('sha256').update(text).digest('hex')
    manifest.generatedAt = new Date().toISOString()
    writeFileSync(manifestFile, JSON.stringify(manifest))
  }

  it(
    'works offline after a first visit, says its data is not current, and picks up a new deployment',
    { timeout: 60_000 },
    async () => {
      const { page, context } = session
      await page.goto(`${server.url}/?region=guangzhou&period=2019-12`)
      await expect.poll(() => tile().textContent()).toContain('5.1%')
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
          timeout: 15_000,
        })
        .toBe(true)
      // The data already read is cached through the worker once it takes over.
      await expect
        .poll(
          () => page.evaluate(async () => (await (await caches.open('api-files')).keys()).length),
          { timeout: 15_000 },
        )
        .toBeGreaterThan(3)

      await context.setOffline(true)
      await page.reload()
      await expect.poll(() => tile().textContent()).toContain('5.1%')
      expect(await page.getByRole('banner').textContent()).toMatch(
        /数据未更新 · 最后更新 \d\d:\d\d/,
      )

      await context.setOffline(false)
      redeploy('5.1', '5.3')
      await page.reload()
      await expect.poll(() => tile().textContent()).toContain('5.3%')
      expect(await page.getByRole('banner').textContent()).not.toContain('数据未更新')
      session.problems.splice(0) // requests failing while offline are logged by the browser
    },
  )

  it('makes the 通报 and the deck offline, once the first visit has fetched them', async () => {
    const { page, context } = session
    const save = async (name: string) => {
      const button = page.getByRole('button', { name })
      await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true)
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
      return file.suggestedFilename()
    }
    await page.goto(`${server.url}/?view=brief`)
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 15_000,
      })
      .toBe(true)
    const online = await save('下载通报（Word）')
    await context.setOffline(true)
    await page.reload()
    expect(await save('下载通报（Word）')).toBe(online)
    await page.goto(`${server.url}/?present=1&slides=overview,iva`)
    await page.locator('main footer [data-slide-count]').waitFor()
    await page.mouse.move(400, 400)
    expect(await save('下载PPT')).toMatch(/\.pptx$/)
    await context.setOffline(false)
    session.problems.splice(0) // requests failing while offline are logged by the browser
  })
})
