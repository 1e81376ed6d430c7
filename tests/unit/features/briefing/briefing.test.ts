import { describe, expect, it } from 'vitest'
import { buildBriefing } from '../../../../src/features/briefing/lib/build-briefing.ts'
import { level } from '../../../../src/features/briefing/lib/render-en.ts'
import { ObservationTable } from '../../../../src/domain/observation-table.ts'
import type { Observation } from '../../../../src/schemas/observations.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'

const catalog = loadCatalog()
const official = loadTable('official', [2017, 2019])

type Row = [
  region: string,
  period: string,
  indicator: string,
  value: number,
  decimals?: number,
  source?: string,
]

function table(rows: Row[]): ObservationTable {
  const observations: Observation[] = rows.map(
    ([region, period, indicator, value, decimals = 1, source = 's1']) => ({
      region,
      period,
      indicator,
      value,
      decimals,
      source,
      release: 'r',
    }),
  )
  return new ObservationTable([
    { schemaVersion: 1, dataset: 'official', year: 2019, synthetic: false, observations },
  ])
}

const brief = (rows: Row[], region = 'guangzhou', period = '2019-06', lang: 'zh' | 'en' = 'zh') =>
  buildBriefing(table(rows), catalog, { region, period }, lang, null).text

describe('the founding figures (golden)', () => {
  it('writes Guangzhou 2019 as the provincial article would', () => {
    expect(
      buildBriefing(official, catalog, { region: 'guangzhou', period: '2019-12' }, 'zh', null).text,
    ).toBe(
      '2019年，广州市规模以上工业增加值同比增长5.1%，增速比1-2月提高4.0个百分点。' +
        '规模以下工业增加值同比增长3.6%，增速比1-2月提高4.0个百分点，由降转增。' +
        '完成工业投资1038亿元，同比增长9.1%；其中技改投资368亿元，同比增长43%。' +
        '高技术制造业增加值同比增长21%，对规上工业增长贡献率达57.2%。',
    )
  })

  it('writes Shenzhen 2019 from what was published, leaving the rest out', () => {
    expect(
      buildBriefing(official, catalog, { region: 'shenzhen', period: '2019-12' }, 'zh', null).text,
    ).toBe(
      '2019年，深圳市工业投资同比增长11.5%；技改投资同比增长20.7%，占工业投资比重为47.8%。' +
        '先进制造业增加值占规上工业比重为71.9%。',
    )
  })

  it('writes English too, as an editor would', () => {
    expect(
      buildBriefing(official, catalog, { region: 'guangzhou', period: '2019-12' }, 'en', null).text,
    ).toBe(
      "In 2019, Guangzhou's above-scale industrial value added grew by 5.1% year on year, 4.0 percentage points higher than in Jan–Feb. " +
        'Below-scale industrial value added grew by 3.6% year on year, 4.0 percentage points higher than in Jan–Feb, turning from a decline to growth. ' +
        'Industrial investment was 103.8 billion yuan, up 9.1% year on year. ' +
        'Technical-transformation investment was 36.8 billion yuan, up 43% year on year. ' +
        'High-tech manufacturing value added grew by 21% year on year and contributed 57.2% of the growth of above-scale industry.',
    )
    expect(
      buildBriefing(official, catalog, { region: 'shenzhen', period: '2019-12' }, 'en', null).text,
    ).toBe(
      "In 2019, Shenzhen's industrial investment grew by 11.5% year on year. " +
        'Technical-transformation investment grew by 20.7% year on year and accounted for 47.8% of industrial investment. ' +
        'Advanced manufacturing value added accounted for 71.9% of above-scale industry.',
    )
  })

  it('cites every source it used', () => {
    expect(
      buildBriefing(official, catalog, { region: 'guangzhou', period: '2019-12' }, 'zh', null)
        .sources,
    ).toEqual(['gdii-2020-commendation'])
  })
})

describe('sentence rules', () => {
  it('says 下降 for negative growth, never 增长-2.7%', () => {
    const text = brief([['guangzhou', '2019-06', 'iva_above_scale_yoy_pct', -2.7]])
    expect(text).toBe('1-6月，广州市规模以上工业增加值同比下降2.7%。')
    expect(text).not.toMatch(/增长-|-2\.7/)
  })

  it('says 持平 for zero growth and for an unchanged rate', () => {
    expect(brief([['guangzhou', '2019-06', 'industrial_investment_yoy_pct', 0]])).toBe(
      '1-6月，广州市工业投资与上年同期持平。',
    )
    expect(
      brief([
        ['guangzhou', '2019-03', 'iva_above_scale_yoy_pct', 5.1],
        ['guangzhou', '2019-06', 'iva_above_scale_yoy_pct', 5.1],
      ]),
    ).toBe('1-6月，广州市规模以上工业增加值同比增长5.1%，增速与1-3月持平。')
  })

  it('compares with the previous published period and with 1-2月, only when published', () => {
    expect(
      brief([
        ['guangzhou', '2019-02', 'iva_above_scale_yoy_pct', 1.1],
        ['guangzhou', '2019-05', 'iva_above_scale_yoy_pct', 6],
        ['guangzhou', '2019-06', 'iva_above_scale_yoy_pct', 5.5],
      ]),
    ).toBe(
      '1-6月，广州市规模以上工业增加值同比增长5.5%，增速比1-5月回落0.5个百分点，比1-2月提高4.4个百分点。',
    )
    expect(brief([['guangzhou', '2019-06', 'iva_above_scale_yoy_pct', 5.5]])).toBe(
      '1-6月，广州市规模以上工业增加值同比增长5.5%。',
    )
  })

  it('keeps figures printed without decimals as printed: 增长43%, 1038亿元', () => {
    const text = brief([
      ['guangzhou', '2019-06', 'tech_transformation_investment_yoy_pct', 43, 0],
      ['guangzhou', '2019-06', 'industrial_investment_100m_yuan', 1038, 0],
    ])
    expect(text).toBe('1-6月，广州市完成工业投资1038亿元；其中技改投资同比增长43%。')
  })

  it('leaves out what is missing: no sentence, no subject, no guess', () => {
    expect(brief([])).toBe('')
    expect(brief([['guangzhou', '2019-06', 'hightech_mfg_va_yoy_pct', 8.2]])).toBe(
      '1-6月，广州市高技术制造业增加值同比增长8.2%。',
    )
  })

  it('states only published figures: a share is never computed from two levels', () => {
    const levels: Row[] = [
      ['guangzhou', '2019-06', 'industrial_investment_100m_yuan', 500, 0, 'a'],
      ['guangzhou', '2019-06', 'tech_transformation_investment_100m_yuan', 200, 0, 'a'],
    ]
    expect(brief(levels)).toBe('1-6月，广州市完成工业投资500亿元；其中技改投资200亿元。')
    const published: Row[] = [
      ...levels,
      [
        'guangzhou',
        '2019-06',
        'tech_transformation_investment_share_of_industrial_investment_pct',
        40.1,
      ],
    ]
    expect(brief(published)).toContain('其中技改投资200亿元，占工业投资比重为40.1%')
  })

  it('writes a level with its verb: 实现 value added, 完成 investment', () => {
    expect(
      brief([
        ['guangzhou', '2019-06', 'iva_above_scale_100m_yuan', 209.64, 2],
        ['guangzhou', '2019-06', 'iva_above_scale_yoy_pct', 6.1],
      ]),
    ).toBe('1-6月，广州市实现规模以上工业增加值209.64亿元，同比增长6.1%。')
  })

  it('leads a whole year with the year alone and a part of it with its months', () => {
    const rows: Row[] = [['guangzhou', '2019-12', 'iva_above_scale_yoy_pct', 5.1]]
    expect(brief(rows, 'guangzhou', '2019-12')).toBe(
      '2019年，广州市规模以上工业增加值同比增长5.1%。',
    )
    expect(brief(rows, 'guangzhou', '2019-12', 'en')).toBe(
      "In 2019, Guangzhou's above-scale industrial value added grew by 5.1% year on year.",
    )
    expect(brief([['guangdong', '2019-06', 'iva_above_scale_yoy_pct', 6]], 'guangdong')).toBe(
      '1-6月，全省规模以上工业增加值同比增长6.0%。',
    )
  })

  it('gives ranks only when every city of the scope is published, ties sharing a rank', () => {
    const cities = catalog.cities.map((c, i): Row => [
      c.code,
      '2019-06',
      'iva_above_scale_yoy_pct',
      c.code === 'guangzhou' ? 9 : i < 3 ? 9 : 1,
    ])
    // Shenzhen and Zhuhai (regions 2-3) tie with Guangzhou at 9.0%: all share first place.
    expect(brief(cities)).toBe(
      '1-6月，广州市规模以上工业增加值同比增长9.0%，增速居全省并列第1位、珠三角并列第1位。',
    )
    const withoutOne = cities.filter(([code]) => code !== 'meizhou')
    expect(brief(withoutOne)).toBe(
      '1-6月，广州市规模以上工业增加值同比增长9.0%，增速居珠三角并列第1位。',
    )
    const withoutPrd = cities.filter(([code]) => code !== 'foshan')
    expect(brief(withoutPrd)).toBe('1-6月，广州市规模以上工业增加值同比增长9.0%。')
    expect(brief(withoutPrd, 'guangzhou', '2019-06', 'en')).not.toMatch(/rank/)
  })

  it('labels the demo dataset as synthetic', () => {
    const demo = buildBriefing(
      loadTable('demo', [2019]),
      catalog,
      { region: 'guangzhou', period: '2019-06' },
      'zh',
      '演示数据（模拟生成，非统计数据）',
    )
    expect(demo.text.startsWith('【演示数据（模拟生成，非统计数据）】1-6月，广州市')).toBe(true)
  })

  it('writes 亿元 in English as billions of yuan, exactly', () => {
    const o = { region: 'x', period: '2019-12', indicator: 'x', source: 's', release: 'r' }
    expect(level({ ...o, value: 1038, decimals: 0 })).toBe('103.8 billion yuan')
    expect(level({ ...o, value: 7220.42, decimals: 2 })).toBe('722.042 billion yuan')
    // As a tile writes it: one convention for amounts in English.
    expect(level({ ...o, value: 36800, decimals: 0 })).toBe('3.68 trillion yuan')
  })
})

/** Every change word on real figures of the official data, as the bureau words it. */
describe.each([
  [
    'guangzhou',
    '2020-04',
    '1-4月，广州市实现规模以上工业增加值1183.13亿元，同比下降13.9%，降幅比1-2月收窄7.9个百分点。',
  ],
  [
    'guangdong',
    '2020-12',
    '2020年，全省规模以上工业增加值同比增长1.5%，增速比1-9月提高2.7个百分点，由降转增。',
  ],
  [
    'dongguan',
    '2022-12',
    '2022年，东莞市实现规模以上工业增加值5267.39亿元，同比下降1.3%，增速比1-9月回落2.4个百分点，由增转降。',
  ],
  // The one complete month: the rank of the province and the group are stated.
  [
    'guangzhou',
    '2017-03',
    '1-3月，广州市实现规模以上工业增加值1019.05亿元，同比增长5.5%，增速居全省第16位、珠三角第8位；其中3月当月同比增长5.6%。',
  ],
])('%s %s', (region, period, first) => {
  it('opens with the value-added sentence as the bureau writes it', () => {
    const table = loadTable('official', [Number(period.slice(0, 4))])
    expect(buildBriefing(table, catalog, { region, period }, 'zh', null).sentences[0]?.text).toBe(
      first,
    )
  })
})
