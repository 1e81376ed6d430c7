import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import {
  numberFormat,
  sheetNames,
  workbookBlob,
  type SheetSpec,
} from '../../../../src/components/chart/xlsx.ts'
import type { PanelTable } from '../../../../src/domain/chart-data.ts'
import { buildWorkbook, workbookName } from '../../../../src/features/documents/lib/workbook.ts'
import { buildTrend } from '../../../../src/features/trend/index.ts'
import type { Lang } from '../../../../src/lib/i18n/lang.ts'
import { deckInput, noticeInput } from '../../../support/documents.ts'
import { officeParts } from './docx-helpers.ts'

type Read = Awaited<ReturnType<typeof readXlsxFile>>

async function readBack(sheets: SheetSpec[]): Promise<{ read: Read; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await (await workbookBlob(sheets)).arrayBuffer())
  return { read: await readXlsxFile(Buffer.from(bytes)), bytes }
}

/**
 * Where each of a sheet's tables is in the sheet as written (after the title, the label rows
 * and a blank row before each part), so a cell of the model can be found in the file.
 */
function tableRowsAt(spec: SheetSpec): { table: PanelTable; first: number }[] {
  let row = 1 + spec.meta.length
  const out: { table: PanelTable; first: number }[] = []
  for (const part of spec.parts) {
    row += 1
    if (part.kind === 'text') {
      row += 1
      continue
    }
    if (part.title) row += 1
    out.push({ table: part.table, first: row + 1 })
    row += 1 + part.table.rows.length
  }
  return out
}

/** Every cell of the model against the file: figures as numbers, words as words, — for missing. */
function expectCells(spec: SheetSpec, data: Read[number]['data']): number {
  let numbers = 0
  for (const { table, first } of tableRowsAt(spec)) {
    expect(data[first - 1]?.slice(0, table.columns.length + 1), spec.name).toEqual([
      table.rowHeader,
      ...table.columns,
    ])
    table.rows.forEach((row, r) => {
      const line = data[first + r]!
      expect(line[0], spec.name).toBe(row.header)
      row.cells.forEach((cell, c) => {
        const read = line[c + 1]
        if (!cell) expect(read, `${spec.name} ${row.header}`).toBe('—')
        else if ('text' in cell) expect(read ?? '').toBe(cell.text)
        else {
          expect(typeof read, `${spec.name} ${row.header} ${table.columns[c]}`).toBe('number')
          expect(read).toBe(cell.value)
          numbers += 1
        }
      })
    })
  }
  return numbers
}

describe('a panel table as .xlsx', () => {
  it('has the title, unit, period, one row per source, and the figures as numbers', async () => {
    const input = noticeInput('official')
    const trend = buildTrend(
      input.table,
      input.catalog,
      { region: 'guangdong', compare: [], period: input.period, measure: 'ytd' },
      'zh',
      input.colors,
      CHART_MESSAGES.zh,
    )
    if (!('data' in trend)) throw new Error('the default view has a trend')
    const sources = ['来源一：广东省统计局', '来源二：国家统计局']
    const spec: SheetSpec = {
      name: '规模以上工业增加值累计增速',
      lang: 'zh',
      title: '规模以上工业增加值累计增速',
      meta: [
        ['单位', '%'],
        ['统计期', '2023年1-2月–2025年1-12月'],
        ['资料来源', sources[0]!],
        ['', sources[1]!],
        ['数据集', '官方公开数据'],
      ],
      parts: [{ kind: 'table', table: trend.data.table }],
    }
    const { read, bytes } = await readBack([spec])
    const data = read[0]!.data
    expect(data[0]![0]).toBe(spec.title)
    expect(data.slice(1, 6).map((row) => row.slice(0, 2))).toEqual(
      spec.meta.map(([label, value]) => [label || null, value]),
    )
    expect(expectCells(spec, data)).toBeGreaterThan(0)
    // Numeric cells (no t="s"), each with the number format of its published decimals.
    const parts = await officeParts(bytes)
    const sheet = parts.get('xl/worksheets/sheet1.xml')!
    expect(sheet).toMatch(/<c r="B\d+" s="\d+"><v>-?\d+(\.\d+)?<\/v><\/c>/)
    const decimals = new Set(
      trend.data.table.rows.flatMap((r) =>
        r.cells.flatMap((c) => (c && 'value' in c ? [c.decimals] : [])),
      ),
    )
    for (const d of decimals)
      if (d > 0) expect(parts.get('xl/styles.xml')).toContain(`formatCode="${numberFormat(d)}"`)
  })

  it('names the revised figures of each row in a last column 修订, as the CSV does', async () => {
    const table: PanelTable = {
      rowHeader: '期间',
      columns: ['广州（%）', '深圳（%）'],
      rows: [
        { header: '2017年1-3月', cells: [{ value: 5.7, decimals: 1, revised: true }, null] },
        {
          header: '2017年1-6月',
          cells: [
            { value: 6, decimals: 1 },
            { value: 9, decimals: 1 },
          ],
        },
      ],
    }
    const spec: SheetSpec = {
      name: 't',
      lang: 'zh',
      title: 't',
      meta: [],
      parts: [{ kind: 'table', table }],
    }
    const data = (await readBack([spec])).read[0]!.data
    expect(data.slice(-3)).toEqual([
      ['期间', '广州（%）', '深圳（%）', '修订'],
      ['2017年1-3月', 5.7, '—', '广州（%）'],
      ['2017年1-6月', 6, 9, null],
    ])
    // Without a revised figure, no such column.
    const plain = { ...table, rows: table.rows.slice(1) }
    const rows = (await readBack([{ ...spec, parts: [{ kind: 'table', table: plain }] }])).read[0]!
      .data
    expect(rows.at(-2)).toEqual(['期间', '广州（%）', '深圳（%）'])
  })

  it('makes tab names Excel accepts: 31 characters, no \\ / ? * [ ] :, each once', () => {
    const names = sheetNames(['a/b', 'x'.repeat(40), 'x'.repeat(40), 'Sheet', 'sheet', ''])
    expect(names.every((n) => n.length <= 31 && !/[\\/?*[\]:]/.test(n))).toBe(true)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    expect(names[0]).toBe('a b')
  })
})

describe('the period as .xlsx', () => {
  const cases: { dataset: 'official' | 'demo'; lang: Lang }[] = [
    { dataset: 'official', lang: 'zh' },
    { dataset: 'demo', lang: 'zh' },
    { dataset: 'official', lang: 'en' },
  ]
  for (const { dataset, lang } of cases)
    it(`has one sheet per panel, each with its title, region, period, sources and numbers (${dataset}, ${lang})`, async () => {
      const deck = deckInput(dataset, lang)
      const input = {
        ...deck,
        region: 'guangdong',
        period: noticeInput(dataset, lang).period,
        datasetLabel: dataset,
      }
      const sheets = buildWorkbook(input)
      const { read } = await readBack(sheets)
      expect(read.map((s) => s.sheet)).toEqual(sheetNames(sheets.map((s) => s.name)))
      const t = CHART_MESSAGES[lang]
      let numbers = 0
      sheets.forEach((spec, i) => {
        const data = read[i]!.data
        expect(data[0]![0]).toBe(spec.title)
        const labels = data.slice(1, 1 + spec.meta.length).map((row) => row[0])
        expect(labels).toContain(t.unit)
        expect(labels).toContain(t.sourceLine)
        expect(labels).toContain(t.datasetLine)
        // Each source line of the model on a row of its own, from 资料来源 to 数据集.
        const start = labels.indexOf(t.sourceLine)
        const end = labels.indexOf(t.datasetLine)
        expect(end).toBeGreaterThan(start)
        for (let j = start; j < end; j += 1) {
          const [label, line] = spec.meta[j]!
          expect(data[1 + j]!.slice(0, 2)).toEqual([label || null, line])
          if (j > start) expect(label).toBe('')
        }
        const cells = data.flat()
        if (deck.syntheticLabel) expect(cells).toContain(deck.syntheticLabel)
        else
          expect(cells.some((c) => typeof c === 'string' && /演示数据|synthetic/i.test(c))).toBe(
            false,
          )
        numbers += expectCells(spec, data)
      })
      expect(numbers).toBeGreaterThan(0)
      // Every 需关注 item of the period, not a slide's share of them.
      const alerts = deck.attention?.(input.period)?.alerts ?? []
      const attention = sheets.at(-1)!.parts[0]!
      if (alerts.length > 0)
        expect(attention.kind === 'table' && attention.table.rows.length).toBe(alerts.length)
      // The figures sheets cite their sources: the key figures', the trend's, the rankings'.
      expect(
        sheets.filter((s) => s.meta.some(([l, v]) => l === t.sourceLine && v !== '—')).length,
      ).toBeGreaterThan(3)
      expect(workbookName(input)).toMatch(/\.xlsx$/)
      if (lang === 'zh')
        expect(workbookName(input)).toMatch(/^\d{4}年1-\d+月全省工业“三稳”监测数据\.xlsx$/)
    })
})
