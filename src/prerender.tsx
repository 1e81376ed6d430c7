/**
 * The default view as HTML, written into index.html at build time (vite.config.ts,
 * prerenderFirstView): the same components and the same queries as the page, with every API
 * request answered from the generated files. The page hydrates it when its address is the
 * default view's (src/main.tsx).
 */
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { App } from './app/app.tsx'
import { loadFirstView } from './lib/api/first-view.ts'
import { createQueryClient } from './lib/api/query-client.ts'

/** A file of the API by its path under api/v1/ (`index.json`, `regions.json`) → its text. */
type ReadApiFile = (path: string) => string

export async function renderFirstView(
  readApiFile: ReadApiFile,
): Promise<{ html: string; version: string }> {
  const fetchBefore = globalThis.fetch
  globalThis.fetch = (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input)
    const path = new URL(url, 'http://build.invalid').pathname.replace(/^\/api\/v1\//, '')
    return Promise.resolve(
      new Response(readApiFile(path), { headers: { 'content-type': 'application/json' } }),
    )
  }
  try {
    const client = createQueryClient()
    const manifest = await loadFirstView(client)
    const { prelude } = await prerender(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
      // Every boundary in place, none sent apart with an inline script to reveal it: the
      // page's Content-Security-Policy runs no inline script.
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    )
    return { html: await new Response(prelude).text(), version: manifest.generatedAt }
  } finally {
    globalThis.fetch = fetchBefore
  }
}
