import { MIN_CHART_POINTS } from '../../domain/chart-data.ts'
import { LazySeriesChart } from '../../components/chart/lazy-chart.tsx'
import { PanelStatusView, type Empty } from '../../components/chart/panel-state.tsx'
import type { PanelStrings } from '../../components/chart/use-panel-context.ts'
import type { YearChart } from '../../components/chart/year-series.ts'
import type { Catalog } from '../../domain/catalog.ts'
import { keyIndicator } from '../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../domain/kpi.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import type { Measure } from '../../domain/period.ts'
import { KpiTile } from '../../features/kpi/index.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import type { Target } from '../../schemas/targets.ts'
import type { Observation } from '../../schemas/observations.ts'
import { indicatorName } from '../../lib/format/names.ts'
import { formatValue } from '../../lib/format/number.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import type { SlideView } from './deck.ts'

/** What every slide is drawn from: its view of the deck, the data, the strings and the canvas. */
export interface SlideProps {
  view: SlideView
  table: ObservationTable
  catalog: Catalog
  /** The dataset's targets (empty while they load or when it has none). */
  targets: readonly Target[]
  t: PanelStrings
  lang: Lang
  measure: Measure
  colors: ChartColors
  dark: boolean
  /** Canvas scale: design pixels → screen pixels, for the chart library's pixel sizes. */
  scale: number
}

/** Whether the slide's region has a figure of the key indicator `id` for the slide's period. */
type TileProps = Pick<SlideProps, 'table' | 'catalog' | 'view' | 'measure'>

export function hasTile({ table, catalog, view, measure }: TileProps, id: string): boolean {
  const key = keyIndicator(id)
  return (
    !!key &&
    !!view.period &&
    !!buildKpi(table, catalog, key, { region: view.region, period: view.period, measure })
      ?.observation
  )
}

/**
 * One line naming the figures the slide would show but are not published for its period, as
 * the tiles do (a slide lays out what it has, and says what it has not).
 */
export function NotPublished({ props, ids }: { props: SlideProps; ids: readonly string[] }) {
  const text = notPublishedText(props, ids, props.lang)
  return text && <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">{text}</p>
}

/** 2024年1-8月未公布：… — the slide's figures without a tile; null when all have one. */
export function notPublishedText(
  props: TileProps,
  ids: readonly string[],
  lang: Lang,
): string | null {
  const { catalog, view } = props
  const names = ids.flatMap((id) => {
    const indicator = catalog.indicator.get(id)
    return indicator && !hasTile(props, id) ? [indicatorName(indicator, lang)] : []
  })
  if (names.length === 0 || !view.period) return null
  return PRESENTATION_MESSAGES[lang].notPublished(formatPeriod(view.period, lang), names)
}

/**
 * A few figures as large type, each with its name and full period (a chart of one or two says
 * less); one of an earlier period than the slide's is marked 非本期数据, as a slide's title is.
 */
function LargeFigures({ props, observations }: { props: SlideProps; observations: Observation[] }) {
  const { catalog, lang, view } = props
  return (
    <ul className="flex flex-col gap-[2rem]">
      {observations.map((o) => {
        const indicator = catalog.indicator.get(o.indicator)
        if (!indicator) return null
        const value = formatValue(o.value, o.decimals, indicator.unit, lang)
        return (
          <li key={`${o.indicator}|${o.period}`}>
            <p className="flex flex-wrap items-baseline gap-x-[1rem] text-[2rem]">
              <span>
                {indicatorName(indicator, lang)} · {formatPeriod(o.period, lang)}
              </span>
              {o.period !== view.period && (
                <span className="rounded-[0.5rem] border-[0.2rem] border-amber-500 px-[0.5rem] text-amber-800 dark:text-amber-200">
                  {PRESENTATION_MESSAGES[lang].olderMark}
                </span>
              )}
            </p>
            <p className="text-[5rem] leading-tight font-bold tabular-nums">
              {value.number}
              <span className="ml-[0.75rem] text-[2.5rem] font-normal">{value.unit}</span>
            </p>
          </li>
        )
      })}
    </ul>
  )
}

/** A headline figure of the slide's region and period, drawn by the KPI feature's own tile. */
export function Tile({
  props,
  id,
  size,
  note,
}: {
  props: SlideProps
  id: string
  size: 'slide' | 'slide-small'
  note?: (kpi: Kpi) => string | undefined
}) {
  const { table, catalog, view, measure, lang, t } = props
  const key = keyIndicator(id)
  const kpi =
    key && view.period
      ? buildKpi(table, catalog, key, { region: view.region, period: view.period, measure })
      : undefined
  // A figure not published is left off the wall, not shown as 暂无数据.
  if (!kpi?.observation) return null
  return (
    <KpiTile
      kpi={kpi}
      selectedMeasure={measure}
      lang={lang}
      t={t}
      groupOf={(code) => catalog.region.get(code)}
      size={size}
      note={note?.(kpi)}
    />
  )
}

/** A chart of the slide with its caption, or why there is none. */
export function SlideChart({
  props,
  title,
  chart,
  tiles = [],
}: {
  props: SlideProps
  title: string
  chart: (Omit<YearChart, 'rightUnit'> & { rightUnit?: string | undefined }) | Empty | null
  /** The indicators the slide shows as tiles, for its period: not shown again as figures. */
  tiles?: readonly string[]
}) {
  const { colors, lang, t, scale, view } = props
  const few =
    chart && 'data' in chart && chart.data.observations.length < MIN_CHART_POINTS
      ? chart.data.observations.filter(
          (o) => !(o.period === view.period && tiles.includes(o.indicator)),
        )
      : null
  // Figures the tiles beside already show: nothing more to say here, not even a caption.
  if (few?.length === 0) return null
  return (
    <figure className="flex min-w-0 flex-col gap-[0.5rem]">
      <figcaption className="text-[1.75rem]">{title}</figcaption>
      {chart && 'data' in chart && chart.data.observations.length >= MIN_CHART_POINTS ? (
        <LazySeriesChart
          rows={chart.data.rows}
          series={chart.series}
          colors={colors}
          lang={lang}
          height={48 * 16 * scale}
          leftUnit={chart.leftUnit}
          {...(chart.rightUnit ? { rightUnit: chart.rightUnit } : {})}
          missing={t.missing}
          fontSize={24 * scale}
        />
      ) : chart && 'data' in chart ? (
        // Fewer than three figures: a near-empty chart on a wall says less than the figures.
        <LargeFigures props={props} observations={few ?? []} />
      ) : (
        <div className="h-[48rem]">
          <PanelStatusView
            status={{ status: 'empty', reason: chart?.empty ?? t.missing }}
            loading={t.loading}
            size="slide"
          />
        </div>
      )}
    </figure>
  )
}
