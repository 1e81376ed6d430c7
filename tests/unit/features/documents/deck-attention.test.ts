import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../../../src/features/documents/lib/deck.ts'
import { AttentionFileSchema, attentionPath } from '../../../../src/schemas/attention.ts'
import { periodYear } from '../../../../src/domain/period.ts'
import { readApiFile } from '../../../support/api-data.ts'
import { noticeInput } from '../../../support/documents.ts'

describe('the PowerPoint’s 需关注 slide', () => {
  it('holds what the screen’s slide holds (11 findings) and counts the rest', () => {
    const n = noticeInput('demo')
    const file = AttentionFileSchema.parse(readApiFile(attentionPath('demo', periodYear(n.period))))
    const findings = file.periods.find((p) => p.period === n.period)!
    expect(findings.alerts.length).toBeGreaterThan(11)
    const [slide] = buildDeck({
      ...n,
      title: 'deck',
      attention: () => findings,
      slides: [
        {
          type: 'attention',
          region: 'guangdong',
          period: n.period,
          indicator: '',
          title: '需关注',
        },
      ],
    })
    const table = slide!.blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.table.rows.length).toBe(11)
    const left = findings.alerts.slice(11)
    const watch = left.filter((a) => a.level === 'watch').length
    const last = slide!.blocks.at(-1)!
    expect(last.kind === 'paragraph' && last.text).toContain(`另有关注${watch}项`)
  })
})
