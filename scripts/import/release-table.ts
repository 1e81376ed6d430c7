/**
 * The statistics bureau's monthly release table, in any of the layouts it has used: a title
 * naming the period and subject ("2017年1-3月工业增加值", "2006年9月份工业增加值"), a unit
 * line (计量单位：亿元 or 单位:亿元), a header (指标名称 | 本月 | 本月止累计 | 本月比上年同月增长(%)
 * | 累计比上年同期增长(%), or its variants), then rows: the province total (全省总计, or the
 * subject itself: "工业增加值(现价)"), breakdowns (轻工业, 重工业 …) under "在总计中" or
 * "1、按轻重工分组", the cities and region groups under "按经济区域分", and "#" sub-entries.
 *
 * Every row that has a figure is either imported or reported as skipped with its reason; a row
 * with figures that matches nothing is an error unless the caller asked to skip such rows
 * (issue 16: an importer must never drop a row without a word).
 */
import type { Period } from '../../src/domain/period.ts'
import type { Region } from '../../src/schemas/regions.ts'
import {
  CANONICAL_HEADERS,
  columnKind,
  normalise,
  parseLabel,
  periodInTitle,
  unitOf,
  type ColumnKind,
  type Section,
} from './labels.ts'
import type { Cell, Grid } from './read-grid.ts'
import { decideGroup, type GroupEra } from './region-groups.ts'

export { normalise, periodInTitle } from './labels.ts'

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

export type SkipReason =
  'breakdown' | 'sub-entry' | 'other-era' | 'other-group' | 'heading' | 'unknown'

/** What became of one row of the table. */
export type RowOutcome =
  | { row: number; label: string; status: 'imported'; region: string }
  | { row: number; label: string; status: 'skipped'; reason: SkipReason; detail: string }
  | { row: number; label: string; status: 'no-figures'; region: string | null }

export interface ReleaseTable {
  title: string
  period: Period
  /** How the title names the period: "1-9月" (range) or "9月份" (month). */
  form: 'range' | 'month'
  subject: string
  values: ReleaseValue[]
  /** Every row below the header that is not blank, in order. */
  rows: RowOutcome[]
  /** Cells of imported rows left empty or marked as not published (—). */
  emptyCells: number
}

export interface ParseOptions {
  /** The period the caller expects (--period): a title naming another is an error. */
  period?: Period | undefined
  /** The membership of the region groups through time (data/region-groups.csv). */
  groups: GroupEra[]
  /** Report a row with figures that matches nothing as skipped instead of failing. */
  skipUnknown?: boolean | undefined
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
  全省工业增加值: '工业增加值',
  全省规模以上工业增加值: '工业增加值',
}

/** The subject a title names after its period: "工业增加值(现价)" → 工业增加值. */
function subjectOf(rest: string): { named: string; subject: string } {
  const named = rest.replace(/\(.*$/, '')
  return { named, subject: SUBJECT_ALIASES[named] ?? named }
}

/**
 * Names the bureau uses besides those in regions.csv. A group's names of other times
 * (珠江三角洲经济区) map to the group whose name they are; data/region-groups.csv then decides,
 * by the table's period, whether its membership was today's.
 */
const REGION_ALIASES: Record<string, string> = {
  全省总计: 'guangdong',
  全省合计: 'guangdong',
  全省: 'guangdong',
  总计: 'guangdong',
  珠三角核心区: 'prd9',
  珠三角地区: 'prd9',
  珠江三角洲: 'prd9',
  珠江三角洲地区: 'prd9',
  珠江三角洲经济区: 'prd9',
  珠三角经济区: 'prd9',
  沿海经济带东翼: 'east4',
  粤东: 'east4',
  粤东地区: 'east4',
  东翼地区: 'east4',
  沿海经济带西翼: 'west3',
  粤西: 'west3',
  粤西地区: 'west3',
  西翼地区: 'west3',
  北部生态发展区: 'mountain5',
  粤北: 'mountain5',
  粤北地区: 'mountain5',
  粤北山区: 'mountain5',
}

/** Groups of the bureau's tables that the project does not hold. */
const OTHER_GROUPS: Record<string, string> = {
  东西两翼: 'the two wings together (东翼 and 西翼)',
  东西两翼和山区: 'the wings and the mountain area together',
  山区及东西两翼: 'the wings and the mountain area together',
  粤东西北: 'the east, west and north together',
}

const NUMBER = /^-?\d+(\.\d+)?$/
const NOT_PUBLISHED = new Set(['', '—', '-', '--', '—%', '…', '...', '……'])

export function columnLetter(index: number): string {
  let letter = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter
  return letter
}

/** A figure cell as printed, full-width digits and minus folded: "７.６" → "7.6". */
function figure(cell: Cell | undefined): string {
  return cell
    ? cell.text
        .normalize('NFKC')
        .trim()
        .replace(/^[−－]/, '-')
    : ''
}

const text = (cell: Cell | undefined) => (cell ? cell.text.trim() : '')

function regionIndex(regions: Region[]): Map<string, string> {
  const index = new Map<string, string>(Object.entries(REGION_ALIASES))
  for (const region of regions) {
    index.set(normalise(region.nameZh), region.code)
    index.set(normalise(region.shortZh), region.code)
  }
  return index
}

/** The total row may be named after the subject: "工业增加值(现价)" is the province's total. */
function isSubjectTotal(name: string, subject: string | undefined): boolean {
  const bare = name.replace(/\((现价|当年价格?)\)$/, '')
  return subject !== undefined && (bare === subject || SUBJECT_ALIASES[bare] === subject)
}

export function parseRelease(
  grid: Grid,
  regions: Region[],
  options: ParseOptions,
): { table?: ReleaseTable; errors: ImportIssue[] } {
  const errors: ImportIssue[] = []
  const rows = grid.map((cells, i) => ({ row: i + 1, cells }))
  const nonEmpty = rows.filter((r) => r.cells.some((c) => text(c) !== ''))
  if (nonEmpty.length === 0) return { errors: [{ row: 0, message: 'the file is empty' }] }

  let labelColumn = -1
  const headerRow = nonEmpty.find((r) => {
    labelColumn = r.cells.findIndex((c) => normalise(text(c)) === '指标名称')
    return labelColumn !== -1
  })
  if (!headerRow) {
    return {
      errors: [{ row: 0, message: 'not a release table: no header row with 指标名称' }],
    }
  }

  // The title: the first cell above the header that names a period and a known subject, else
  // the first that names a period (a date line such as "2006年10月20日发布" is not the title).
  const above = nonEmpty.filter((r) => r.row < headerRow.row)
  let period: Period | undefined
  let month: number | undefined
  let form: 'range' | 'month' = 'range'
  let subject: string | undefined
  let title = ''
  const dated = above
    .flatMap((r) => r.cells.map((cell, i) => ({ row: r.row, column: columnLetter(i), cell })))
    .filter(({ cell }) => periodInTitle(text(cell)) !== null)
  const titleCell =
    dated.find(({ cell }) => {
      const found = periodInTitle(text(cell))
      return found !== null && !('error' in found) && subjectOf(found.rest).subject in SUBJECTS
    }) ?? dated[0]
  if (!titleCell) {
    errors.push({
      row: above[0]?.row ?? 1,
      message: 'no period in the title (such as 2017年1-3月 or 2006年9月份)',
    })
  } else {
    title = text(titleCell.cell)
    const found = periodInTitle(title)
    if (found && 'error' in found)
      errors.push({ row: titleCell.row, column: titleCell.column, message: found.error })
    else if (found) {
      period = found.period
      month = found.month
      form = found.form
      const named = subjectOf(found.rest)
      subject = named.subject
      if (!SUBJECTS[subject]) {
        errors.push({
          row: titleCell.row,
          column: titleCell.column,
          message: `unknown subject “${named.named}” (known: ${Object.keys(SUBJECTS).join(', ')})`,
        })
      }
      if (options.period && period !== options.period) {
        errors.push({
          row: titleCell.row,
          column: titleCell.column,
          message: `the title's period ${period} is not --period ${options.period}`,
        })
      }
    }
  }

  // The unit line, in either form; the figures must be in 亿元.
  const unitCell = above
    .flatMap((r) => r.cells.map((cell, i) => ({ row: r.row, column: columnLetter(i), cell })))
    .find(({ cell }) => unitOf(text(cell)) !== null)
  if (!unitCell) {
    errors.push({
      row: headerRow.row,
      message: 'no unit line (计量单位：亿元 or 单位:亿元) above the header',
    })
  } else {
    const unit = unitOf(text(unitCell.cell))
    if (unit !== '亿元')
      errors.push({
        row: unitCell.row,
        column: unitCell.column,
        message: `unit “${unit ?? ''}” is not 亿元`,
      })
  }

  // Columns by their header's meaning, never by position.
  const columns = new Map<number, ColumnKind>()
  headerRow.cells.forEach((cell, i) => {
    if (i === labelColumn || text(cell) === '') return
    const found = columnKind(text(cell), month)
    if (!found) {
      errors.push({
        row: headerRow.row,
        column: columnLetter(i),
        message: `unrecognised column “${text(cell)}”`,
      })
    } else if ('error' in found) {
      errors.push({ row: headerRow.row, column: columnLetter(i), message: found.error })
    } else if ([...columns.values()].includes(found.kind)) {
      errors.push({
        row: headerRow.row,
        column: columnLetter(i),
        message: `column “${text(cell)}” appears twice`,
      })
    } else columns.set(i, found.kind)
  })
  const mapping = subject ? SUBJECTS[subject] : undefined
  const present = new Set(columns.values())
  for (const kind of Object.keys(CANONICAL_HEADERS) as ColumnKind[]) {
    if (mapping && !present.has(kind)) {
      errors.push({ row: headerRow.row, message: `missing column “${CANONICAL_HEADERS[kind]}”` })
    }
  }

  const names = regionIndex(regions)
  const labelLetter = columnLetter(labelColumn)
  const values: ReleaseValue[] = []
  const outcomes: RowOutcome[] = []
  const seen = new Map<string, number>()
  let section: Section | 'top' = 'top'
  let sectionHeading = ''
  let emptyCells = 0
  const skip = (row: number, label: string, reason: SkipReason, detail: string) =>
    outcomes.push({ row, label, status: 'skipped', reason, detail })

  for (const { row, cells } of rows.filter((r) => r.row > headerRow.row)) {
    const label = text(cells[labelColumn])
    const figures = [...columns.keys()].map((i) => ({ i, cell: cells[i] }))
    const hasFigures = figures.some(({ cell }) => !NOT_PUBLISHED.has(figure(cell)))
    if (label === '' && !hasFigures) continue

    const parsed = parseLabel(label)
    if (parsed.heading !== null && parsed.section !== 'sub-entries') {
      section = parsed.section ?? section
      sectionHeading = parsed.heading
    }
    const { name } = parsed
    if (name === '' && parsed.heading !== null) {
      // A heading alone. With figures it is still reported: nothing is dropped unseen.
      if (hasFigures) skip(row, label, 'heading', `a section heading (${parsed.heading})`)
      else outcomes.push({ row, label, status: 'no-figures', region: null })
      continue
    }

    const code = names.get(name) ?? (isSubjectTotal(name, subject) ? 'guangdong' : undefined)
    if (!code) {
      if (!hasFigures) outcomes.push({ row, label, status: 'no-figures', region: null })
      else if (OTHER_GROUPS[name])
        skip(
          row,
          label,
          'other-group',
          `a region group the project does not hold: ${OTHER_GROUPS[name]}`,
        )
      else if (parsed.subEntry)
        skip(row, label, 'sub-entry', 'a sub-entry (#, 其中) that is not a city')
      else if (section === 'breakdowns')
        skip(row, label, 'breakdown', `a breakdown row (under ${sectionHeading})`)
      else if (options.skipUnknown)
        skip(row, label, 'unknown', 'matches no region, breakdown or heading (--skip-unknown)')
      else
        errors.push({
          row,
          column: labelLetter,
          message: `${label ? `“${label}”` : 'a row without a name'} has figures but matches no region, breakdown or heading; check the name, or give --skip-unknown to import the rest and list this row`,
        })
      continue
    }
    if (code !== 'guangdong' && section === 'breakdowns') section = 'regions'
    const first = seen.get(code)
    if (first !== undefined) {
      errors.push({
        row,
        column: labelLetter,
        message: `“${label}” appears twice (first on row ${first})`,
      })
      continue
    }
    seen.set(code, row)
    if (!hasFigures) {
      outcomes.push({ row, label, status: 'no-figures', region: code })
      continue
    }
    if (regions.find((r) => r.code === code)?.type === 'group' && period) {
      const decision = decideGroup(options.groups, regions, code, period)
      if (!decision.store) {
        skip(row, label, 'other-era', `a group of another era: ${decision.reason}`)
        continue
      }
    }
    for (const { i, cell } of figures) {
      const raw = figure(cell)
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
    outcomes.push({ row, label, status: 'imported', region: code })
  }

  if (errors.length > 0 || !period || !subject) return { errors }
  if (values.length === 0)
    return { errors: [{ row: headerRow.row, message: 'the table has no figures' }] }
  return { table: { title, period, form, subject, values, rows: outcomes, emptyCells }, errors }
}
