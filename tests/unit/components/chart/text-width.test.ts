import { describe, expect, it } from 'vitest'
import { wrapLines, wrapText } from '../../../../src/components/chart/text-width.ts'

/** A fixed-pitch measure: one unit a character (all of these are in the BMP), as a canvas with a monospaced font would say. */
const within = (width: number) => (line: string) => line.length <= width

describe('wrapText', () => {
  it('breaks English between words, never inside one (#29: "no / t statistics")', () => {
    const text = 'Dataset: demo. Synthetic data, not statistics'
    const lines = wrapText(text, within(20))
    expect(lines).toEqual(['Dataset: demo.', 'Synthetic data, not', 'statistics'])
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20)
    // Nothing lost but the spaces the lines were broken at.
    expect(lines.join(' ')).toBe(text)
  })

  it('breaks Chinese between characters, and keeps a Latin word within it whole', () => {
    const lines = wrapText('资料来源：广东省统计局 Guangdong statistics', within(14))
    expect(lines).toEqual(['资料来源：广东省统计局', 'Guangdong', 'statistics'])
    expect(wrapText('广东省工业和信息化厅', within(4))).toEqual(['广东省工', '业和信息', '化厅'])
  })

  it('breaks after a hyphen between letters, not inside a negative figure or a date', () => {
    expect(wrapText('Technical-transformation investment', within(16))).toEqual([
      'Technical-',
      'transformation',
      'investment',
    ])
    expect(wrapText('growth -10.5% in 2025-12', within(7))).toEqual([
      'growth',
      '-10.5%',
      'in',
      '2025-12',
    ])
  })

  it('cuts only a word longer than a whole line, where it must', () => {
    expect(wrapText('via www.example.gov.cn/a/b', within(10))).toEqual([
      'via',
      'www.exampl',
      'e.gov.cn/a',
      '/b',
    ])
  })

  it('measures in ems for drawn labels: wrapLines', () => {
    // 0.68 em a Latin character: "Technical" is 6.1 ems, "Technical transformation" 16.3.
    expect(wrapLines('Technical transformation', 11)).toEqual(['Technical', 'transformation'])
    expect(wrapLines('技术改造', 2)).toEqual(['技术', '改造'])
  })
})
