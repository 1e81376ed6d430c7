import { ChartPanel } from '../../../components/chart/chart-panel.tsx'
import { mapStatus, panelStatus } from '../../../components/chart/panel-state.tsx'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { periodYear } from '../../../domain/period.ts'
import { ABOUT_TOLERANCE_POINTS } from '../../../domain/target-arithmetic.ts'
import { regionName } from '../../../lib/format/names.ts'
import { labelled } from '../../../lib/format/punctuation.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { panelTargets, type PanelTargets } from '../lib/panel-targets.ts'
import { targetBullets, targetsTable } from '../lib/targets-table.ts'
import { TARGET_MESSAGES } from '../messages.ts'
import { TargetBullets, targetsTableHeight } from './target-bullets.tsx'
import { useTargetFiles } from './use-target-files.ts'

/**
 * 目标完成情况: every target of the region for the year of the view, read against the figures
 * published up to the view's period, then each compared region's (in the bars too, #29), beside
 * the same indicators' targets of the other regions. A view without a target for the year shows
 * nothing about targets.
 */
export function TargetsPanel() {
  const { filters, catalog, t, colors, datasetLabel, synthetic, sourceLines } = usePanelContext()
  const s = useStrings(TARGET_MESSAGES)
  const { period, lang } = filters
  const files = useTargetFiles(filters.dataset, () => (period ? [periodYear(period)] : []))
  const status = panelStatus<PanelTargets>(
    files,
    period,
    t.missing,
    (table, period) =>
      panelTargets(files.targets, table, filters.region, filters.compare, period) ?? { empty: '' },
  )
  // Nothing about targets where there is none (nor while it is not known whether there is one).
  if (status.status === 'empty' || status.status === 'loading') return null
  const ready = status.status === 'ready' ? status.value : null
  // The compared regions' bars under the region's, each named and in its colour (#29).
  const regions = [filters.region, ...filters.compare]
  const bullets = ready
    ? targetBullets([...ready.own, ...ready.compared], catalog, lang, s, false, regions)
    : []
  const names = regions.flatMap((code) => {
    const region = catalog.region.get(code)
    return region ? [regionName(region, lang)] : []
  })

  return (
    <ChartPanel
      meta={{
        title: labelled(
          s.title,
          `${names.join(lang === 'zh' ? '、' : ', ')} ${period ? periodYear(period) : ''}`,
          lang,
        ),
        unit: '%',
        period: period ? String(periodYear(period)) : '—',
        sources: sourceLines(
          ready ? [...ready.own, ...ready.compared, ...ready.others].flatMap((r) => r.sources) : [],
        ),
        dataset: datasetLabel,
        synthetic,
      }}
      state={mapStatus(status, ({ own, compared, others }) => ({
        table: targetsTable([...own, ...compared, ...others], catalog, lang, s),
        legend: [],
        chart: <TargetBullets bullets={bullets} colors={colors} label={s.title} empty={s.noBars} />,
      }))}
      lang={lang}
      colors={colors}
      height="content"
      tableHeight={targetsTableHeight(
        ready ? ready.own.length + ready.compared.length + ready.others.length : 0,
      )}
      defaultView={bullets.length === 0 ? 'table' : 'chart'}
      // Nothing drawn, nothing to save as an image.
      png={bullets.length > 0}
      footnote={s.note(ABOUT_TOLERANCE_POINTS)}
    />
  )
}
