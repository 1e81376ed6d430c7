/**
 * What an import tells its user: the period read; first, what to check before writing (a table
 * older than the latest release's, each revision beyond its plausible size); the counts by
 * outcome (rows imported, rows skipped by reason, rows without figures; figures added, changed,
 * unchanged, not published), one line for every skipped row that has figures, and every change.
 */
import { periodMonth, periodYear } from '../../src/domain/period.ts'
import type { IndicatorKind } from '../../src/schemas/indicators.ts'
import type { Change, ImportPlan } from './apply.ts'
import type { Encoding } from './read-grid.ts'
import type { ReleaseTable, SkipReason } from './release-table.ts'

const ENCODINGS: Record<Encoding, string> = {
  'utf-8': 'CSV, UTF-8',
  'utf-8-bom': 'CSV, UTF-8 with BOM',
  gb18030: 'CSV, GBK/GB18030',
  xlsx: 'XLSX',
}

const REASONS: Record<SkipReason, string> = {
  breakdown: 'breakdown rows',
  'sub-entry': 'sub-entries',
  'other-era': 'groups of another era',
  'other-group': 'groups not held',
  heading: 'headings with figures',
  unknown: 'unknown rows',
}

const counted = (counts: Map<string, number>) =>
  [...counts].map(([what, n]) => `${what} ${n}`).join(' · ')

export function formatReport(
  file: string,
  encoding: Encoding,
  table: ReleaseTable,
  plan: ImportPlan,
): string[] {
  const year = periodYear(table.period)
  const month = periodMonth(table.period)
  const lines = [
    `${file} (${ENCODINGS[encoding]}): “${table.title}” → period ${table.period} (累计 ${year}年1-${month}月, 本月 ${year}年${month}月)`,
  ]

  if (plan.late) {
    const { release, period } = plan.late
    lines.push(
      `  ! late: ${table.period} is older than ${period}, the latest period of the data (brought by ${release.id} of ${release.date}, “${release.table}”): an archive brought in late; --late writes it`,
    )
  }
  for (const change of plan.changed) if (change.large) lines.push(largeLine(change, change.large))

  const imported = table.rows.filter((r) => r.status === 'imported').length
  const skipped = table.rows.flatMap((r) => (r.status === 'skipped' ? [r] : []))
  const reasons = new Map<string, number>()
  for (const row of skipped)
    reasons.set(REASONS[row.reason], (reasons.get(REASONS[row.reason]) ?? 0) + 1)
  const empty = table.rows.filter((r) => r.status === 'no-figures')
  const emptyRegions = empty.filter((r) => r.region !== null).length
  lines.push(
    `  rows with figures ${imported + skipped.length}: imported ${imported} · skipped ${skipped.length}${reasons.size ? ` (${counted(reasons)})` : ''}`,
    `  rows without figures ${empty.length}: headings and labels ${empty.length - emptyRegions} · regions not published ${emptyRegions}`,
    `  figures: added ${plan.added.length} · changed ${plan.changed.length} · unchanged ${plan.unchanged} · not published ${table.emptyCells}`,
  )
  for (const row of skipped) lines.push(`  skipped row ${row.row} “${row.label}”: ${row.detail}`)
  for (const change of plan.changed) {
    lines.push(
      `  ${change.region} ${change.period} ${change.indicator}: ${change.old} → ${change.new}`,
    )
  }
  for (const added of plan.added)
    lines.push(`  + ${added.region} ${table.period} ${added.indicator}: ${added.value}`)
  if (plan.newSource)
    lines.push(
      `  + source ${plan.newSource.id}: ${plan.newSource.publisher}《${plan.newSource.title}》`,
    )
  return lines
}

/** What a difference of a kind's figures is counted in. */
const POINTS: Record<IndicatorKind, string> = {
  growth: '百分点',
  share: '百分点',
  contribution: '百分点',
  level: '亿元',
  count: 'more or fewer',
  rank: 'places',
}

/** A revision beyond its kind's threshold: by how much, and the row of the threshold. */
function largeLine(change: Change, { amount, threshold }: NonNullable<Change['large']>): string {
  const unit = threshold.measure === 'percent' ? '% of the value replaced' : POINTS[threshold.kind]
  const by = Number.isFinite(amount) ? `${Number(amount.toFixed(2))} ${unit}` : 'from 0'
  return `  ! large revision: ${change.region} ${change.period} ${change.indicator}: ${change.old} → ${change.new} (${by}; more than ${threshold.threshold} for ${threshold.kind}: ${threshold.where})`
}
