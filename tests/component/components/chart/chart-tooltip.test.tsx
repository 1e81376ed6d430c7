import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChartTooltip } from '../../../../src/components/chart/chart-tooltip.tsx'
import type { ChartRow } from '../../../../src/domain/chart-data.ts'
import { chartColors } from '../../../../src/lib/theme.ts'

const series = [
  { key: 'a', label: '广州', color: '#000', type: 'line' as const, unit: '%' },
  { key: 'b', label: '深圳', color: '#111', type: 'line' as const, unit: '%' },
]

function renderTooltip(row: ChartRow, lang: 'zh' | 'en' = 'zh') {
  return render(
    <ChartTooltip
      active
      label="17年1-3月"
      payload={[{ payload: row } as never]}
      series={series}
      lang={lang}
      colors={chartColors(false, 'red-up')}
      missing="—"
    />,
  )
}

describe('the chart tooltip', () => {
  it('says 修订 beside a revised figure only', () => {
    renderTooltip({
      period: '2017-03',
      label: '17年1-3月',
      a: 5.7,
      'a:decimals': 1,
      'a:revised': 1,
      b: 9,
      'b:decimals': 1,
    })
    expect(screen.getByText('广州').parentElement!.textContent).toBe('广州5.7%修订')
    expect(screen.getByText('深圳').parentElement!.textContent).toBe('深圳9.0%')
  })

  it('in English too', () => {
    renderTooltip({ period: '2017-03', label: 'x', a: 5.7, 'a:decimals': 1, 'a:revised': 1 }, 'en')
    expect(screen.getByText('广州').parentElement!.textContent).toBe('广州5.7%revised')
    expect(screen.getByText('深圳').parentElement!.textContent).toBe('深圳—')
  })
})
