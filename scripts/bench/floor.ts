import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { launchChromium } from '../chromium.ts'

/** The floor app (benchmarks/README.md): its sources and its build. */
export const FLOOR = 'benchmarks/floor'
export const FLOOR_DIST = `${FLOOR}/dist`

/**
 * Builds the floor app as `npm run build` builds the dashboard: typecheck, Vite (its own
 * config), a gzip copy of each file. Fails unless the build is one JavaScript file.
 */
export function buildFloor(): void {
  const run = (command: string, args: string[]) => {
    execFileSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  run('npx', ['tsc', '--noEmit', '-p', FLOOR])
  run('npx', ['vite', 'build', '--config', `${FLOOR}/vite.config.ts`, '--logLevel', 'warn'])
  run('npx', ['tsx', 'scripts/compress-dist.ts', FLOOR_DIST])
  const js = readdirSync(`${FLOOR_DIST}/assets`).filter((file) => file.endsWith('.js'))
  if (js.length !== 1) throw new Error(`the floor app must be one JS file, not ${js.join(', ')}`)
}

/**
 * Loads the floor app once in Chromium and fails unless it draws its line without a console
 * error or page error (a Content-Security-Policy violation is a console error): a floor that
 * breaks under the CSP would measure nothing.
 */
export async function checkFloor(url: string): Promise<void> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.locator('.recharts-line-curve').waitFor({ timeout: 15_000 })
    if (errors.length) throw new Error(`the floor app at ${url}: ${errors.join('; ')}`)
  } finally {
    await browser.close()
  }
}
