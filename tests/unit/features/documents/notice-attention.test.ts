import { describe, expect, it } from 'vitest'
import { periodYear } from '../../../../src/domain/period.ts'
import { buildNotice } from '../../../../src/features/documents/lib/notice.ts'
import { AttentionFileSchema, attentionPath } from '../../../../src/schemas/attention.ts'
import { readApiFile } from '../../../support/api-data.ts'
import { noticeInput } from '../../../support/documents.ts'

describe('the 通报’s 需重点关注', () => {
  it('lists the period’s 预警 findings and counts the 关注, as the generator found them', () => {
    const input = noticeInput('official', 'zh', 'guangzhou')
    const file = AttentionFileSchema.parse(
      readApiFile(attentionPath('official', periodYear(input.period))),
    )
    const findings = file.periods.find((p) => p.period === input.period)!
    const warnings = findings.alerts.filter((a) => a.level === 'warning')
    expect(warnings.length).toBeGreaterThan(0)
    const blocks = buildNotice({ ...input, findings }).blocks
    const at = blocks.findIndex((b) => b.kind === 'subheading' && b.text.endsWith('需重点关注'))
    expect(at).toBeGreaterThan(-1)
    const paragraph = blocks[at + 1]!
    expect(paragraph.kind === 'paragraph' && paragraph.text).toContain(warnings[0]!.text.zh)
    // Without findings there is no such section.
    expect(
      buildNotice(input).blocks.some(
        (b) => b.kind === 'subheading' && b.text.endsWith('需重点关注'),
      ),
    ).toBe(false)
  })
})
