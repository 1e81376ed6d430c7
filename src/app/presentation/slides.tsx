/**
 * The slides of presentation mode: compositions of the features' own pieces (KPI tiles, charts,
 * the map and its legend, the ranking bars, the scorecard matrix, the briefing) at the size of a
 * 1920×1080 canvas in rem (1rem = 16 design pixels). Every slide is a fresh tree, so its timers
 * and chart instances go with it.
 */
import { buildYearChart, type YearSeriesSpec } from '../../components/chart/year-series.ts'
import { STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import { HIGHTECH_MESSAGES, HIGHTECH_SERIES } from '../../features/hightech/index.ts'
import {
  INVESTMENT_MESSAGES,
  INVESTMENT_SERIES,
  TECH_SERIES,
} from '../../features/investment/index.ts'
import { buildTrend, TREND_MESSAGES } from '../../features/trend/index.ts'
import { GroupsTable } from './groups-table.tsx'
import { MapSlide, RankingSlide, ScorecardSlide } from './standing-slides.tsx'
import { TargetsSlide } from './targets-slide.tsx'
import { CitySlide } from './city-slide.tsx'
import { AttentionSlideView } from './attention-slide.tsx'
import { CommendedSlide } from './commended-slide.tsx'
import { ReleasesSlideView } from './releases-slide.tsx'
import { hasTile, NotPublished, SlideChart, Tile, type SlideProps } from './slide-parts.tsx'
import type { Stability } from '../../schemas/indicators.ts'
import { periodYear } from '../../domain/period.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import { withParens } from '../../lib/format/punctuation.ts'
import { stabilityNames } from '../../lib/i18n/messages.ts'

/** Each stability's figure on the overview, under its own heading: the headline, else the next. */
const OVERVIEW: Record<Exclude<Stability, 'context'>, string[]> = {
  growth: ['iva_above_scale_yoy_pct', 'iva_above_scale_100m_yuan'],
  investment: ['industrial_investment_yoy_pct', 'industrial_investment_100m_yuan'],
  hightech: ['hightech_mfg_va_yoy_pct', 'hightech_mfg_va_share_pct'],
  tech: ['tech_transformation_investment_yoy_pct', 'tech_transformation_investment_100m_yuan'],
}

/**
 * The stabilities side by side, each with its figure for the period (a stability with none
 * is left out, heading and all, and named on the line of what is not published), then the
 * province and groups table; the levels (亿元) and shares are on each stability's own slide.
 */
function OverviewSlide(props: SlideProps) {
  const names = stabilityNames(props.t)
  // One figure a stability: its headline, else the first of its others that is published.
  const shown = STABILITY_HEADLINES.map(({ stability }) => ({
    stability,
    ids: OVERVIEW[stability].filter((id) => hasTile(props, id)).slice(0, 1),
  })).filter((s) => s.ids.length > 0)
  const missing = STABILITY_HEADLINES.map((h) => h.indicator.ytd).filter(
    (id) => !shown.some((s) => s.ids.includes(id)),
  )
  return (
    <div className="flex h-full flex-col gap-[1.5rem]">
      <div
        className={`grid gap-[1.5rem] ${COLUMNS[shown.length] ?? 'grid-cols-4'} @max-3xl:grid-cols-1`}
      >
        {shown.map(({ stability, ids }) => (
          <section
            key={stability}
            aria-label={names[stability]}
            className="flex flex-col gap-[1rem]"
          >
            <h2 className="text-[2.25rem] font-bold">{names[stability]}</h2>
            {ids.map((id) => (
              <Tile key={id} props={props} id={id} size="slide" />
            ))}
          </section>
        ))}
      </div>
      <NotPublished props={props} ids={missing} />
      <GroupsTable {...props} />
    </div>
  )
}

/** As many columns as stabilities shown, so that one or two take the width they need. */
const COLUMNS: Record<number, string> = {
  1: 'grid-cols-[minmax(0,40rem)]',
  2: 'grid-cols-[repeat(2,minmax(0,40rem))]',
  3: 'grid-cols-3',
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
    <div className="grid h-full grid-cols-[34rem_1fr] gap-[2rem] @max-3xl:grid-cols-1">
      <div className="flex flex-col gap-[1.5rem]">
        <Tile props={props} id="iva_above_scale_yoy_pct" size="slide" />
        <Tile props={props} id="iva_above_scale_100m_yuan" size="slide-small" />
        <NotPublished
          props={props}
          ids={['iva_above_scale_yoy_pct', 'iva_above_scale_100m_yuan']}
        />
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
    <div className="grid h-full grid-cols-[34rem_1fr] gap-[2rem] @max-3xl:grid-cols-1">
      <div className="flex flex-col gap-[1rem]">
        {figures.map((id, i) => (
          <Tile key={id} props={props} id={id} size={i === 0 ? 'slide' : 'slide-small'} />
        ))}
        <NotPublished props={props} ids={figures} />
      </div>
      <SlideChart
        props={props}
        title={view.period ? `${title} · ${yearLabel(periodYear(view.period), lang)}` : title}
        chart={chart}
        tiles={figures.filter((id) => hasTile(props, id))}
      />
    </div>
  )
}

/** "2025年" / "2025": the year a year chart's periods (1-2月 … 1-12月) are of. */
const yearLabel = (year: number, lang: Lang) => (lang === 'zh' ? `${year}年` : String(year))

export function SlideContent(props: SlideProps) {
  const { lang } = props
  switch (props.view.type) {
    case 'overview':
      return <OverviewSlide {...props} />
    case 'targets':
      return <TargetsSlide {...props} />
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
    case 'attention':
      return <AttentionSlideView {...props} />
    case 'commended':
      return <CommendedSlide {...props} />
    case 'releases':
      return <ReleasesSlideView {...props} />
  }
}
