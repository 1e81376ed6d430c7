import type { z } from 'zod/mini'
import { SCHEMA_VERSION } from '../../schemas/constants.ts'
import { yieldToBrowser } from '../yield.ts'

export type ApiErrorKind =
  'not-listed' | 'network' | 'timeout' | 'http' | 'not-json' | 'schema-version' | 'schema'

/** What went wrong with one file of the API, worded for the panel that shows it. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** The API path, e.g. "observations/official/2019.json". */
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`)
    this.name = 'ApiError'
  }
}

/** A file that takes longer than this is reported instead of leaving a spinner forever. */
export const FETCH_TIMEOUT_MS = 10_000

const ISSUES_SHOWN = 3

/**
 * The only place that calls fetch: gets a JSON file of the API and parses it with its schema
 * (or the schema once `schema` resolves: it may load while the file does). Every failure
 * becomes an ApiError naming the file and what is wrong with it.
 */
export async function fetchJson<T>(
  url: string,
  file: string,
  schema: z.ZodMiniType<T> | Promise<z.ZodMiniType<T>>,
  signal?: AbortSignal,
  options: { timeoutMs?: number; onResponse?: (response: Response) => void } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS
  // setTimeout rather than AbortSignal.timeout: a test's fake clock can run it.
  const timer = new AbortController()
  const clock = setTimeout(() => {
    timer.abort()
  }, timeoutMs)
  const timeout = timer.signal
  const loading = Promise.resolve(schema)
  // Awaited below; until then a failure to load it must not surface as an unhandled rejection.
  loading.catch(() => undefined)
  /** A caller's abort is passed on as it is; our own timeout becomes an ApiError. */
  const aborted = (error: unknown): Error | null => {
    if (signal?.aborted)
      return error instanceof Error ? error : new DOMException('Aborted', 'AbortError')
    if (timeout.aborted)
      return new ApiError('timeout', file, `no answer within ${timeoutMs / 1000} s`)
    return null
  }

  try {
    let response: Response
    try {
      response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout })
    } catch (error) {
      throw aborted(error) ?? new ApiError('network', file, `network error (${errorText(error)})`)
    }
    options.onResponse?.(response)
    if (!response.ok) {
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      throw new ApiError('http', file, status)
    }
    let data: unknown
    try {
      data = await response.json()
    } catch (error) {
      const type = response.headers.get('content-type') ?? 'unknown type'
      throw aborted(error) ?? new ApiError('not-json', file, `not JSON (received ${type})`)
    }
    const version = isRecord(data) ? data.schemaVersion : undefined
    if (typeof version === 'number' && version !== SCHEMA_VERSION) {
      throw new ApiError(
        'schema-version',
        file,
        `unsupported schemaVersion ${version} (this app reads version ${SCHEMA_VERSION})`,
      )
    }
    let parser: z.ZodMiniType<T>
    try {
      parser = await loading
    } catch (error) {
      throw new ApiError(
        'network',
        file,
        `the app could not load its check of the file (${errorText(error)})`,
      )
    }
    // The first view's six files arrive together, and checked in one go they held the page for
    // 30-100 ms at 4× CPU (long-animation-frame entries): each check is a task of its own.
    await yieldToBrowser()
    const result = parser.safeParse(data)
    if (!result.success) {
      const issues = result.error.issues.slice(0, ISSUES_SHOWN).map((issue) => {
        const at = issue.path.length > 0 ? issue.path.join('.') : '(root)'
        return `${at}: ${issue.message}`
      })
      const more = result.error.issues.length - issues.length
      throw new ApiError(
        'schema',
        file,
        `does not match its schema: ${issues.join('; ')}${more > 0 ? ` (+${more} more)` : ''}`,
      )
    }
    return result.data
  } finally {
    clearTimeout(clock)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
