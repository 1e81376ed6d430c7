/**
 * The service worker: the app and the data of the views already visited work without network.
 *
 * - The app shell (HTML, hashed JS and CSS) is precached per deployment; a new deployment
 *   installs a new worker, which takes over and reloads the pages, so a page never runs the
 *   code of two deployments.
 * - The manifest (index.json) is fetched from the network first; when the network or the
 *   server fails, the last good copy is used and marked, so the page can say its data is not
 *   current ("数据未更新 · 最后更新 HH:MM").
 * - Every other API file is requested as path?v=<sha256>, so it can be served from the cache
 *   for ever: a manifest and the files it names always belong to the same deployment.
 */
import { ExpirationPlugin } from 'workbox-expiration'
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { CACHED_AT, SERVED_FROM_CACHE } from '../lib/api/cache-headers.ts'
import { pageFile, PRERENDERED_PAGES } from '../lib/prerendered-pages.ts'

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[]
}

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
// The prerendered pages at their addresses; every other address starts from shell.html, as
// deploy/nginx-site.conf serves them.
const pages = new Map(
  [...PRERENDERED_PAGES.map((page) => page.file), 'shell.html'].map((file) => [
    file,
    createHandlerBoundToURL(`/${file}`),
  ]),
)
registerRoute(
  new NavigationRoute(
    (options) =>
      pages.get(options.url.pathname === '/' ? pageFile(options.url.search) : 'shell.html')!(
        options,
      ),
    { denylist: [/^\/api\//] },
  ),
)

/** A copy of the response with one header more. */
async function withHeader(response: Response, name: string, value: string): Promise<Response> {
  const headers = new Headers(response.headers)
  headers.set(name, value)
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

registerRoute(
  ({ url }) => url.pathname === '/api/v1/index.json',
  new NetworkFirst({
    cacheName: 'api-manifest',
    networkTimeoutSeconds: 8,
    plugins: [
      {
        // An error page is not a manifest: fall back to the last good copy instead.
        fetchDidSucceed: async ({ response }) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`)
          return Promise.resolve(response)
        },
        // Remember when each copy was fetched …
        cacheWillUpdate: ({ response }) => withHeader(response, CACHED_AT, String(Date.now())),
        // … and mark a copy served because the network failed.
        cachedResponseWillBeUsed: async ({ cachedResponse }) =>
          cachedResponse ? withHeader(cachedResponse, SERVED_FROM_CACHE, '1') : null,
      },
    ],
  }),
)

registerRoute(
  ({ url }) => url.pathname.startsWith('/api/v1/') && url.searchParams.has('v'),
  new CacheFirst({ cacheName: 'api-files', plugins: [new ExpirationPlugin({ maxEntries: 80 })] }),
)

self.addEventListener('install', () => {
  void self.skipWaiting()
})
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim())
})
