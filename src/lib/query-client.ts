import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './fetch-json.ts'

/** Retry only what a retry can fix: a dropped connection, a timeout, a server error. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false
  if (!(error instanceof ApiError)) return false
  return error.kind === 'network' || error.kind === 'timeout' || /HTTP 5\d\d/.test(error.detail)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    },
  })
}
