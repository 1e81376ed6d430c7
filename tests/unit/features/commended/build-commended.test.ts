import { describe, expect, it } from 'vitest'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import {
  buildCommended,
  COMMENDED_GROWTH,
} from '../../../../src/features/commended/lib/build-commended.ts'
import { COMMENDED_MESSAGES } from '../../../../src/features/commended/messages.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const official2019 = loadTable('official', [2017, 2018, 2019])

describe('buildCommended', () => {
  const result = buildCommended(official2019, catalog, 'zh', {
    ...CHART_MESSAGES.zh,
    ...COMMENDED_MESSAGES.zh,
  })

  it('charts the growth rates side by side, and only them: one unit on the axis (#29)', () => {
    const row = (name: string) =>
      result.table.rows
        .find((r) => r.header === name)
        ?.cells.map((c) => (c && 'value' in c ? c.value : null))
    expect(row('规模以上工业增加值累计增速')).toEqual([5.1, null])
    expect(row('工业投资累计增速')).toEqual([9.1, 11.5])
    expect(row('技术改造投资累计增速')).toEqual([43, 20.7])
    expect(result.table.columns).toEqual(['广州（%）', '深圳（%）'])
    // Every charted figure is a growth rate in %; shares and the contribution rate are not.
    for (const id of COMMENDED_GROWTH) {
      const indicator = catalog.indicator.get(id)!
      expect([indicator.kind, indicator.unit]).toEqual(['growth', 'pct'])
    }
    expect(row('技改投资占工业投资比重')).toBeUndefined()
    expect(row('高技术制造业对规上工业增长的贡献率')).toBeUndefined()
    // The chart's rows are the table's: null where a city published nothing, drawn as "—".
    expect(result.rows.map((r) => r.label)).toEqual(result.table.rows.map((r) => r.header))
    expect(result.rows.find((r) => r.label === '规模以上工业增加值累计增速')?.shenzhen).toBeNull()
  })

  it('lists the other figures with their units, as published, — where a city has none', () => {
    const other = (id: string) => result.others.find((l) => l.indicator === id)?.values
    expect(other('tech_transformation_investment_share_of_industrial_investment_pct')).toEqual([
      null,
      '47.8%',
    ])
    expect(other('hightech_mfg_contribution_pct')).toEqual(['57.2%', null])
    expect(other('advanced_mfg_va_share_pct')).toEqual([null, '71.9%'])
    expect(other('industrial_investment_100m_yuan')).toEqual(['1038亿元', null])
    expect(other('tech_transformation_investment_100m_yuan')).toEqual(['368亿元', null])
    expect(other('gross_output_above_scale_100m_yuan')).toEqual([null, '3.68万亿元'])
    expect(other('base_stations_5g')).toEqual([null, '15500个'])
    for (const { indicator } of result.others)
      expect(catalog.indicator.get(indicator)!.kind).not.toBe('growth')
  })

  it('writes English columns with English parentheses', () => {
    const en = buildCommended(official2019, catalog, 'en', {
      ...CHART_MESSAGES.en,
      ...COMMENDED_MESSAGES.en,
    })
    expect(en.table.columns).toEqual(['Guangzhou (%)', 'Shenzhen (%)'])
  })

  it('tells the recovery from 1-2月 to 1-12月 only from two published figures', () => {
    expect(result.recoveries.map((r) => r.text)).toEqual([
      '广州规模以上工业增加值累计增速由1-2月的1.1%回升至1-12月的5.1%',
      '广州规模以下工业增加值累计增速由1-2月下降0.4%转为1-12月增长3.6%',
    ])
  })
})
