import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KpiSection } from '../../../../src/features/kpi/components/kpi-section.tsx'
import { loadEnglish } from '../../../../src/lib/i18n/use-messages.ts'
import { resolveFilters } from '../../../../src/lib/url/use-filters.ts'
import { loadCatalog } from '../../../support/api-data.ts'
import { renderWithData, serveApi } from '../../../support/render.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
})

function renderKpis(search: string) {
  serveApi()
  const { filters } = resolveFilters(search, loadCatalog())
  return renderWithData(<KpiSection filters={filters} />, search)
}

/** The table's rows as its cells read: [header, …cells]. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))

describe('the side-by-side table of compared regions (#29: compare means compare)', () => {
  it('lists the key figures of the region and each compared one, with units, — where unpublished', async () => {
    // 2019年1-12月 (official): 广州 and 深圳 each published part of the key figures.
    renderKpis('?region=guangzhou&compare=shenzhen&period=2019-12')
    const table = await screen.findByRole('table', { name: '主要指标对比（2019年1-12月）' })
    expect(rowsOf(table)).toEqual([
      ['指标', '广州市', '深圳市'],
      ['规模以上工业增加值累计增速', '5.1%', '—暂无数据'],
      ['工业投资累计增速', '9.1%', '11.5%'],
      ['工业投资', '1038亿元', '—暂无数据'],
      ['高技术制造业增加值增速', '21%', '—暂无数据'],
      ['高技术制造业对规上工业增长的贡献率', '57.2%', '—暂无数据'],
      ['先进制造业增加值占规上工业比重', '—暂无数据', '71.9%'],
      ['技术改造投资累计增速', '43%', '20.7%'],
      ['技术改造投资', '368亿元', '—暂无数据'],
      ['技改投资占工业投资比重', '—暂无数据', '47.8%'],
    ])
    // Headers are headers: regions by column, indicators by row.
    expect(within(table).getByRole('columnheader', { name: '深圳市' })).toHaveAttribute(
      'scope',
      'col',
    )
    expect(within(table).getByRole('rowheader', { name: '工业投资' })).toHaveAttribute(
      'scope',
      'row',
    )
    // What neither published is one line, not a row of —; the figures' source is said.
    const box = table.closest('div')!.parentElement!
    expect(box).toHaveTextContent(
      '各地区均未公布：规模以上工业增加值（累计）、高技术制造业增加值占规上工业比重',
    )
    expect(box).toHaveTextContent('资料来源：广东省工业和信息化厅')
    // Scrolls by keyboard on a narrow screen.
    expect(screen.getByRole('region', { name: '主要指标对比（2019年1-12月）' })).toHaveAttribute(
      'tabindex',
      '0',
    )
  })

  it('reads in English, amounts in billion yuan', async () => {
    // The English strings load on demand (the page suspends meanwhile): in before the render.
    await loadEnglish()
    renderKpis('?region=guangzhou&compare=shenzhen&period=2019-12&lang=en')
    const table = await screen.findByRole('table', { name: 'Key figures compared, Jan–Dec 2019' })
    const rows = rowsOf(table)
    expect(rows[0]).toEqual(['Indicator', 'Guangzhou', 'Shenzhen'])
    expect(rows).toContainEqual(['Industrial investment', '103.8 billion yuan', '—No data'])
    expect(rows).toContainEqual(['Industrial investment: year-to-date growth', '9.1%', '11.5%'])
  })

  it('is not there without compared regions', async () => {
    renderKpis('?region=guangzhou&period=2019-12')
    await screen.findByRole('article', { name: '规模以上工业增加值累计增速' })
    expect(screen.queryByRole('table')).toBeNull()
  })
})
