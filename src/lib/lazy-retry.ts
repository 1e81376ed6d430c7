import { createElement, lazy, type ComponentType } from 'react'

/** A chunk of the app's code that did not arrive (the network), said as such where it was drawn. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'CodeLoadError'
  }
}

/** What to do on retry: each lazy component whose code failed starts afresh. */
const failed = new Set<() => void>()

/** Called by the error boundaries' retry (components/ui/error-boundary.tsx). */
export function retryFailedCode(): void {
  for (const renew of failed) renew()
  failed.clear()
}

/**
 * React.lazy, but code that failed to load is asked for again after a retry: React.lazy keeps
 * its first outcome, so a chunk lost to a network drop failed for good, and the retry button
 * of the panel or page around it did nothing. The failure is thrown as a CodeLoadError, for
 * the error boundary around to show. `started` is a load already under way (a chunk asked for
 * as its module loads); it counts as handled meanwhile, not as an unhandled rejection.
 */
export function lazyRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  started?: Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  started?.catch(() => undefined)
  const attempt = (begin: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> =>
    lazy(() =>
      begin().catch((error: unknown) => {
        failed.add(() => {
          current = attempt(load)
        })
        throw new CodeLoadError(error)
      }),
    )
  let current = attempt(started ? () => started : load)
  return function LazyRetry(props: P) {
    return createElement(current, props)
  }
}
