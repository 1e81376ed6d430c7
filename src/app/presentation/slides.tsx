import { withParens } from '../../lib/format/punctuation.ts'
/**
 * The slides of presentation mode: compositions of the features' own pieces (KPI tiles, charts,
 * the map and its legend, the ranking bars, the scorecard matrix, the briefing) at the size of a
 * 1920×1080 canvas in rem (1rem = 16 design pixels). Every slide is a fresh tree, so its timers
 * and chart instances go with it.
 */
import { LazySeriesChart } from '../../components/chart/lazy-chart.tsx'
import { PanelStatusView, type Empty } from '../../components/chart/panel-state.tsx'
import type { PanelStrings } from '../../components/chart/use-panel-context.ts'
import {
  buildYearChart,
  type YearChart,
  type YearSeriesSpec,
} from '../../components/chart/year-series.ts'
import type { Catalog } from '../../domain/catalog.ts'
import { keyIndicator, STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../domain/kpi.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import type { Measure } from '../../domain/period.ts'
import { BRIEFING_MESSAGES, buildBriefing } from '../../features/briefing/index.ts'
import { HIGHTECH_MESSAGES, HIGHTECH_SERIES } from '../../features/hightech/index.ts'
import {
  INVESTMENT_MESSAGES,
  INVESTMENT_SERIES,
  TECH_SERIES,
} from '../../features/investment/index.ts'
import { KpiTile } from '../../features/kpi/index.ts'
import {
  comparisonText,
  compareWithProvince,
  STANDING_MESSAGES,
} from '../../features/standing/index.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { buildTrend, TREND_MESSAGES } from '../../features/trend/index.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { ChartColors } from '../../lib/theme.ts'
import type { SlideView } from './deck.ts'
import { GroupsTable } from './groups-table.tsx'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { MapSlide, RankingSlide, ScorecardSlide } from './standing-slides.tsx'

export interface SlideProps {
  view: SlideView
  table: ObservationTable
  catalog: Catalog
  t: PanelStrings
  lang: Lang
  measure: Measure
  colors: ChartColors
  dark: boolean
  /** Canvas scale: design pixels → screen pixels, for the chart library's pixel sizes. */
  scale: number
}

/** A headline figure of the slide's region and period, drawn by the KPI feature's own tile. */
function Tile({
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
  if (!kpi) return null
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
}: {
  props: SlideProps
  title: string
  chart: (Omit<YearChart, 'rightUnit'> & { rightUnit?: string | undefined }) | Empty | null
}) {
  const { colors, lang, t, scale } = props
  return (
    <figure className="flex min-w-0 flex-col gap-[0.5rem]">
      <figcaption className="text-[1.75rem]">{title}</figcaption>
      {chart && 'data' in chart ? (
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

function OverviewSlide(props: SlideProps) {
  const secondary = [
    'iva_above_scale_100m_yuan',
    'industrial_investment_100m_yuan',
    'hightech_mfg_va_share_pct',
    'tech_transformation_investment_100m_yuan',
    'tech_transformation_investment_share_of_industrial_investment_pct',
  ]
  const names = {
    growth: props.t.stabilityGrowth,
    investment: props.t.stabilityInvestment,
    hightech: props.t.stabilityHightech,
    tech: props.t.stabilityTech,
  }
  return (
    <div className="flex h-full flex-col gap-[1.5rem]">
      <div className="grid grid-cols-4 gap-[1.5rem]">
        {STABILITY_HEADLINES.map(({ stability, indicator }) => (
          <section
            key={stability}
            aria-label={names[stability]}
            className="flex flex-col gap-[0.5rem]"
          >
            <h2 className="text-[2.25rem] font-bold">{names[stability]}</h2>
            <Tile props={props} id={indicator.ytd} size="slide" />
          </section>
        ))}
      </div>
      <div className="grid grid-cols-5 gap-[1.5rem]">
        {secondary.map((id) => (
          <Tile key={id} props={props} id={id} size="slide-small" />
        ))}
      </div>
      <GroupsTable {...props} />
    </div>
  )
}

function IvaSlide(props: SlideProps) {
  const { view, table, catalog, lang, colors, measure, t } = props
  const titles = TREND_MESSAGES[lang]
  const trend = view.period
    ? buildTrend(
        table,
        catalog,
        { region: view.region, compare: [], period: view.period, measure },
        lang,
        colors,
        t,
      )
    : null
  return (
    <div className="grid h-full grid-cols-[34rem_1fr] gap-[2rem]">
      <div className="flex flex-col gap-[1.5rem]">
        <Tile props={props} id="iva_above_scale_yoy_pct" size="slide" />
        <Tile props={props} id="iva_above_scale_100m_yuan" size="slide-small" />
      </div>
      <SlideChart
        props={props}
        title={withParens(measure === 'month' ? titles.titleMonth : titles.title, '%', lang)}
        chart={trend && 'data' in trend ? { ...trend, leftUnit: '%' } : trend}
      />
    </div>
  )
}

function YearSlide({
  props,
  figures,
  series,
  title,
}: {
  props: SlideProps
  figures: string[]
  series: readonly YearSeriesSpec[]
  title: string
}) {
  const { view, table, catalog, lang, t, colors } = props
  const chart = view.period
    ? buildYearChart(
        table,
        catalog,
        { region: view.region, period: view.period },
        series,
        lang,
        colors,
        t,
        title,
      )
    : null
  return (
    <div className="grid h-full grid-cols-[34rem_1fr] gap-[2rem]">
      <div className="flex flex-col gap-[1rem]">
        {figures.map((id, i) => (
          <Tile key={id} props={props} id={id} size={i === 0 ? 'slide' : 'slide-small'} />
        ))}
      </div>
      <SlideChart props={props} title={title} chart={chart} />
    </div>
  )
}

function CitySlide(props: SlideProps) {
  const { view, table, catalog, lang, t } = props
  const briefing = view.period
    ? buildBriefing(table, catalog, { region: view.region, period: view.period }, lang, null)
    : null
  const s = STANDING_MESSAGES[lang]
  // Against the province: the gap in 百分点 for the same figure and period.
  const gap = (kpi: Kpi) => {
    const province = table.get('guangdong', kpi.period, kpi.indicator.id)
    const comparison =
      kpi.observation && kpi.indicator.kind === 'growth'
        ? compareWithProvince(kpi.observation, province)
        : undefined
    return comparison ? comparisonText(comparison, lang, s) : undefined
  }
  return (
    <div className="grid h-full grid-cols-[1fr_1fr] gap-[2rem]">
      <div className="flex flex-col gap-[1rem]">
        <div className="grid grid-cols-2 content-start gap-[1.25rem]">
          {STABILITY_HEADLINES.map(({ indicator }) => (
            <Tile
              key={indicator.ytd}
              props={props}
              id={indicator.ytd}
              size="slide-small"
              note={gap}
            />
          ))}
        </div>
        {view.deckPeriod && view.period && (
          <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">
            {PRESENTATION_MESSAGES[lang].cityPeriod(
              formatPeriod(view.deckPeriod, lang),
              formatPeriod(view.period, lang),
            )}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-[1rem]">
        <h2 className="text-[2.25rem] font-bold">{BRIEFING_MESSAGES[lang].title}</h2>
        {briefing && briefing.sentences.length > 0 ? (
          <p className="text-[2rem] leading-relaxed">{briefing.text}</p>
        ) : (
          <p className="text-[1.75rem] text-slate-600 dark:text-slate-300">{t.missing}</p>
        )}
      </div>
    </div>
  )
}

export function SlideContent(props: SlideProps) {
  const { lang } = props
  switch (props.view.type) {
    case 'overview':
      return <OverviewSlide {...props} />
    case 'iva':
      return <IvaSlide {...props} />
    case 'investment':
      return (
        <YearSlide
          props={props}
          title={INVESTMENT_MESSAGES[lang].title}
          figures={[
            'industrial_investment_yoy_pct',
            'industrial_investment_100m_yuan',
            'tech_transformation_investment_yoy_pct',
          ]}
          series={INVESTMENT_SERIES}
        />
      )
    case 'hightech':
      return (
        <YearSlide
          props={props}
          title={HIGHTECH_MESSAGES[lang].title}
          figures={[
            'hightech_mfg_va_yoy_pct',
            'hightech_mfg_va_share_pct',
            'advanced_mfg_va_share_pct',
          ]}
          series={HIGHTECH_SERIES}
        />
      )
    case 'tech':
      return (
        <YearSlide
          props={props}
          title={INVESTMENT_MESSAGES[lang].techTitle}
          figures={[
            'tech_transformation_investment_yoy_pct',
            'tech_transformation_investment_100m_yuan',
            'tech_transformation_investment_share_of_industrial_investment_pct',
          ]}
          series={TECH_SERIES}
        />
      )
    case 'ranking':
      return <RankingSlide {...props} />
    case 'map':
      return <MapSlide {...props} />
    case 'scorecard':
      return <ScorecardSlide {...props} />
    case 'city':
      return <CitySlide {...props} />
  }
}
