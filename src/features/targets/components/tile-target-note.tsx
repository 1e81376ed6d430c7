import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Period } from '../../../domain/period.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Target } from '../../../schemas/targets.ts'
import { regionTargets } from '../lib/region-targets.ts'
import { TargetNote } from './target-note.tsx'

/** A KPI tile's target: its indicator's target for the region and year, read as of the period. */
export default function TileTargetNote({
  targets,
  table,
  region,
  period,
  indicator,
  lang,
}: {
  targets: readonly Target[]
  table: ObservationTable
  region: string
  period: Period
  indicator: string
  lang: Lang
}) {
  const [row] = regionTargets(targets, table, region, period, indicator)
  return row ? <TargetNote reading={row.reading} lang={lang} /> : null
}
