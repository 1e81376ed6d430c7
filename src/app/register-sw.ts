/**
 * Registers the service worker; main.tsx loads this module a few seconds after the page has
 * loaded, in production builds only, so the first view neither waits for it nor competes with
 * it. When a new deployment's worker takes over, the page reloads once, so it never runs code of
 * two versions. When the first worker takes over, the data this page already read (or was still
 * reading) is fetched again through it, so the view just visited also works offline.
 */
export function registerServiceWorker(): void {
  const updating = navigator.serviceWorker.controller !== null
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) {
      window.location.reload()
      return
    }
    const takenOver = performance.now()
    const recache = (entries: PerformanceEntryList) => {
      for (const entry of entries) {
        // Requests made since went through the worker already.
        if (entry.startTime < takenOver && new URL(entry.name).pathname.startsWith('/api/v1/'))
          void fetch(entry.name).catch(() => undefined)
      }
    }
    recache(performance.getEntriesByType('resource'))
    // Those still in flight at the takeover are listed once they have finished.
    new PerformanceObserver((list) => {
      recache(list.getEntries())
    }).observe({ type: 'resource' })
  })
  navigator.serviceWorker.register('/sw.js').catch(() => undefined)
}
