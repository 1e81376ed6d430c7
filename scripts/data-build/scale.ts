import type { Region } from '../../src/schemas/regions.ts'

/** "200x20" → 200 cities over 20 years; the real regions are kept so official data stays valid. */
export function parseScale(text: string): { cities: number; years: number } {
  const match = /^(\d+)x(\d+)$/.exec(text)
  if (!match) throw new Error(`--scale expects CITIESxYEARS, e.g. 200x20, not "${text}"`)
  return { cities: Number(match[1]), years: Number(match[2]) }
}

export function scaleRegions(regions: Region[], cities: number): Region[] {
  const groups = regions.filter((r) => r.type === 'group').map((r) => r.code)
  const existing = regions.filter((r) => r.type === 'city').length
  const extra = Array.from({ length: Math.max(0, cities - existing) }, (_, i): Region => {
    const n = String(i + 1).padStart(3, '0')
    return {
      code: `sim${n}`,
      nameZh: `模拟市${n}`,
      shortZh: `模拟${n}`,
      nameEn: `Simulated ${n}`,
      type: 'city',
      group: groups[i % groups.length] ?? null,
    }
  })
  return [...regions, ...extra]
}
