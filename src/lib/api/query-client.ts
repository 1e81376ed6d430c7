import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './fetch-json.ts'

/**
 * Retry only what a retry can fix: a dropped connection or a server error (twice), a timeout
 * (once: each attempt already waited 10 s, and the reader should hear within about 20 s).
 * `retries` is how many retries were already made (TanStack Query's failureCount).
 */
export function shouldRetry(retries: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  if (error.kind === 'timeout') return retries < 1
  return retries < 2 && (error.kind === 'network' || /HTTP 5\d\d/.test(error.detail))
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // A file that failed says so, with a retry, in every panel that shows it: a panel that
        // appears later (scrolled to) must not silently start it again and hide the message.
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  })
}
