import { describe, expect, it } from 'vitest'
import { columnEms, textEms } from '../../../../src/features/documents/lib/model.ts'

/** Lines a text takes in a column of `width` ems less `pad` (CJK breaks between characters). */
const lines = (text: string, width: number, pad: number) => Math.ceil(textEms(text) / (width - pad))

describe('a document table’s column widths', () => {
  const pad = 0.9
  const rows = [
    ['指标', '目标（原文）', '最新累计值', '与目标相比', '序时进度', '状态', '全年结果'],
    [
      '规模以上工业增加值累计增速',
      '规模以上工业增加值增长6%左右',
      '3%（2025年1-12月）',
      '低于目标3个百分点',
      '不适用',
      '✘ 未达',
      '未达到',
    ],
    [
      '固定资产投资累计增速',
      '固定资产投资提质提效',
      '-9.7%（2025年1-6月）',
      '文字目标，不作比较',
      '不适用',
      '不适用',
      '不适用',
    ],
  ]

  it('fill the table’s width, keep short columns whole and headers on one line', () => {
    const widths = columnEms(rows, 42, pad)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(42, 6)
    rows[0]!.forEach((header, i) => {
      expect(lines(header, widths[i]!, pad)).toBe(1)
    })
    for (const i of [4, 5, 6])
      for (const row of rows) expect(lines(row[i]!, widths[i]!, pad)).toBe(1)
  })

  it('set every row in the fewest lines the width allows', () => {
    // 42 ems hold these rows in 3 lines, not 2 (the long columns need 29 ems for 2 lines and the
    // short ones take 13); 50 ems hold them in 2.
    for (const [total, most] of [
      [42, 3],
      [50, 2],
    ] as const) {
      const widths = columnEms(rows, total, pad)
      const tallest = Math.max(
        ...rows.slice(1).flatMap((row) => row.map((text, i) => lines(text, widths[i]!, pad))),
      )
      expect(tallest).toBeLessThanOrEqual(most)
    }
  })
})
