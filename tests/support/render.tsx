import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import { CatalogContext } from '../../src/lib/api/catalog-context.ts'
import { LocationProvider } from '../../src/lib/url/use-location.ts'
import { API_DIR, loadCatalog } from './api-data.ts'

/**
 * fetch answered from the generated API on disk, like a static server would; `faults` maps a
 * file path to the HTTP status it should fail with instead.
 */
export function serveApi(faults: Record<string, number> = {}) {
  const fetch = vi.fn((input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://localhost')
    const file = url.pathname.replace(/^\/api\/v1\//, '')
    const status = faults[file]
    if (status) return Promise.resolve(new Response('', { status, statusText: 'Injected' }))
    try {
      return Promise.resolve(
        new Response(readFileSync(path.join(API_DIR, file)), {
          headers: { 'content-type': 'application/json' },
        }),
      )
    } catch {
      return Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }))
    }
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

export function renderWithData(ui: ReactNode, search = '') {
  window.history.replaceState(null, '', `/${search}`)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <CatalogContext value={loadCatalog()}>
        <LocationProvider>{ui}</LocationProvider>
      </CatalogContext>
    </QueryClientProvider>,
  )
}
