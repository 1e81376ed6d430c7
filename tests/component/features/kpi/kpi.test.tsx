import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KpiSection } from '../../../../src/features/kpi/components/kpi-section.tsx'
import { resolveFilters } from '../../../../src/lib/url/use-filters.ts'
import { loadCatalog, loadFile } from '../../../support/api-data.ts'
import { renderWithData, serveApi } from '../../../support/render.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
})

function renderKpis(search: string, faults: Record<string, number> = {}) {
  serveApi(faults)
  const { filters } = resolveFilters(search, loadCatalog())
  return renderWithData(<KpiSection filters={filters} />, search)
}

describe('KPI tiles', () => {
  it('show Guangzhou 2019年1-12月 as published, with the change since 1-2月 and the source', async () => {
    renderKpis('?region=guangzhou&period=2019-12')
    const tile = await screen.findByRole('article', { name: '规模以上工业增加值累计增速' })
    expect(within(tile).getByText('2019年1-12月')).toBeInTheDocument()
    expect(within(tile).getByText('5.1')).toBeInTheDocument()
    expect(within(tile).getByText('%')).toBeInTheDocument()
    expect(tile).toHaveTextContent('比1-2月提高4.0个百分点')

    const source = within(tile).getByRole('button', { name: '来源：规模以上工业增加值累计增速' })
    expect(source).toHaveAttribute('aria-expanded', 'false')
    act(() => {
      source.focus()
    })
    expect(source).toHaveAttribute('aria-expanded', 'true')
    expect(tile).toHaveTextContent('广东省工业和信息化厅')
    // The quoted phrase and the grade come with the details, loaded on first use.
    await waitFor(() => {
      expect(tile).toHaveTextContent('规上工业增加值增速从年初的1.1%回升至5.1%')
    })
    expect(tile).toHaveTextContent('政府官方网站')
  })

  it('print figures without decimals as published: 技改投资 368亿元, growth 43%', async () => {
    renderKpis('?region=guangzhou&period=2019-12')
    const value = await screen.findByRole('article', { name: '技术改造投资' })
    expect(value).toHaveTextContent('368亿元')
    expect(screen.getByRole('article', { name: '技术改造投资累计增速' })).toHaveTextContent('43%')
  })

  it('fold the figures not published into one line, each linked to its latest period', async () => {
    renderKpis('?region=guangzhou&period=2019-12')
    await screen.findByRole('article', { name: '规模以上工业增加值累计增速' })
    // No tile, no 0, no wall of 暂无数据: one line.
    expect(screen.queryByRole('article', { name: '规模以上工业增加值（累计）' })).toBeNull()
    expect(screen.queryByText('暂无数据')).toBeNull()
    const line = screen.getByText('本期未公布：').parentElement!
    expect(line).toHaveTextContent(
      '本期未公布：规模以上工业增加值（累计）（最新：2022年1-9月）、高技术制造业增加值占规上工业比重、',
    )
    const link = within(line).getByRole('link', { name: '最新：2022年1-9月' })
    expect(link).toHaveAttribute('href', '?region=guangzhou&period=2022-09')
    await userEvent.click(link)
    expect(window.location.search).toBe('?region=guangzhou&period=2022-09')
  })

  it('give rank in the province and the group when all cities are published', async () => {
    renderKpis('?region=zhuhai&period=2017-03')
    const tile = await screen.findByRole('article', { name: '规模以上工业增加值累计增速' })
    expect(tile).toHaveTextContent('全省第1位、珠三角第1位')
  })

  it('say of the only city published that it is, never a position among one', async () => {
    // A period at which a single city has 规上工业增加值累计增速 (and a published figure of its
    // own, so the tile is there): found in the official data, not typed in.
    const catalog = loadCatalog()
    const cities = new Set(catalog.cities.map((c) => c.code))
    const official = catalog.manifest.datasets.find((d) => d.id === 'official')!
    const byPeriod = new Map<string, string[]>()
    for (const { year } of official.years)
      for (const o of loadFile('official', year).observations)
        if (o.indicator === 'iva_above_scale_yoy_pct' && cities.has(o.region))
          byPeriod.set(o.period, [...(byPeriod.get(o.period) ?? []), o.region])
    const alone = [...byPeriod].find(([, regions]) => regions.length === 1)
    expect(alone, 'no period with one city alone in the official data').toBeDefined()
    const [period, [city]] = alone as [string, [string]]
    renderKpis(`?region=${city}&period=${period}`)
    const tile = await screen.findByRole('article', { name: '规模以上工业增加值累计增速' })
    expect(tile).toHaveTextContent('全省仅本市已公布')
    expect(tile.textContent).not.toMatch(/第1位|1市中/)
  })

  it('show a month figure under 当月 and mark year-to-date-only tiles', async () => {
    renderKpis('?dataset=demo&region=zhuhai&period=2019-03&measure=month')
    const month = await screen.findByRole('article', { name: '规模以上工业增加值当月增速' })
    expect(month).toHaveTextContent('2019年3月')
    expect(screen.getByRole('article', { name: '工业投资累计增速' })).toHaveTextContent(
      '仅发布累计数',
    )
  })

  it('name the failed file and retry it', async () => {
    serveApi({ 'observations/official/2019.json': 500 })
    const { filters } = resolveFilters('?region=guangzhou&period=2019-12', loadCatalog())
    renderWithData(<KpiSection filters={filters} />, '?region=guangzhou&period=2019-12')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      '数据文件 observations/official/2019.json 加载失败：HTTP 500 Injected',
    )
    serveApi() // the server recovers
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect(
      await screen.findByRole('article', { name: '规模以上工业增加值累计增速' }),
    ).toHaveTextContent('5.1')
  })

  it('label the demo dataset as synthetic', async () => {
    renderKpis('?dataset=demo&region=guangzhou')
    await screen.findByRole('article', { name: '规模以上工业增加值累计增速' })
    expect(screen.getByText('演示数据（模拟生成，非统计数据）')).toBeInTheDocument()
  })
})
