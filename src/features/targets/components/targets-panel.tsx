import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { periodYear } from '../../../domain/period.ts'
import { groupTargets } from '../../../domain/targets.ts'
import { ABOUT_TOLERANCE_POINTS } from '../../../domain/target-arithmetic.ts'
import { regionName } from '../../../lib/format/names.ts'
import { labelled } from '../../../lib/format/punctuation.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { regionTargets, type RegionTarget } from '../lib/region-targets.ts'
import { targetBullets, targetsTable } from '../lib/targets-table.ts'
import { TARGET_MESSAGES } from '../messages.ts'
import { TargetBullets, targetsPanelHeights } from './target-bullets.tsx'
import { useTargetFiles } from './use-target-files.ts'

/**
 * 目标完成情况: every target of the region for the year of the view, read against the figures
 * published up to the view's period, beside the same indicators' targets of the other regions.
 * A region without a target for the year shows nothing about targets.
 */
export function TargetsPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const s = useStrings(TARGET_MESSAGES)
  const { period, lang } = filters
  const files = useTargetFiles(filters.dataset, () => (period ? [periodYear(period)] : []))
  const status = panelStatus<{ own: RegionTarget[]; others: RegionTarget[] }>(
    files,
    period,
    t.missing,
    (table, period) => {
      const all = files.targets
      const own = regionTargets(all, table, filters.region, period)
      const indicators = new Set(own.map((r) => r.indicator))
      const others = groupTargets(all, { year: periodYear(period) })
        .filter((g) => g.region !== filters.region && indicators.has(g.indicator))
        .flatMap((g) => regionTargets(all, table, g.region, period, g.indicator))
      return own.length > 0 ? { own, others } : { empty: '' }
    },
  )
  // Nothing about targets where there is none (nor while it is not known whether there is one).
  if (status.status === 'empty' || status.status === 'loading') return null
  const ready = status.status === 'ready' ? status.value : null
  const bullets = ready ? targetBullets(ready.own, catalog, lang, s) : []
  const heights = targetsPanelHeights(
    bullets.length,
    ready ? ready.own.length + ready.others.length : 0,
  )
  const region = catalog.region.get(filters.region)

  return (
    <ChartPanel
      meta={{
        title: labelled(
          s.title,
          `${region ? regionName(region, lang) : filters.region} ${period ? periodYear(period) : ''}`,
          lang,
        ),
        unit: '%',
        period: period ? String(periodYear(period)) : '—',
        sources: sourceLines(
          ready ? [...ready.own, ...ready.others].flatMap((r) => r.sources) : [],
        ),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, ({ own, others }) => ({
        table: targetsTable([...own, ...others], catalog, lang, s),
        legend: [],
        chart: <TargetBullets bullets={bullets} colors={colors} label={s.title} empty={s.noBars} />,
      }))}
      lang={lang}
      colors={colors}
      {...heights}
      defaultView={bullets.length === 0 ? 'table' : 'chart'}
      // Nothing drawn, nothing to save as an image.
      png={bullets.length > 0}
      footnote={s.note(ABOUT_TOLERANCE_POINTS)}
    />
  )
}
