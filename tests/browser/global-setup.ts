import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import type { PreviewServer } from 'vite'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { hasNginx, startNginx } from '../../scripts/bench/serve.ts'
import { launchChromiumServer } from '../../scripts/chromium.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The suite's one Chromium, which each test file connects to (see useBrowser). */
    chromiumEndpoint: string
  }
}

/** A free TCP port on this machine, for nginx. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

/**
 * Real-browser tests run against the production build, gzipped as `npm run build` leaves it,
 * served as production serves it: by nginx with the shipped configuration (deploy/: the strict
 * CSP, caching, gzip_static) when nginx is installed (CI installs it), else by Vite's static
 * preview. E2E_BASE_URL points them at a server already running instead.
 */
export default async function setup(project: TestProject) {
  let preview_: PreviewServer | undefined
  let nginx: ReturnType<typeof startNginx> | undefined
  let url = process.env.E2E_BASE_URL
  if (!url) {
    // A separate process: inside Vitest NODE_ENV is "test", which would bundle React's
    // development build.
    const env = { ...process.env, NODE_ENV: 'production' }
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env })
    execFileSync('npx', ['tsx', 'scripts/compress-dist.ts'], { stdio: 'inherit', env })
    if (hasNginx()) {
      // From a prefix of the tests' own: a server started by hand (.nginx/) is left alone.
      nginx = startNginx('dist', await freePort(), '.nginx-tests')
      url = nginx.url
    } else {
      preview_ = await preview({ preview: { port: 0, strictPort: false }, logLevel: 'warn' })
      url = preview_.resolvedUrls?.local[0]
    }
  }
  if (!url) throw new Error('the test server did not report its URL')
  console.log(`browser tests against ${url}${nginx ? ' (nginx, deploy/)' : ''}`)
  project.provide('baseUrl', url.replace(/\/$/, ''))
  // Started once for the suite: a launch and close for each group of tests cost ≈ 0.8 s here.
  const chromium = await launchChromiumServer()
  project.provide('chromiumEndpoint', chromium.wsEndpoint())
  return async () => {
    await chromium.close()
    await preview_?.close()
    nginx?.stop()
  }
}
