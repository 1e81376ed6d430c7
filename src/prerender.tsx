/**
 * The pages in the first response, written at build time (vite.config.ts, prerenderPages): the
 * same components and the same queries as the page, with every API request answered from the
 * generated files. The page hydrates one when its address is the one it was drawn at
 * (src/main.tsx), after loading the files it names.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { App } from './app/app.tsx'
import { loadFirstView } from './lib/api/first-view.ts'
import { loadedFiles } from './lib/api/load-files.ts'
import { manifestQuery } from './lib/api/queries.ts'
import { createQueryClient } from './lib/api/query-client.ts'

/** A file of the API by its path under api/v1/ (`index.json`, `regions.json`) → its text. */
type ReadApiFile = (path: string) => string

export interface PrerenderedPage {
  html: string
  /** The manifest's generatedAt: the page hydrates only the files of this build. */
  version: string
  /** The files it was drawn from (loadFiles reads them again before hydrating). */
  files: string[]
  /**
   * What it was drawn from besides the files: the queries made of several files (the 本期更新
   * news), with their results, which the page takes as they are (src/main.tsx).
   */
  derived: { key: QueryKey; data: unknown }[]
}

/** Beyond this many rounds of reading what the last drawing asked for, the build fails. */
const MAX_ROUNDS = 8

async function draw(client: QueryClient, search: string): Promise<string> {
  const errors: unknown[] = []
  const { prelude } = await prerender(
    <StrictMode>
      <App client={client} search={search} />
    </StrictMode>,
    // Every boundary in place, none sent apart with an inline script to reveal it: the
    // page's Content-Security-Policy runs no inline script.
    {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      // A part that fails on the server would be drawn by the page alone: the build says so.
      onError: (error) => {
        errors.push(error)
      },
    },
  )
  if (errors.length > 0)
    throw new AggregateError(errors, `prerendering ${search || '/'} failed: ${String(errors[0])}`)
  return new Response(prelude).text()
}

/**
 * The page at `search` ('' is the default view, '?view=brief' the brief). The default view is
 * drawn from the files its tiles and headline read (loadFirstView): its panels below the
 * screen load on the page. Any other page is drawn whole: a drawing asks for files (its
 * queries, made but not run on the server), they are read, and it is drawn again, until it
 * asks for nothing more.
 */
export async function renderPage(readApiFile: ReadApiFile, search = ''): Promise<PrerenderedPage> {
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
    const manifest =
      search === '' ? await loadFirstView(client) : await client.query(manifestQuery())
    let html = await draw(client, search)
    for (let round = 0; search !== ''; round++) {
      const asked = client
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle')
      if (asked.length === 0) break
      if (round === MAX_ROUNDS)
        throw new Error(`${search}: still asking for files after ${MAX_ROUNDS} rounds`)
      await Promise.all(asked.map((query) => query.fetch()))
      html = await draw(client, search)
    }
    const derived = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status === 'success' && query.queryKey[0] !== 'api')
      .map((query) => ({ key: query.queryKey, data: query.state.data }))
    return { html, version: manifest.generatedAt, files: loadedFiles(client), derived }
  } finally {
    globalThis.fetch = fetchBefore
  }
}
