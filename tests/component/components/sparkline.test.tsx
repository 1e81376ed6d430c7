import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Sparkline } from '../../../src/components/sparkline.tsx'
import { periodsOfYear } from '../../../src/domain/period.ts'

const PERIODS = periodsOfYear(2019)

/** The year's periods with figures at the given months (2: 1-2月 … 12: 1-12月). */
function points(months: number[]) {
  return PERIODS.map((period, i) => ({
    period,
    value: months.includes(Number(period.slice(5))) ? i + 1 : null,
  }))
}

/** What the sparkline draws: its lines and dots. */
function drawn(months: number[], current: (typeof PERIODS)[number]) {
  const { container } = render(<Sparkline points={points(months)} current={current} />)
  const svg = container.querySelector('svg')!
  return {
    svg,
    lines: svg.querySelectorAll('path').length,
    dots: svg.querySelectorAll('circle').length,
  }
}

describe('Sparkline', () => {
  it.each([[[12]], [[2, 12]], [[11, 12]]])(
    'draws nothing for %j, one or two figures (a dot or two says nothing the tile does not)',
    (months) => {
      const { svg, lines, dots } = drawn(months, '2019-12')
      expect([lines, dots]).toEqual([0, 0])
      // The same box, so the tile keeps its size.
      expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['120', '32'])
    },
  )

  it('draws three figures or more, gaps left open and the current period marked', () => {
    expect(drawn([10, 11, 12], '2019-12')).toMatchObject({ lines: 1, dots: 1 })
    // 1-2月 alone between gaps gets its dot; 1-11月 and 1-12月 a line, the current one a dot.
    expect(drawn([2, 11, 12], '2019-12')).toMatchObject({ lines: 2, dots: 2 })
  })
})
