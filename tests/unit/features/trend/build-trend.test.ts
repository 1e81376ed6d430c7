import { describe, expect, it } from 'vitest'
import { tableRows } from '../../../../src/components/chart/data-table.tsx'
import { buildCsv } from '../../../../src/components/chart/download.ts'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import { ObservationTable } from '../../../../src/domain/observation-table.ts'
import { buildTrend } from '../../../../src/features/trend/lib/build-trend.ts'
import { formatPeriod } from '../../../../src/lib/format/period.ts'
import { chartColors } from '../../../../src/lib/theme.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const zh = CHART_MESSAGES.zh
const colors = chartColors(false, 'red-up')
const official2019 = loadTable('official', [2017, 2018, 2019])

describe('buildTrend', () => {
  it('plots the region, the compared regions and the province, with gaps as null', () => {
    const result = buildTrend(
      official2019,
      catalog,
      { region: 'guangzhou', compare: ['shenzhen'], period: '2019-12', measure: 'ytd' },
      'zh',
      colors,
      zh,
    )
    if (!('data' in result)) throw new Error(result.empty)
    // The province dashed, in its own colour; the others in the series colours, in order.
    expect(result.series.map((s) => [s.key, s.color, s.dashed])).toEqual([
      ['guangzhou', colors.series[0], false],
      ['shenzhen', colors.series[1], false],
      ['guangdong', colors.province, true],
    ])
    const rows = result.data.rows
    expect(rows[0]?.period).toBe('2017-02')
    expect(rows.at(-1)?.period).toBe('2019-12')
    const guangzhou = rows.filter((r) => r.guangzhou !== null).map((r) => [r.period, r.guangzhou])
    expect(guangzhou).toEqual([
      ['2017-03', 5.5],
      ['2019-02', 1.1],
      ['2019-12', 5.1],
    ])
    // The table holds exactly the plotted values.
    const cells = result.data.table.rows.flatMap((r) =>
      r.cells.flatMap((c) => (c && 'value' in c ? [c.value] : [])),
    )
    const plotted = rows.flatMap((r) =>
      ['guangzhou', 'shenzhen', 'guangdong'].flatMap((k) =>
        typeof r[k] === 'number' ? [r[k]] : [],
      ),
    )
    expect(cells).toEqual(plotted)
  })

  it.each(['zh', 'en'] as const)(
    'writes its table and CSV periods in full in %s (2017年1-3月), its axis short (17年1-3月)',
    (lang) => {
      const result = buildTrend(
        official2019,
        catalog,
        { region: 'guangzhou', compare: [], period: '2019-12', measure: 'ytd' },
        lang,
        colors,
        CHART_MESSAGES[lang],
      )
      if (!('data' in result)) throw new Error(result.empty)
      const { rows, table } = result.data
      const shown = rows.filter((r) =>
        table.columns.some((_, i) => r[result.series[i]!.key] !== null),
      )
      expect(shown.length).toBeGreaterThan(2)
      const full = shown.map((r) => formatPeriod(String(r.period), lang))
      expect(table.rows.map((r) => r.header)).toEqual(full)
      // Three years on the axis: its labels name the year in two digits, the table in four.
      expect(shown.map((r) => r.label)).not.toEqual(full)
      const { header, rows: lines } = tableRows(table)
      const csv = buildCsv([], header, lines)
      const periods = csv
        .split('\r\n')
        .slice(2, -1)
        .map((line) => line.split(',')[0])
      expect(periods).toEqual(full)
      for (const period of periods)
        expect(period).toMatch(lang === 'zh' ? /^20\d\d年1-\d+月$/ : /^Jan–\w{3} 20\d\d$/)
    },
  )

  it('still shows the province when the region has no figure in the window', () => {
    const result = buildTrend(
      official2019,
      catalog,
      { region: 'shanwei', compare: [], period: '2019-12', measure: 'month' },
      'zh',
      colors,
      zh,
    )
    expect('data' in result && result.data.observations.map((o) => [o.region, o.period])).toEqual([
      ['shanwei', '2017-03'],
      ['guangdong', '2017-03'],
    ])
  })

  it('says why it is empty', () => {
    const none = buildTrend(
      new ObservationTable([]),
      catalog,
      { region: 'shanwei', compare: [], period: '2016-12', measure: 'ytd' },
      'zh',
      colors,
      zh,
    )
    expect(none).toEqual({
      empty: '汕尾市 2014年1-2月–2016年1-12月 暂无规模以上工业增加值累计增速数据',
    })
  })
})
