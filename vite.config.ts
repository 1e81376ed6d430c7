import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createServer, type Plugin, type Rolldown } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { PRERENDERED_PAGES } from './src/lib/prerendered-pages.ts'

/** The app's chunk (src/main.tsx), which the entry (src/boot.ts) imports. */
function isAppChunk(chunk: Rolldown.OutputBundle[string] | undefined): boolean {
  return chunk?.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/main.tsx') === true
}

/** `files` and every chunk they import statically, through the bundle. */
function withStaticImports(bundle: Rolldown.OutputBundle, files: Iterable<string>): Set<string> {
  const all = new Set<string>()
  const add = (file: string) => {
    if (all.has(file)) return
    all.add(file)
    const chunk = bundle[file]
    if (chunk?.type === 'chunk') chunk.imports.forEach(add)
  }
  for (const file of files) add(file)
  return all
}

/**
 * The app's chunk and the chunks it imports: loaded, and evaluated, before any of the app's own
 * dynamic imports runs. Read from the bundle (appChunks) before Vite writes each dynamic
 * import's preload list (build.modulePreload.resolveDependencies).
 */
let appChunkFiles = new Set<string>()
/** The app's own chunk (src/main.tsx). */
let appChunkFile = ''

function appChunks(): Plugin {
  return {
    name: 'app-chunks',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        if (this.environment.name !== 'client') return
        const app = Object.keys(bundle).filter((file) => isAppChunk(bundle[file]))
        appChunkFiles = withStaticImports(bundle, app)
        appChunkFile = app[0] ?? ''
      },
    },
  }
}

/**
 * Preloads, from the HTML, what the first view needs besides the entry script: the app's chunk
 * (src/main.tsx, which the entry imports) and the chunks it imports, and the API files every
 * view reads (the catalog), at the content-addressed URLs the app will ask for. They download
 * alongside the entry script instead of after it. The API files are read from the generated
 * manifest. (The prerendered pages drop the chunks' preloads: see prerenderPages.)
 */
function preloadFirstView(): Plugin {
  return {
    name: 'preload-first-view',
    transformIndexHtml(_html, context) {
      const entry = context.chunk
      const bundle = context.bundle ?? {}
      const app = (entry?.dynamicImports ?? []).filter((file) => isAppChunk(bundle[file]))
      const files = withStaticImports(bundle, [...(entry?.imports ?? []), ...app])
      const chunks = [...files].map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
        injectTo: 'head' as const,
      }))
      const file = 'public/api/v1/index.json'
      if (!existsSync(file)) return chunks
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        files: { path: string; sha256: string }[]
      }
      // Only what every view reads: a year of observations preloaded for the default view is
      // wasted, with a console warning, on every other link.
      const paths = ['regions.json', 'indicators.json', 'sources.json']
      const data = paths.flatMap((path) => {
        const entry = manifest.files.find((f) => f.path === path)
        if (!entry) return []
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: 'anonymous',
              href: `/api/v1/${path}?v=${entry.sha256.slice(0, 16)}`,
            },
            injectTo: 'head' as const,
          },
        ]
      })
      return [...chunks, ...data]
    },
  }
}

/**
 * The derived queries a page was drawn from, as data (not run: the page's CSP runs no inline
 * script), or nothing. `<` escaped, so no text in it can close the element.
 */
function derivedScript(derived: unknown[]): string {
  if (derived.length === 0) return ''
  const json = JSON.stringify(derived).replace(/</g, '\\u003c')
  return `<script type="application/json" id="prerendered-queries">${json}</script>`
}

/**
 * Writes the pages of PRERENDERED_PAGES (src/lib/prerendered-pages.ts) at build time (src/prerender.tsx renders them from the
 * generated API files), so their figures are in the first response; shell.html keeps the page
 * without any, for every other address. Each names the build's data (data-prerendered), its
 * address (data-search) and the files it was drawn from (data-files), which the page loads
 * before hydrating (src/main.tsx). After the bundle is written and before the service worker's
 * precache list is made, so the worker caches the files as they are served.
 */
function prerenderPages(): Plugin {
  return {
    name: 'prerender-pages',
    apply: 'build',
    async writeBundle({ dir }) {
      if (!dir || this.environment.name !== 'client') return
      const index = path.join(dir, 'index.html')
      const shell = readFileSync(index, 'utf8')
      const root = /<div id="root">[\s\S]*?<\/div>(\s*<noscript>)/
      if (!root.test(shell)) throw new Error('index.html: no <div id="root"> before <noscript>')
      const server = await createServer({
        configFile: false,
        appType: 'custom',
        logLevel: 'error',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
      })
      try {
        const { renderPage } = (await server.ssrLoadModule(
          '/src/prerender.tsx',
        )) as typeof import('./src/prerender.tsx')
        writeFileSync(path.join(dir, 'shell.html'), shell)
        for (const page of PRERENDERED_PAGES) {
          const { html, version, files, derived } = await renderPage(
            (file) => readFileSync(path.join('public/api/v1', file), 'utf8'),
            page.search,
          )
          // Without the code's preloads: the view paints with the HTML and the stylesheet alone,
          // then the entry (src/boot.ts) asks for the app, and the browser for the app's imports
          // (see build.modulePreload). The page is on screen before any code competes with it.
          const attributes = `data-prerendered="${version}" data-search="${page.search}" data-files="${files.join(' ')}"`
          const prerendered = shell
            .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
            .replace(/<html([^>]*)>/, page.dark ? '<html$1 class="dark">' : '<html$1>')
            .replace(
              root,
              (_all, noscript: string) =>
                `<div id="root" ${attributes}>${html}</div>${derivedScript(derived)}${noscript}`,
            )
          writeFileSync(path.join(dir, page.file), prerendered)
        }
      } finally {
        await server.close()
      }
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    appChunks(),
    preloadFirstView(),
    prerenderPages(),
    // The service worker (src/sw/sw.ts): offline app and data, one deployment at a time.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg}'], globIgnores: ['api/**'] },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // A chunk loaded on demand (the panels, the presentation) has its imports fetched beside
    // it, not one after another, but for the app's chunks (appChunks), which are loaded before
    // any such import runs: on the first view, preload links for them came to 13 of the 36 the
    // tiles', headline's and briefing's imports added, each for a file already there. And the
    // app itself, which the entry asks for, gets none: from the shell its imports are preloaded
    // by the HTML already (preloadFirstView), and on the prerendered page, which is on screen by
    // then, adding their twelve links held the page for 58-235 ms at 4× CPU (long-animation-frame
    // entries); there the browser asks for main's imports once main has arrived. The entry asks
    // for React DOM first (src/boot.ts, to evaluate it in a task of its own): that import
    // preloads the app's chunk, which then downloads beside it. No polyfill: every browser the
    // app supports has modulepreload.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps) =>
        file === appChunkFile
          ? []
          : appChunkFiles.has(file)
            ? [appChunkFile]
            : deps.filter((dep) => !appChunkFiles.has(dep)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/console.ts'],
          // The files share one module graph instead of each importing its own: nothing in
          // them relies on a fresh one (stubbed globals are restored after each test), and the
          // imports were most of their time (unit + component: 24 → 11 s here).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/console.ts', 'tests/setup/jsdom.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Waiting for the page, as Playwright's own expect does (5 s): vitest's default of 1 s
          // failed a full-screen change once while the unit tests loaded both cores.
          expect: { poll: { timeout: 5_000 } },
          // One Chromium at a time: this machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
