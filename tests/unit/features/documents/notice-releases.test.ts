import { describe, expect, it } from 'vitest'
import { buildNotice } from '../../../../src/features/documents/lib/notice.ts'
import { noticeInput } from '../../../support/documents.ts'

/** The lines of 本期数据更新说明: its first line says so, the others follow it. */
const section = (blocks: ReturnType<typeof buildNotice>['blocks'], title: string) => {
  const at = blocks.findIndex((b) => b.kind === 'source' && b.text.startsWith(title))
  const end = blocks.findIndex((b, i) => i > at && (b.kind !== 'source' || b.text.startsWith('[')))
  return at < 0 ? [] : blocks.slice(at, end)
}

describe('the 通报’s 本期数据更新说明', () => {
  it('says the latest release day, what it brought, and each revision 由X修订为Y with both sources', () => {
    // The demo's latest day brings a month and revises two figures of the month before.
    const input = noticeInput('demo')
    const news = input.news!
    expect(news.revised).toHaveLength(2)
    const text = section(buildNotice(input).blocks, '本期数据更新说明').map((b) =>
      'text' in b ? b.text : '',
    )
    expect(text[0]).toBe(
      `本期数据更新说明：${news.day}收录${news.tables.join('、')}。新增：${text[0]!.split('新增：')[1]!.split('；')[0]}；修订：2项。`,
    )
    expect(text[0]).toMatch(/新增：\d{4}年1-\d+月 全省及21市 \d+项/)
    expect(text.slice(1)).toHaveLength(2 + news.moves.length)
    for (const line of text.slice(1, 3))
      expect(line).toMatch(/由-?\d.*修订为-?\d.*（(原：.+；现：.+|来源：.+)）$/)
  })

  it('opens the last section, 数据来源; without releases it is not there', () => {
    const input = noticeInput('official')
    const blocks = buildNotice(input).blocks
    const at = blocks.findIndex((b) => b.kind === 'source' && b.text.startsWith('本期数据更新说明'))
    const heading = blocks[at - 1]!
    expect(heading.kind === 'heading' && heading.text).toMatch(/数据来源$/)
    const without = buildNotice({ ...input, news: null }).blocks
    expect(section(without, '本期数据更新说明')).toEqual([])
  })

  it('in English', () => {
    const text = section(
      buildNotice(noticeInput('demo', 'en')).blocks,
      'Data updates in this release',
    ).map((b) => ('text' in b ? b.text : ''))
    expect(text[0]).toMatch(
      /^Data updates in this release: brought in on \d{4}-\d\d-\d\d: .+\. new: .*; revised: 2 figures\.$/,
    )
    expect(text[1]).toMatch(/^[^,]+, [A-Z][a-z]+, [A-Z][a-z]+–[A-Z][a-z]+ \d{4}: revised from /)
  })
})
