import { execFileSync } from 'node:child_process'
import type { PreviewServer } from 'vite'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: PreviewServer | undefined

/**
 * Real-browser tests run against the production build, served as a static site; or against
 * E2E_BASE_URL when set (CI points it at nginx serving dist/ with the shipped configuration).
 */
export default async function setup(project: TestProject) {
  if (!process.env.E2E_BASE_URL) {
    // A separate process: inside Vitest NODE_ENV is "test", which would bundle React's
    // development build.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    server = await preview({ preview: { port: 0, strictPort: false }, logLevel: 'warn' })
  }
  const url = process.env.E2E_BASE_URL ?? server?.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server did not report its URL')
  project.provide('baseUrl', url.replace(/\/$/, ''))
  return async () => {
    await server?.close()
  }
}
