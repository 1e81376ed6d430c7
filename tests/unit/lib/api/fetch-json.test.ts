import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, fetchJson } from '../../../../src/lib/api/fetch-json.ts'
import { ManifestSchema } from '../../../../src/schemas/manifest.ts'
import { ObservationsFileSchema } from '../../../../src/schemas/observations.ts'
import { RegionsFileSchema } from '../../../../src/schemas/regions.ts'

const FILE = 'regions.json'
const GOOD = {
  schemaVersion: 1,
  regions: [
    {
      code: 'guangzhou',
      nameZh: '广州市',
      shortZh: '广州',
      nameEn: 'Guangzhou',
      type: 'city',
      group: 'prd9',
    },
  ],
}

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  )
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('fetchJson', () => {
  it('returns the parsed file, ignoring unknown extra fields', async () => {
    serve(
      JSON.stringify({ ...GOOD, extra: true, regions: [{ ...GOOD.regions[0], population: 1 }] }),
    )
    const file = await fetchJson('/api/v1/regions.json', FILE, RegionsFileSchema)
    expect(file.regions[0]?.nameZh).toBe('广州市')
    expect(file).not.toHaveProperty('extra')
  })

  it.each([
    [404, 'Not Found', 'regions.json: HTTP 404 Not Found'],
    [500, 'Internal Server Error', 'regions.json: HTTP 500 Internal Server Error'],
  ])('names the file and the HTTP status %i', async (status, statusText, message) => {
    serve('', { status, statusText })
    const error = await failure(fetchJson('/x', FILE, RegionsFileSchema))
    expect(error.kind).toBe('http')
    expect(error.message).toBe(message)
  })

  it('says when the answer is not JSON, e.g. an HTML page', async () => {
    serve('<!doctype html><p>Gateway</p>', { headers: { 'content-type': 'text/html' } })
    const error = await failure(fetchJson('/x', FILE, RegionsFileSchema))
    expect(error.kind).toBe('not-json')
    expect(error.message).toBe('regions.json: not JSON (received text/html)')
  })

  it('says when the JSON is malformed', async () => {
    serve('{"schemaVersion":1,', { headers: { 'content-type': 'application/json' } })
    const error = await failure(fetchJson('/x', FILE, RegionsFileSchema))
    expect(error.kind).toBe('not-json')
  })

  it('refuses an unsupported schemaVersion before looking further', async () => {
    serve(JSON.stringify({ ...GOOD, schemaVersion: 2 }))
    const error = await failure(fetchJson('/x', FILE, RegionsFileSchema))
    expect(error.kind).toBe('schema-version')
    expect(error.message).toBe(
      'regions.json: unsupported schemaVersion 2 (this app reads version 1)',
    )
  })

  it('names the paths of the first issues of valid JSON of the wrong shape', async () => {
    serve(
      JSON.stringify({
        schemaVersion: 1,
        regions: [{ ...GOOD.regions[0], type: 'county', code: 7 }],
      }),
    )
    const error = await failure(fetchJson('/x', FILE, RegionsFileSchema))
    expect(error.kind).toBe('schema')
    expect(error.message).toMatch(
      /^regions\.json: does not match its schema: regions\.0\.code: .+; regions\.0\.type: /,
    )
  })

  it("checks the manifest's records per region: codes, whole counts ≥ 0, periods", async () => {
    const manifest = (regions: unknown, defaultPeriods: unknown = { guangzhou: '2023-12' }) =>
      JSON.stringify({
        schemaVersion: 1,
        generatedAt: '2026-11-27T12:00:00.000Z',
        datasets: [
          {
            id: 'official',
            kind: 'official',
            synthetic: false,
            label: { zh: '官方发布数据', en: 'Official' },
            dataAsOf: '2023-12',
            observations: 3,
            periods: [{ period: '2023-12', observations: 3, cities: 1, regions }],
            defaultPeriods,
            latest: { guangzhou: { iva_above_scale_yoy_pct: '2023-12' } },
            years: [{ year: 2023, path: 'observations/official/2023.json' }],
          },
        ],
        files: [],
      })
    serve(manifest({ guangdong: 1, guangzhou: 2 }))
    const file = await fetchJson('/x', 'index.json', ManifestSchema)
    expect(file.datasets[0]?.periods[0]?.regions).toEqual({ guangdong: 1, guangzhou: 2 })

    for (const bad of [{ guangzhou: -1 }, { guangzhou: 1.5 }, { Guangzhou: 1 }, { x: '1' }, [1]]) {
      serve(manifest(bad))
      const error = await failure(fetchJson('/x', 'index.json', ManifestSchema))
      expect(error.message).toMatch(
        /^index\.json: does not match its schema: datasets\.0\.periods\.0\.regions: observations per region code/,
      )
    }
    for (const bad of [{ guangzhou: '2023-01' }, { guangzhou: 2023 }, { 广州: '2023-12' }]) {
      serve(manifest({ guangzhou: 1 }, bad))
      const error = await failure(fetchJson('/x', 'index.json', ManifestSchema))
      expect(error.message).toMatch(
        /^index\.json: does not match its schema: datasets\.0\.defaultPeriods: a period per region code/,
      )
    }
  })

  it('rejects null and non-finite values', async () => {
    serve('{"schemaVersion":1,"regions":null}')
    expect((await failure(fetchJson('/x', FILE, RegionsFileSchema))).kind).toBe('schema')

    const observation = {
      region: 'guangzhou',
      period: '2019-12',
      indicator: 'x',
      decimals: 1,
      source: 's',
    }
    serve(
      `{"schemaVersion":1,"dataset":"official","year":2019,"synthetic":false,"observations":[${JSON.stringify(observation).replace('}', ',"value":1e999}')}]}`,
    )
    const error = await failure(
      fetchJson('/x', 'observations/official/2019.json', ObservationsFileSchema),
    )
    expect(error.message).toMatch(/observations\.0\.value/)
  })

  it('reports a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const error = await failure(fetchJson('/x', FILE, RegionsFileSchema))
    expect(error.kind).toBe('network')
    expect(error.message).toBe('regions.json: network error (Failed to fetch)')
  })

  it('gives up on a file that does not answer in time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => {
              reject(new DOMException('aborted', 'AbortError'))
            })
          }),
      ),
    )
    const error = await failure(
      fetchJson('/x', FILE, RegionsFileSchema, undefined, { timeoutMs: 50 }),
    )
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe('regions.json: no answer within 0.05 s')
  })

  it("passes the caller's own abort through unchanged", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => {
              reject(new DOMException('aborted', 'AbortError'))
            })
          }),
      ),
    )
    const controller = new AbortController()
    const promise = fetchJson('/x', FILE, RegionsFileSchema, controller.signal)
    controller.abort()
    await expect(promise).rejects.toHaveProperty('name', 'AbortError')
  })

  it('lets the browser run between a file arriving and its check, where it can (scheduler.yield)', async () => {
    serve(JSON.stringify(GOOD))
    const order: string[] = []
    vi.stubGlobal('scheduler', {
      yield: vi.fn(() => {
        order.push('yield')
        return Promise.resolve()
      }),
    })
    const schema = {
      safeParse: (data: unknown) => {
        order.push('check')
        return RegionsFileSchema.safeParse(data)
      },
    } as typeof RegionsFileSchema
    const file = await fetchJson('/x', FILE, schema)
    expect(file.regions).toHaveLength(1)
    expect(order).toEqual(['yield', 'check'])
  })
})
