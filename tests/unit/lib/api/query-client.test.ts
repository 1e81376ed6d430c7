import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src/lib/api/fetch-json.ts'
import { shouldRetry } from '../../../../src/lib/api/query-client.ts'

const error = (kind: ConstructorParameters<typeof ApiError>[0], detail = '') =>
  new ApiError(kind, 'regions.json', detail)

describe('shouldRetry', () => {
  it('retries a timeout once, so the reader hears within about 20 s', () => {
    expect(shouldRetry(0, error('timeout'))).toBe(true)
    expect(shouldRetry(1, error('timeout'))).toBe(false)
  })

  it('retries a dropped connection and a server error twice', () => {
    for (const e of [error('network'), error('http', 'HTTP 503 Service Unavailable')]) {
      expect([0, 1, 2].map((retries) => shouldRetry(retries, e))).toEqual([true, true, false])
    }
  })

  it('never retries what a retry cannot fix', () => {
    for (const e of [
      error('http', 'HTTP 404 Not Found'),
      error('not-json'),
      error('schema'),
      error('schema-version'),
      error('not-listed'),
      new TypeError('x is undefined'),
    ]) {
      expect(shouldRetry(0, e)).toBe(false)
    }
  })
})
