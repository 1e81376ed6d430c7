import { createElement, lazy, type ComponentType } from 'react'
import type { Messages } from './i18n/messages.ts'

/** A chunk of the app's code that did not arrive (the network), said as such where it was drawn. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'CodeLoadError'
  }
}

/** What a reader is told of an error that is not a file's: code that did not arrive, in words. */
export function errorText(error: Error, t: Messages): string {
  return error instanceof CodeLoadError ? t.codeNotLoaded : error.message
}

/**
 * Asks for code ahead of its use, so that it downloads beside what comes first. A failure is
 * left to the place that uses the code, which asks again (lazyRetry, fetchJson's checks).
 */
export function askSoon(load: () => Promise<unknown>): void {
  load().catch(() => undefined)
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
 * the error boundary around to show. With `now`, the code is asked for at once (as the module
 * that declares it loads), not when it is first drawn.
 */
export function lazyRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { now = false } = {},
): ComponentType<P> {
  const attempt = (begin: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> =>
    lazy(() =>
      begin().catch((error: unknown) => {
        failed.add(() => {
          current = attempt(load)
        })
        throw new CodeLoadError(error)
      }),
    )
  // Handled by the lazy component when it is drawn; not an unhandled rejection meanwhile.
  const started = now ? load() : null
  started?.catch(() => undefined)
  let current = attempt(started ? () => started : load)
  return function LazyRetry(props: P) {
    return createElement(current, props)
  }
}
