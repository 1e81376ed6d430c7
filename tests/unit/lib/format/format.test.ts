import { describe, expect, it } from 'vitest'
import { describeChange } from '../../../../src/domain/change.ts'
import { changeSince, changeText } from '../../../../src/lib/format/change.ts'
import {
  figureIn,
  formatNumber,
  formatValue,
  unitLabel,
} from '../../../../src/lib/format/number.ts'
import { loadCatalog, loadTable } from '../../../support/api-data.ts'
import { sourceLabel } from '../../../../src/lib/format/names.ts'
import { unitList } from '../../../../src/lib/format/punctuation.ts'
import { changeInPoints } from '../../../../src/domain/change.ts'
import { clockTime } from '../../../../src/lib/api/freshness.ts'
import { isPeriod, periodsOfYear } from '../../../../src/domain/period.ts'
import { formatPeriod, formatPeriodShort } from '../../../../src/lib/format/period.ts'

describe('figures as published', () => {
  it('keeps the printed decimals: 43 stays 43, 6.0 stays 6.0', () => {
    expect(formatValue(43, 0, 'pct', 'zh').text).toBe('43%')
    expect(formatValue(6, 1, 'pct', 'zh').text).toBe('6.0%')
    expect(formatValue(5.1, 1, 'pct', 'en').text).toBe('5.1%')
  })

  it('writes Chinese figures without thousands separators, English with them', () => {
    expect(formatValue(1038, 0, '100m_yuan', 'zh').text).toBe('1038亿元')
    expect(formatValue(7220.42, 2, '100m_yuan', 'zh').text).toBe('7220.42亿元')
    expect(formatNumber(15500, 0, 'zh')).toBe('15500')
  })

  it('writes an amount in English in billions of yuan, exactly and to the precision published', () => {
    expect(formatValue(7220.42, 2, '100m_yuan', 'en').text).toBe('722.042 billion yuan')
    expect(formatValue(1038, 0, '100m_yuan', 'en').text).toBe('103.8 billion yuan')
    // The zero was published (38211.40亿元): it stays.
    expect(formatValue(38211.4, 2, '100m_yuan', 'en').text).toBe('3,821.140 billion yuan')
    expect(formatValue(-12.5, 1, '100m_yuan', 'en').text).toBe('-1.25 billion yuan')
    // 万亿元 in Chinese, trillions in English, when that is exact.
    expect(formatValue(36800, 0, '100m_yuan', 'zh').text).toBe('3.68万亿元')
    expect(formatValue(36800, 0, '100m_yuan', 'en').text).toBe('3.68 trillion yuan')
    expect(unitLabel('100m_yuan', 'en')).toBe('billion yuan')
    // What tables and charts plot: the same figure in the unit of their header.
    expect(figureIn({ value: 1038, decimals: 0 }, '100m_yuan', 'en')).toEqual({
      value: 103.8,
      decimals: 1,
    })
    expect(figureIn({ value: 1038, decimals: 0 }, '100m_yuan', 'zh')).toEqual({
      value: 1038,
      decimals: 0,
    })
    expect(figureIn({ value: 5.1, decimals: 1 }, 'pct', 'en')).toEqual({ value: 5.1, decimals: 1 })
  })

  it('groups English thousands on the whole part only, sign kept', () => {
    expect(formatNumber(999, 0, 'en')).toBe('999')
    expect(formatNumber(1000, 0, 'en')).toBe('1,000')
    expect(formatNumber(-1234567.25, 2, 'en')).toBe('-1,234,567.25')
    expect(formatNumber(123456.7, 1, 'zh')).toBe('123456.7')
  })

  it('uses 万亿元 only where exact: 36800亿元 is 3.68万亿元, 32305.16亿元 stays', () => {
    expect(formatValue(36800, 0, '100m_yuan', 'zh').text).toBe('3.68万亿元')
    expect(formatValue(10000, 0, '100m_yuan', 'zh').text).toBe('1万亿元')
    expect(formatValue(32305.16, 2, '100m_yuan', 'zh').text).toBe('32305.16亿元')
    expect(formatValue(9999.5, 1, '100m_yuan', 'zh').text).toBe('9999.5亿元')
  })

  it('keeps the minus sign of a decline', () => {
    expect(formatValue(-21.8, 1, 'pct', 'zh').text).toBe('-21.8%')
  })
})

describe('the time the data were fetched', () => {
  it('is 24-hour hours and minutes in local time', () => {
    expect(clockTime(new Date(2026, 10, 27, 9, 5))).toBe('09:05')
    expect(clockTime(new Date(2026, 10, 27, 23, 59).getTime())).toBe('23:59')
  })
})

describe('changes of a rate in 百分点', () => {
  it('is exact to the larger number of decimals: 5.1 − 1.1 = 4.0', () => {
    expect(changeInPoints({ value: 5.1, decimals: 1 }, { value: 1.1, decimals: 1 })).toEqual({
      value: 4,
      decimals: 1,
    })
    expect(changeInPoints({ value: 43, decimals: 0 }, { value: 20.7, decimals: 1 })).toEqual({
      value: 22.3,
      decimals: 1,
    })
    expect(changeInPoints({ value: 0.3, decimals: 1 }, { value: 0.1, decimals: 1 }).value).toBe(0.2)
  })

  it('is worded 提高 / 回落 / 持平', () => {
    const rate = (value: number, decimals = 1) => ({ value, decimals })
    const text = (a: number, b: number, lang: 'zh' | 'en' = 'zh', decimals = 1) =>
      changeText(describeChange(rate(a, decimals), rate(b, decimals), true), lang)
    expect(text(5.1, 1.1)).toBe('提高4.0个百分点')
    expect(text(5.5, 6.0)).toBe('回落0.5个百分点')
    expect(text(5.1, 5.1)).toBe('持平')
    expect(text(4, 5, 'en', 0)).toBe('down 1 point')
  })
})

/** Every change word, each on real figures of the official data where the data has it. */
describe.each([
  // 广州 2020: 1-2月 下降21.8% → 1-4月 下降13.9%.
  [
    'guangzhou',
    '2020-04',
    '2020-02',
    '比1-2月降幅收窄7.9个百分点',
    'the decline narrowed by 7.9 points on Jan–Feb',
  ],
  // 韶关 2020: 一季度 下降4.9% → 1-4月 下降3.2%.
  [
    'shaoguan',
    '2020-04',
    '2020-03',
    '比1-3月降幅收窄1.7个百分点',
    'the decline narrowed by 1.7 points on Jan–Mar',
  ],
  // 全省 2020: 1-9月 下降1.2% → 全年 增长1.5%.
  [
    'guangdong',
    '2020-12',
    '2020-09',
    '比1-9月提高2.7个百分点，由降转增',
    'up 2.7 points, from a decline to growth on Jan–Sep',
  ],
  // 东莞 2022: 1-9月 增长1.1% → 全年 下降1.3%.
  [
    'dongguan',
    '2022-12',
    '2022-09',
    '比1-9月回落2.4个百分点，由增转降',
    'down 2.4 points, from growth to a decline on Jan–Sep',
  ],
])('%s %s against %s', (region, period, previous, zh, en) => {
  const table = loadTable('official', [Number(period.slice(0, 4))])
  const at = (p: string) => table.get(region, p, 'iva_above_scale_yoy_pct')!
  const change = describeChange(at(period), at(previous), true)
  it(`reads “${zh}”`, () => {
    expect(changeSince(change, `1-${Number(previous.slice(5))}月`, 'zh')).toBe(zh)
    const months = ['', '', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']
    expect(changeSince(change, `Jan–${months[Number(previous.slice(5))]}`, 'en')).toBe(en)
  })
})

describe('a decline that widens', () => {
  it('reads 降幅扩大 (no real case in the official data; as the bureau words it)', () => {
    const change = describeChange({ value: -3.2, decimals: 1 }, { value: -2.5, decimals: 1 }, true)
    expect(changeSince(change, '1-5月', 'zh')).toBe('比1-5月降幅扩大0.7个百分点')
  })
  it('only rises or falls for a share: no 降幅 for a rate that is not growth', () => {
    const change = describeChange({ value: -3.2, decimals: 1 }, { value: -2.5, decimals: 1 }, false)
    expect(changeText(change, 'zh')).toBe('回落0.7个百分点')
  })
})

describe('periods', () => {
  it('are cumulative and start at 1-2月: January is never a period', () => {
    expect(periodsOfYear(2019)[0]).toBe('2019-02')
    expect(periodsOfYear(2019)).toHaveLength(11)
    expect(isPeriod('2019-01')).toBe(false)
    expect(isPeriod('2019-13')).toBe(false)
    expect(isPeriod('2019-12')).toBe(true)
  })

  it('are labelled as the bureau writes them', () => {
    expect(formatPeriod('2019-12', 'zh')).toBe('2019年1-12月')
    expect(formatPeriod('2019-02', 'zh')).toBe('2019年1-2月')
    expect(formatPeriod('2019-06', 'zh', 'month')).toBe('2019年6月')
    expect(formatPeriod('2019-06', 'en')).toBe('Jan–Jun 2019')
    expect(formatPeriodShort('2019-06', 'zh')).toBe('19年1-6月')
  })
})

describe('English reads as English', () => {
  it('lists a panel’s units once each, with the language’s own separator', () => {
    expect(unitList(['%', '%'], 'en')).toBe('%')
    expect(unitList(['billion yuan', '%', undefined], 'en')).toBe('billion yuan, %')
    expect(unitList(['亿元', '%'], 'zh')).toBe('亿元、%')
  })

  it('says in English that a report’s copy names no newspaper, in Chinese as written', () => {
    // A source the data record with no outlet named: found in the sources, not typed in.
    const source = [...loadCatalog().source.values()].find((s) => s.publisher === '未注明报刊')
    expect(source, 'no source with 未注明报刊 in sources.json').toBeDefined()
    expect(sourceLabel(source!, 'en')).toMatch(/^Outlet not named, “/)
    expect(sourceLabel(source!, 'en')).not.toContain('未注明报刊')
    expect(sourceLabel(source!, 'zh')).toMatch(/^未注明报刊《/)
  })
})
