import { describe, expect, it } from 'vitest'
import { slideRoom } from '../../../../src/features/attention/index.ts'
import { buildDeck } from '../../../../src/features/documents/lib/deck.ts'
import { AttentionFileSchema, attentionPath } from '../../../../src/schemas/attention.ts'
import { periodYear } from '../../../../src/domain/period.ts'
import { readApiFile } from '../../../support/api-data.ts'
import { noticeInput } from '../../../support/documents.ts'

describe('the PowerPoint’s 需关注 slide', () => {
  it('holds what the screen’s slide holds (slideRoom) and counts the rest', () => {
    const n = noticeInput('demo')
    const file = AttentionFileSchema.parse(readApiFile(attentionPath('demo', periodYear(n.period))))
    const findings = file.periods.find((p) => p.period === n.period)!
    const room = slideRoom(findings.alerts, 'zh')
    expect(room).toBeGreaterThan(5)
    expect(findings.alerts.length).toBeGreaterThan(room)
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
    expect(table?.kind === 'table' && table.table.rows.length).toBe(room)
    const left = findings.alerts.slice(room)
    const watch = left.filter((a) => a.level === 'watch').length
    const last = slide!.blocks.at(-1)!
    expect(last.kind === 'paragraph' && last.text).toContain(`另有关注${watch}项`)
  })
})
