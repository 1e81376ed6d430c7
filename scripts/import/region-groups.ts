/**
 * The membership of the region groups through time (data/region-groups.csv). The bureau's
 * tables name groups of their own time: 珠江三角洲经济区 in 2006 was seven cities and part of
 * 惠州 and 肇庆, not today's 珠三角九市. A group's figures are stored under today's code only
 * for a period whose recorded membership is today's (the cities of the group in regions.csv);
 * for any other period the row is reported as a group of another era and skipped. A period no
 * row covers counts as another era: a group is never assumed to be today's.
 */
import path from 'node:path'
import { z } from 'zod'
import type { Period } from '../../src/domain/period.ts'
import type { Region } from '../../src/schemas/regions.ts'
import { readCsv } from '../data-build/csv.ts'
import type { TableError } from '../data-build/errors.ts'
import { locate } from '../data-build/rows.ts'

export const REGION_GROUPS_FILE = 'region-groups.csv'

export interface GroupEra {
  group: string
  /** First month of the era, YYYY-MM (January allowed: this is a date, not a period). */
  from: string
  /** Last month, or null while it lasts. */
  to: string | null
  /** Cities wholly in the group. */
  members: string[]
  /** Cities of which only some counties or districts were in the group. */
  partly: string[]
  /** Where the era is recorded: data/region-groups.csv and its row. */
  file: string
  line: number
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

const codes = z.string().transform((text) => text.split(/\s+/).filter(Boolean))

const EraRowSchema = z.object({
  group: z.string().min(1, 'is empty'),
  from: z.string().regex(MONTH, 'is not a month YYYY-MM'),
  to: z.union([z.literal(''), z.string().regex(MONTH, 'is not a month YYYY-MM')]),
  members: codes,
  partly: codes,
  evidence: z.string().min(1, 'is empty: say where the membership is stated'),
})

export function readRegionGroups(
  dataDir: string,
  regions: Region[],
): { eras: GroupEra[]; errors: TableError[] } {
  const file = path.join(path.basename(dataDir), REGION_GROUPS_FILE)
  const { table, errors } = readCsv(
    path.join(dataDir, REGION_GROUPS_FILE),
    file,
    Object.keys(EraRowSchema.shape),
  )
  if (errors.length > 0) return { eras: [], errors }
  const groups = new Set(regions.filter((r) => r.type === 'group').map((r) => r.code))
  const cities = new Set(regions.filter((r) => r.type === 'city').map((r) => r.code))
  const eras: GroupEra[] = []
  for (const { line, cells } of table.rows) {
    const parsed = EraRowSchema.safeParse(cells)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(locate(table, line, String(issue.path[0] ?? ''), issue.message))
      continue
    }
    const row = parsed.data
    const before = errors.length
    if (!groups.has(row.group))
      errors.push(locate(table, line, 'group', `"${row.group}" is not a region group`))
    for (const column of ['members', 'partly'] as const) {
      for (const code of row[column].filter((c) => !cities.has(c)))
        errors.push(locate(table, line, column, `"${code}" is not a city`))
    }
    if (row.to !== '' && row.to < row.from)
      errors.push(locate(table, line, 'to', `${row.to} is before ${row.from}`))
    if (errors.length > before) continue
    const era = { ...row, to: row.to === '' ? null : row.to, file, line }
    const overlap = eras.find(
      (e) =>
        e.group === era.group && e.from <= (era.to ?? '9999-12') && era.from <= (e.to ?? '9999-12'),
    )
    if (overlap)
      errors.push(
        locate(table, line, 'from', `overlaps the ${era.group} era on row ${overlap.line}`),
      )
    else eras.push(era)
  }
  return { eras, errors }
}

export type GroupDecision = { store: true } | { store: false; reason: string }

/** Whether a group row of a table of `period` may be stored under today's code. */
export function decideGroup(
  eras: GroupEra[],
  regions: Region[],
  code: string,
  period: Period,
): GroupDecision {
  const name = (c: string) => regions.find((r) => r.code === c)?.shortZh ?? c
  const today = regions.filter((r) => r.group === code).map((r) => r.code)
  const group = regions.find((r) => r.code === code)?.nameZh ?? code
  const era = eras.find((e) => e.group === code && e.from <= period && period <= (e.to ?? period))
  if (!era) {
    const known = eras
      .filter((e) => e.group === code && isToday(e, today))
      .map((e) => `from ${e.from}${e.to ? ` to ${e.to}` : ''}`)
    const file = eras[0]?.file ?? REGION_GROUPS_FILE
    return {
      store: false,
      reason: `its membership in ${period} is not recorded as today's ${group} (${file} records today's ${known.join(', ') || 'for no period'})`,
    }
  }
  if (isToday(era, today)) return { store: true }
  const members = era.members.map(name).join('、')
  const partly = era.partly.length ? ` and part of ${era.partly.map(name).join('、')}` : ''
  return {
    store: false,
    reason: `in ${period} it was ${members}${partly}, not today's ${group} (${era.file}:${era.line})`,
  }
}

function isToday(era: GroupEra, today: string[]): boolean {
  return (
    era.partly.length === 0 &&
    era.members.length === today.length &&
    today.every((c) => era.members.includes(c))
  )
}
