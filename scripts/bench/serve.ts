import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { preview, type PreviewServer } from 'vite'

/**
 * A production build served as a static site, for the benchmarks: builds dist/ first when asked
 * or when it is missing. `root` serves another folder holding a build (e.g. with scale data).
 */
export async function serveDist(options: {
  build: boolean
  root?: string
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
    ...(options.root ? { build: { outDir: options.root } } : {}),
  })
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!url) throw new Error('the preview server did not report its URL')
  return { url, close: () => server.close() }
}

/** Debian installs nginx in /usr/sbin, which a user's PATH may not hold. */
const NGINX_PATH = `${process.env.PATH ?? ''}:/usr/sbin`

export function hasNginx(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v nginx'], {
      stdio: 'ignore',
      env: { ...process.env, PATH: NGINX_PATH },
    })
    return true
  } catch {
    return false
  }
}

/**
 * A folder served by nginx with the shipped configuration (deploy/, see scripts/nginx.sh), as
 * production serves it. `prefix` (its pid file, logs and configuration) keeps this server apart
 * from any other started by scripts/nginx.sh (default: .nginx/).
 */
export function startNginx(
  root: string,
  port: number,
  prefix?: string,
): { url: string; stop: () => void } {
  const env = {
    ...process.env,
    PATH: NGINX_PATH,
    ...(prefix ? { NGINX_PREFIX: path.resolve(prefix) } : {}),
  }
  const url = execFileSync('bash', ['scripts/nginx.sh', 'start', root, String(port)], {
    encoding: 'utf8',
    env,
  }).trim()
  return {
    url,
    stop: () => {
      execFileSync('bash', ['scripts/nginx.sh', 'stop'], { stdio: 'inherit', env })
    },
  }
}
