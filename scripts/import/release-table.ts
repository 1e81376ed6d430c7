/**
 * The statistics bureau's monthly release table, as published: a title naming the period and
 * subject ("2017年1-3月工业增加值"), a unit line (计量单位:亿元), a header
 * 指标名称 | 本月 | 本月止累计 | 本月比上年同月增长(%) | 累计比上年同期增长(%), then rows: the
 * province total, breakdowns (轻工业, 重工业 …) after "在总计中:", the cities and the region
 * groups after "按经济区域分", and "#" sub-entries (districts) that are not cities.
 */
import { makePeriod, type Period } from '../../src/domain/period.ts'
import type { Region } from '../../src/schemas/regions.ts'
import type { Cell, Grid } from './read-grid.ts'

export interface ImportIssue {
  /** 1-based row of the file; 0 for a problem of the whole file. */
  row: number
  /** Spreadsheet column letter (A, B …), where a cell is at fault. */
  column?: string
  message: string
}

export function formatIssue(issue: ImportIssue): string {
  if (issue.row === 0) return issue.message
  return `row ${issue.row}${issue.column ? `, column ${issue.column}` : ''}: ${issue.message}`
}

export interface ReleaseValue {
  region: string
  indicator: string
  text: string
  exact: boolean
  row: number
  column: string
}

export interface SkippedRow {
  row: number
  name: string
  reason: 'heading' | 'breakdown' | 'sub-entry' | 'empty'
}

export interface ReleaseTable {
  title: string
  period: Period
  subject: string
  values: ReleaseValue[]
  skipped: SkippedRow[]
  /** Cells left empty or marked as not published (—): nothing is imported for them. */
  emptyCells: number
}

type ColumnKind = 'month' | 'ytd' | 'monthGrowth' | 'ytdGrowth'

const COLUMN_HEADERS: Record<string, ColumnKind> = {
  本月: 'month',
  本月止累计: 'ytd',
  本月比上年同月增长: 'monthGrowth',
  '本月比上年同月增长(%)': 'monthGrowth',
  累计比上年同期增长: 'ytdGrowth',
  '累计比上年同期增长(%)': 'ytdGrowth',
}

const CANONICAL_HEADERS: Record<ColumnKind, string> = {
  month: '本月',
  ytd: '本月止累计',
  monthGrowth: '本月比上年同月增长(%)',
  ytdGrowth: '累计比上年同期增长(%)',
}

/** Each subject's indicators, one per column the bureau publishes for it. */
const SUBJECTS: Record<string, Record<ColumnKind, string>> = {
  工业增加值: {
    month: 'iva_above_scale_month_100m_yuan',
    ytd: 'iva_above_scale_100m_yuan',
    monthGrowth: 'iva_above_scale_month_yoy_pct',
    ytdGrowth: 'iva_above_scale_yoy_pct',
  },
}
const SUBJECT_ALIASES: Record<string, string> = {
  规模以上工业增加值: '工业增加值',
  规上工业增加值: '工业增加值',
}

/** Names the bureau uses for the province and the groups besides those in regions.csv. */
const REGION_ALIASES: Record<string, string> = {
  全省总计: 'guangdong',
  全省: 'guangdong',
  总计: 'guangdong',
  珠三角核心区: 'prd9',
  沿海经济带东翼: 'east4',
  沿海经济带西翼: 'west3',
  北部生态发展区: 'mountain5',
}

const SECTION_BREAKDOWNS = /^在总计中/
const SECTION_REGIONS = /^按(经济)?区域分/
const NUMBER = /^-?\d+(\.\d+)?$/
const NOT_PUBLISHED = new Set(['', '—', '-', '--', '…', '...', '—%'])

/** Full-width to half-width, no spaces: "（%）" → "(%)", ideographic spaces removed. */
export function normalise(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/[:：]$/, '')
}

export function columnLetter(index: number): string {
  let letter = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter
  return letter
}

/** "2017年1-3月" → 2017-03; "2017年3月" → 2017-03; January alone is not a period. */
export function periodInTitle(
  title: string,
): { period: Period; rest: string } | { error: string } | null {
  const match = /(\d{4})年(?:1[-—–~至到])?(\d{1,2})月/.exec(normalise(title))
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  if (month < 1 || month > 12) return { error: `“${match[0]}” is not a month` }
  if (month === 1)
    return {
      error: `“${match[0]}”: January is not published alone; the first period of a year is 1-2月`,
    }
  return {
    period: makePeriod(year, month),
    rest: normalise(title).slice(match.index + match[0].length),
  }
}

function regionIndex(regions: Region[]): Map<string, string> {
  const index = new Map<string, string>(Object.entries(REGION_ALIASES))
  for (const region of regions) {
    index.set(normalise(region.nameZh), region.code)
    index.set(normalise(region.shortZh), region.code)
  }
  return index
}

const text = (cell: Cell | undefined) => (cell ? cell.text.trim() : '')

export function parseRelease(
  grid: Grid,
  regions: Region[],
  options: { period?: Period | undefined } = {},
): { table?: ReleaseTable; errors: ImportIssue[] } {
  const errors: ImportIssue[] = []
  const rows = grid.map((cells, i) => ({ row: i + 1, cells }))
  const nonEmpty = rows.filter((r) => r.cells.some((c) => text(c) !== ''))
  if (nonEmpty.length === 0) return { errors: [{ row: 0, message: 'the file is empty' }] }

  const headerRow = nonEmpty.find((r) => normalise(text(r.cells[0])) === '指标名称')
  if (!headerRow) {
    return {
      errors: [{ row: 0, message: 'not a release table: no header row starting with 指标名称' }],
    }
  }

  // The title: the first line above the header that names a period.
  const above = nonEmpty.filter((r) => r.row < headerRow.row)
  const titleRow = above.find((r) => r.cells.some((c) => periodInTitle(text(c)) !== null))
  let period: Period | undefined
  let subject: string | undefined
  let title = ''
  if (!titleRow) {
    errors.push({
      row: above[0]?.row ?? 1,
      message: 'no period in the title (such as 2017年1-3月)',
    })
  } else {
    title = titleRow.cells.map(text).filter(Boolean).join('')
    const found = periodInTitle(title)
    if (found && 'error' in found)
      errors.push({ row: titleRow.row, column: 'A', message: found.error })
    else if (found) {
      period = found.period
      const named = found.rest.replace(/[（(].*$/, '')
      subject = SUBJECT_ALIASES[named] ?? named
      if (!SUBJECTS[subject]) {
        errors.push({
          row: titleRow.row,
          column: 'A',
          message: `unknown subject “${named}” (known: ${Object.keys(SUBJECTS).join(', ')})`,
        })
      }
      if (options.period && period !== options.period) {
        errors.push({
          row: titleRow.row,
          column: 'A',
          message: `the title's period ${period} is not --period ${options.period}`,
        })
      }
    }
  }

  const unitRow = above.find((r) => r.cells.some((c) => normalise(text(c)).startsWith('计量单位')))
  const unitCell = unitRow?.cells.find((c) => normalise(text(c)).startsWith('计量单位'))
  const unit = unitCell ? normalise(text(unitCell)).replace(/^计量单位[:：]?/, '') : undefined
  if (!unitRow)
    errors.push({ row: headerRow.row, message: 'no unit line (计量单位:亿元) above the header' })
  else if (unit !== '亿元') {
    errors.push({ row: unitRow.row, column: 'A', message: `unit “${unit ?? ''}” is not 亿元` })
  }

  // Columns by their header text, never by position.
  const columns = new Map<number, ColumnKind>()
  headerRow.cells.forEach((cell, i) => {
    if (i === 0) return
    const header = normalise(text(cell))
    if (header === '') return
    const kind = COLUMN_HEADERS[header]
    if (!kind) {
      errors.push({
        row: headerRow.row,
        column: columnLetter(i),
        message: `unrecognised column “${text(cell)}”`,
      })
    } else if ([...columns.values()].includes(kind)) {
      errors.push({
        row: headerRow.row,
        column: columnLetter(i),
        message: `column “${text(cell)}” appears twice`,
      })
    } else columns.set(i, kind)
  })
  const mapping = subject ? SUBJECTS[subject] : undefined
  const present = new Set(columns.values())
  for (const kind of Object.keys(CANONICAL_HEADERS) as ColumnKind[]) {
    if (mapping && !present.has(kind)) {
      errors.push({ row: headerRow.row, message: `missing column “${CANONICAL_HEADERS[kind]}”` })
    }
  }

  const names = regionIndex(regions)
  const values: ReleaseValue[] = []
  const skipped: SkippedRow[] = []
  const seen = new Map<string, number>()
  let section: 'top' | 'breakdowns' | 'regions' = 'top'
  let emptyCells = 0
  for (const { row, cells } of rows.filter((r) => r.row > headerRow.row)) {
    const name = normalise(text(cells[0]))
    const figures = [...columns.keys()].map((i) => ({ i, cell: cells[i] }))
    const hasFigures = figures.some(({ cell }) => !NOT_PUBLISHED.has(text(cell)))
    if (name === '' && !hasFigures) continue
    if (SECTION_BREAKDOWNS.test(name)) {
      section = 'breakdowns'
      skipped.push({ row, name, reason: 'heading' })
      continue
    }
    if (SECTION_REGIONS.test(name)) {
      section = 'regions'
      skipped.push({ row, name, reason: 'heading' })
      continue
    }
    if (name.startsWith('#')) {
      skipped.push({ row, name, reason: 'sub-entry' })
      continue
    }
    const code = names.get(name)
    if (!code) {
      if (!hasFigures) skipped.push({ row, name, reason: 'heading' })
      else if (section === 'breakdowns') skipped.push({ row, name, reason: 'breakdown' })
      else errors.push({ row, column: 'A', message: `unknown region “${text(cells[0])}”` })
      continue
    }
    if (code !== 'guangdong' && section === 'breakdowns') section = 'regions'
    const first = seen.get(code)
    if (first !== undefined) {
      errors.push({
        row,
        column: 'A',
        message: `“${text(cells[0])}” appears twice (first on row ${first})`,
      })
      continue
    }
    seen.set(code, row)
    if (!hasFigures) {
      skipped.push({ row, name, reason: 'empty' })
      continue
    }
    for (const { i, cell } of figures) {
      const raw = text(cell)
      if (NOT_PUBLISHED.has(raw)) {
        emptyCells++
        continue
      }
      if (!NUMBER.test(raw)) {
        errors.push({ row, column: columnLetter(i), message: `“${raw}” is not a number` })
        continue
      }
      const indicator = mapping?.[columns.get(i)!]
      if (indicator)
        values.push({
          region: code,
          indicator,
          text: raw,
          exact: cell?.exact ?? true,
          row,
          column: columnLetter(i),
        })
    }
  }

  if (errors.length > 0 || !period || !subject) return { errors }
  if (values.length === 0)
    return { errors: [{ row: headerRow.row, message: 'the table has no figures' }] }
  return { table: { title, period, subject, values, skipped, emptyCells }, errors }
}
