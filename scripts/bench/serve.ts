import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'

/**
 * The production build served as a static site, for the benchmarks: builds dist/ first unless
 * it exists and --no-build was given.
 */
export async function serveDist(options: {
  build: boolean
}): Promise<{ url: string; close: () => Promise<void> }> {
  if (options.build || !existsSync('dist/index.html')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  const server: PreviewServer = await preview({
    preview: { port: 0, strictPort: false },
    logLevel: 'warn',
  })
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!url) throw new Error('the preview server did not report its URL')
  return { url, close: () => server.close() }
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
