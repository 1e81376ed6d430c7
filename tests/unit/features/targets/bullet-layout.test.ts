import { describe, expect, it } from 'vitest'
import { textEms } from '../../../../src/components/chart/text-width.ts'
import { bulletLayout, type Bullet } from '../../../../src/features/targets/lib/bullet-layout.ts'

const BULLETS: Bullet[] = [
  {
    label: '2021 · 规模以上工业增加值累计增速',
    value: 9,
    line: 5,
    text: '9%（1-12月） · 目标：增长5%左右 ✔ 达到',
  },
  {
    label: '2022 · 固定资产投资累计增速',
    value: -2.6,
    line: 8,
    text: '-2.6%（1-12月） · 目标：增长8% ✘ 未达到',
  },
  {
    label: '2024 · 技术改造投资累计增速',
    value: 11.5,
    line: 10,
    text: '11.5%（1-12月） · 两位数增长按≥10%计 ✔ 达到',
  },
]

/** The right end of each drawn text, on the safe side (textEms), in px. */
const textEnds = (layout: ReturnType<typeof bulletLayout>, fontSize: number) =>
  layout.rows.flatMap(({ label, text }) =>
    [label, text].flatMap((t) =>
      t.lines.map((line) => (t.anchor === 'end' ? t.x : t.x + textEms(line) * fontSize)),
    ),
  )

describe('bulletLayout: the targets’ bars laid out to the width they get', () => {
  it('on a desk, labels in a column beside the bars, the text beside each bar, all within the width', () => {
    const layout = bulletLayout(BULLETS, 14, false, 1300)
    expect(layout.width).toBe(1300)
    expect(layout.rows.every((row) => row.label.anchor === 'end')).toBe(true)
    // Each text starts right of its own bar and mark, on the bar's line.
    for (const row of layout.rows) {
      expect(row.text.x).toBeGreaterThan(Math.max(row.bar.x + row.bar.width, row.mark.x))
      expect(row.text.lines).toHaveLength(1)
    }
    expect(Math.max(...textEnds(layout, 14))).toBeLessThanOrEqual(1300)
    expect(layout.zero).toHaveLength(1)
  })

  it('on a phone’s 294 px, each label above its bar and its text under it, in lines that fit', () => {
    const layout = bulletLayout(BULLETS, 14, false, 294)
    expect(layout.width).toBe(294)
    for (const row of layout.rows) {
      expect(row.label.anchor).toBe('start')
      // Label above the bar, text below it.
      expect(row.label.y + (row.label.lines.length - 1) * row.label.lineHeight).toBeLessThan(
        row.bar.y,
      )
      expect(row.text.y - 14).toBeGreaterThanOrEqual(row.bar.y + row.bar.height)
      expect(row.bar.x).toBeGreaterThanOrEqual(0)
      expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(294)
    }
    expect(Math.max(...textEnds(layout, 14))).toBeLessThanOrEqual(294)
    // A text too long for one line breaks between its phrases.
    expect(layout.rows[2]!.text.lines).toEqual(['11.5%（1-12月）', '两位数增长按≥10%计 ✔ 达到'])
    // The rows follow each other: each starts below the one before.
    const tops = layout.rows.map((row) => row.label.y)
    expect(tops).toEqual([...tops].sort((a, b) => a - b))
    expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.text.y)
  })

  it('draws a negative figure left of zero, whatever the arrangement', () => {
    for (const width of [1300, 294]) {
      const layout = bulletLayout(BULLETS, 14, false, width)
      const negative = layout.rows[1]!
      const zero = layout.zero[0]!.x
      expect(negative.bar.x).toBeLessThan(zero)
      expect(negative.bar.x + negative.bar.width).toBeCloseTo(zero)
    }
  })

  it('with no width (a slide, scaled to its box), at its natural width with the desk’s bar span', () => {
    const layout = bulletLayout(BULLETS, 30, true, undefined)
    expect(layout.zero).toEqual([])
    expect(Math.max(...textEnds(layout, 30))).toBeLessThanOrEqual(layout.width)
    const bars = layout.rows.map((row) => row.bar.x + row.bar.width)
    // 11.5% is the largest figure: its bar ends at 11.5 / (11.5 × 1.1) of the 32 em span.
    expect(Math.max(...bars)).toBeCloseTo(((11.5 + 2.6) / (11.5 * 1.1 + 2.6)) * 32 * 30)
  })
})
