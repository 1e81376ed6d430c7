import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { makePeriod, periodYear } from '../../../domain/period.ts'
import { ABOUT_TOLERANCE_POINTS } from '../../../domain/target-arithmetic.ts'
import { regionName } from '../../../lib/format/names.ts'
import { labelled } from '../../../lib/format/punctuation.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import type { Target } from '../../../schemas/targets.ts'
import { regionTargets, type RegionTarget } from '../lib/region-targets.ts'
import { historyTable, targetBullets } from '../lib/targets-table.ts'
import { TARGET_MESSAGES } from '../messages.ts'
import { TargetBullets, targetsTableHeight } from './target-bullets.tsx'
import { useTargetFiles } from './use-target-files.ts'

/**
 * 历年目标完成情况: the region's targets of the years before the view's, each read at its
 * year's end against the 1-12月 figure the data holds. Nothing when the region has none.
 */
export function TargetHistoryPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const s = useStrings(TARGET_MESSAGES)
  const { period, lang, region } = filters
  const pastYears = (targets: readonly Target[]) =>
    period
      ? [
          ...new Set(
            targets
              .filter((x) => x.region === region && x.year < periodYear(period))
              .map((x) => x.year),
          ),
        ].sort((a, b) => a - b)
      : []
  const files = useTargetFiles(filters.dataset, pastYears)
  const years = pastYears(files.targets)
  const status = panelStatus<{ rows: RegionTarget[] }>(files, period, t.missing, (table) => {
    const rows = years.flatMap((year) =>
      regionTargets(files.targets, table, region, makePeriod(year, 12)),
    )
    return rows.length > 0 ? { rows } : { empty: '' }
  })
  if (status.status === 'empty' || status.status === 'loading') return null
  const rows = status.status === 'ready' ? status.value.rows : []
  const bullets = targetBullets(rows, catalog, lang, s, true)
  const span = years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? '')
  const place = catalog.region.get(region)

  return (
    <ChartPanel
      meta={{
        title: labelled(s.history, `${place ? regionName(place, lang) : region} ${span}`, lang),
        unit: '%',
        period: span,
        sources: sourceLines(rows.flatMap((r) => r.sources)),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, ({ rows }) => ({
        table: historyTable(rows, catalog, lang, s),
        legend: [],
        chart: (
          <TargetBullets bullets={bullets} colors={colors} label={s.history} empty={s.noBars} />
        ),
      }))}
      lang={lang}
      colors={colors}
      height="content"
      tableHeight={targetsTableHeight(rows.length)}
      defaultView={bullets.length === 0 ? 'table' : 'chart'}
      // Nothing drawn, nothing to save as an image.
      png={bullets.length > 0}
      footnote={s.note(ABOUT_TOLERANCE_POINTS)}
    />
  )
}
