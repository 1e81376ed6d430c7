import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ChartPanel, type PanelState } from '../../../../src/components/chart/chart-panel.tsx'
import { ApiError } from '../../../../src/lib/api/fetch-json.ts'
import { chartColors } from '../../../../src/lib/theme.ts'
import { LocationProvider } from '../../../../src/lib/url/use-location.ts'

const META = {
  title: '规模以上工业增加值增速走势',
  unit: '%',
  period: '2017年1-2月–2019年1-12月',
  sources: ['广东省工业和信息化厅《…》（2020-05）'],
  dataset: '官方发布数据',
  synthetic: false,
}

function renderPanel(state: PanelState, meta = META) {
  return render(
    <ChartPanel meta={meta} state={state} lang="zh" colors={chartColors(false, 'red-up')} />,
    { wrapper: LocationProvider },
  )
}

const READY: PanelState = {
  status: 'ready',
  value: {
    chart: <svg role="img" aria-label="the chart" />,
    legend: [],
    table: {
      rowHeader: '期间',
      columns: ['广州', '广东'],
      rows: [
        { header: '19年1-2月', cells: [{ value: 1.1, decimals: 1 }, null] },
        {
          header: '19年1-12月',
          cells: [
            { value: 5.1, decimals: 1 },
            { value: 43, decimals: 0 },
          ],
        },
      ],
    },
  },
}

describe('ChartPanel', () => {
  it('is a figure whose caption gives title, unit, period and source', () => {
    renderPanel(READY)
    const figure = screen.getByRole('figure', { name: META.title })
    expect(figure).toHaveTextContent('单位：% · 期间：2017年1-2月–2019年1-12月')
    expect(figure).toHaveTextContent('资料来源：广东省工业和信息化厅《…》（2020-05）')
  })

  it('switches to a table of exactly the plotted values, missing as —', async () => {
    renderPanel(READY)
    expect(screen.getByRole('img', { name: 'the chart' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '表格' }))
    expect(screen.getByRole('button', { name: '表格' })).toHaveAttribute('aria-pressed', 'true')
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      '期间广州广东',
      '19年1-2月1.1—暂无数据',
      '19年1-12月5.143',
    ])
    expect(screen.queryByRole('button', { name: '下载 PNG' })).toBeNull()
  })

  it('names the file that failed and retries', async () => {
    const retry = vi.fn()
    renderPanel({
      status: 'error',
      errors: [
        new ApiError(
          'schema',
          'observations/demo/2019.json',
          'does not match its schema: observations.0.value: expected number',
        ),
      ],
      retry,
    })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(
      '数据文件 observations/demo/2019.json 加载失败：does not match its schema: observations.0.value: expected number',
    )
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect(retry).toHaveBeenCalledOnce()
  })

  it('says why it is empty', () => {
    renderPanel({ status: 'empty', reason: '深圳市 2019年1-2月–1-6月 暂无技改投资数据' })
    expect(screen.getByText('深圳市 2019年1-2月–1-6月 暂无技改投资数据')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '下载 CSV' })).toBeNull()
  })

  it('carries the synthetic label for demo data', () => {
    renderPanel(READY, { ...META, synthetic: true })
    expect(screen.getByRole('figure')).toHaveTextContent('演示数据（模拟生成，非统计数据）')
  })
})
