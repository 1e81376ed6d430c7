import { describe, expect, it } from 'vitest'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import { buildCommended } from '../../../../src/features/commended/lib/build-commended.ts'
import { COMMENDED_MESSAGES } from '../../../../src/features/commended/messages.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const official2019 = loadTable('official', [2017, 2018, 2019])

describe('buildCommended', () => {
  const result = buildCommended(official2019, catalog, 'zh', {
    ...CHART_MESSAGES.zh,
    ...COMMENDED_MESSAGES.zh,
  })

  it('puts the founding figures side by side', () => {
    const row = (name: string) =>
      result.table.rows
        .find((r) => r.header === name)
        ?.cells.map((c) => (c && 'value' in c ? c.value : null))
    expect(row('规模以上工业增加值累计增速')).toEqual([5.1, null])
    expect(row('工业投资累计增速')).toEqual([9.1, 11.5])
    expect(row('技术改造投资累计增速')).toEqual([43, 20.7])
    expect(row('技改投资占工业投资比重')).toEqual([null, 47.8])
    expect(row('高技术制造业对规上工业增长的贡献率')).toEqual([57.2, null])
    expect(row('先进制造业增加值占规上工业比重')).toEqual([null, 71.9])
  })

  it('lists levels with their units, as published', () => {
    const level = (id: string) => result.levels.find((l) => l.indicator === id)?.values
    expect(level('industrial_investment_100m_yuan')).toEqual(['1038亿元', null])
    expect(level('tech_transformation_investment_100m_yuan')).toEqual(['368亿元', null])
    expect(level('gross_output_above_scale_100m_yuan')).toEqual([null, '3.68万亿元'])
    expect(level('base_stations_5g')).toEqual([null, '15500个'])
  })

  it('tells the recovery from 1-2月 to 1-12月 only from two published figures', () => {
    expect(result.recoveries).toEqual([
      '广州规模以上工业增加值累计增速由1-2月的1.1%回升至1-12月的5.1%',
      '广州规模以下工业增加值累计增速由1-2月下降0.4%转为1-12月增长3.6%',
    ])
  })
})
