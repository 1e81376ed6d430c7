import { describe, expect, it } from 'vitest'
import { buildCsv } from '../../../../src/components/chart/download.ts'

describe('buildCsv', () => {
  it('starts with a BOM, puts the metadata first and quotes what needs quoting', () => {
    const csv = buildCsv(
      [
        ['单位', '%'],
        ['资料来源', 'A, B'],
      ],
      ['期间', '广州'],
      [
        ['1-12月', '5.1'],
        ['1-2月', '—'],
      ],
    )
    expect(
      csv.startsWith(
        '\uFEFF单位,%\r\n资料来源,"A, B"\r\n\r\n期间,广州\r\n1-12月,5.1\r\n1-2月,—\r\n',
      ),
    ).toBe(true)
  })

  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    const csv = buildCsv([], ['a', 'b'], [['=HYPERLINK("x")', '-2.7']])
    expect(csv).toContain(`"'=HYPERLINK(""x"")",-2.7`)
  })
})
