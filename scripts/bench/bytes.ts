import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export interface Bytes {
  raw: number
  gzip: number
}

export interface BundleBytes {
  firstViewJs: Bytes
  firstViewCss: Bytes
  firstViewData: Bytes
  totalJs: Bytes
  totalCss: Bytes
  firstViewFiles: string[]
}

function size(files: string[]): Bytes {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { raw, gzip }
}

/**
 * Bytes of the build: the first view is what the page loads before anything else (its module
 * script, module preloads, stylesheet and preloaded API files); the totals are every
 * JavaScript and CSS file the build holds, including the chunks loaded on demand.
 */
export function bundleBytes(dist = 'dist'): BundleBytes {
  // shell.html: the page with every preload of the first view's code (the prerendered
  // index.html asks for the same files once it has painted, see vite.config.ts).
  const page = existsSync(path.join(dist, 'shell.html')) ? 'shell.html' : 'index.html'
  const html = readFileSync(path.join(dist, page), 'utf8')
  const referenced = [...html.matchAll(/(?:src|href)="\/([^"?]+)[^"]*"/g)].map((m) => m[1]!)
  const local = (files: string[]) => files.map((file) => path.join(dist, file))
  // Once each: the entry is both the page's script and a preload of the app's imports.
  const firstView = [...new Set(referenced.filter((file) => /\.(js|css)$/.test(file)))]
  const assets = readdirSync(path.join(dist, 'assets')).map((file) => `assets/${file}`)
  return {
    firstViewJs: size(local(firstView.filter((file) => file.endsWith('.js')))),
    firstViewCss: size(local(firstView.filter((file) => file.endsWith('.css')))),
    firstViewData: size(local(referenced.filter((file) => file.startsWith('api/')))),
    totalJs: size(local(assets.filter((file) => file.endsWith('.js')))),
    totalCss: size(local(assets.filter((file) => file.endsWith('.css')))),
    firstViewFiles: firstView,
  }
}

/**
 * The JavaScript the first view loads, as the browser asks for it: `/` at a phone's size (no
 * chart panel near the screen), every script requested until the network is idle — the entry
 * and the app (what bundleBytes counts), and the chunks they ask for at once (the tiles, the
 * headline, the briefing, the file schemas). Sized from dist/ as bundleBytes sizes them.
 */
export async function firstViewRequestedJs(
  browser: Browser,
  url: string,
  dist = 'dist',
): Promise<{ bytes: Bytes; files: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  })
  try {
    const files = new Set<string>()
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (pathname.endsWith('.js')) files.add(pathname.slice(1))
    })
    await page.goto(`${url}/`, { waitUntil: 'networkidle' })
    const list = [...files].sort()
    return { bytes: size(list.map((file) => path.join(dist, file))), files: list }
  } finally {
    await page.close()
  }
}
