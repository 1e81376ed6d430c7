import { describe, expect, it } from 'vitest'
import { roundTicks } from '../../../../src/components/chart/round-ticks.ts'

describe('roundTicks', () => {
  it('steps in round numbers from zero past the figures (#29: not -0.1 1.9 3.9 5.9 6.7)', () => {
    expect(roundTicks([-0.1, 3.2, 6.7])).toEqual([-2, 0, 2, 4, 6, 8])
    expect(roundTicks([1.1, 5.1, 15.1])).toEqual([0, 5, 10, 15, 20])
    expect(roundTicks([0.3, 0.8])).toEqual([0, 0.2, 0.4, 0.6, 0.8])
    expect(roundTicks([-12.4, -3])).toEqual([-15, -10, -5, 0])
    expect(roundTicks([271.317, 3821.14])).toEqual([0, 1000, 2000, 3000, 4000])
  })

  it.each([[[-0.1, 6.7]], [[0.07, 0.41]], [[-38.2, 57.2]], [[12345]], [[3]]])(
    'covers %j with a zero tick and equal round steps',
    (values) => {
      const ticks = roundTicks(values)
      expect(ticks).toContain(0)
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(0, ...values))
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(0, ...values))
      const step = ticks[1]! - ticks[0]!
      const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6))
      expect([1, 2, 2.5, 5]).toContain(mantissa)
      for (const [i, tick] of ticks.entries()) expect(tick).toBeCloseTo(ticks[0]! + i * step, 9)
      expect(ticks.length).toBeLessThanOrEqual(7)
    },
  )

  it('has an axis for figures that are all zero', () => {
    expect(roundTicks([0, 0])).toEqual([0, 1])
  })
})
