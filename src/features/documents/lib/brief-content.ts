/**
 * The 通报's content — the same for the printed brief (view=brief) and the .docx: the briefing
 * text, the key figures, the value-added and investment charts, the region's targets and, for
 * the province, where the cities stand. Built from the features' own derivations (briefing,
 * KPIs, trend, year chart, targets, ranking); nothing here words a figure of its own.
 */
import type { Empty } from '../../../components/chart/panel-state.tsx'
import { CHART_MESSAGES } from '../../../components/chart/messages.ts'
import { buildYearChart, type YearChart } from '../../../components/chart/year-series.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { sourcesOf, type PanelTable } from '../../../domain/chart-data.ts'
import { ALL_KEY_INDICATORS } from '../../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../../domain/kpi.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Period } from '../../../domain/period.ts'
import { changeSince } from '../../../lib/format/change.ts'
import { indicatorName } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { formatPeriodSpan } from '../../../lib/format/period.ts'
import { standingSources, standingText } from '../../../lib/format/rank.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import type { Target } from '../../../schemas/targets.ts'
import { buildBriefing, type Briefing } from '../../briefing/index.ts'
import { buildRanking, type Ranking } from '../../standing/index.ts'
import { regionTargets, statusOf, type RegionTarget } from '../../targets/index.ts'
import { buildTrend, type Trend } from '../../trend/index.ts'

export const INVESTMENT_GROWTH = [
  { id: 'industrial_investment_yoy_pct', type: 'line', axis: 'left' },
  { id: 'tech_transformation_investment_yoy_pct', type: 'line', axis: 'left' },
] as const

/** The indicator the cities are ranked by in the 通报: the headline, 规上工业增加值累计增速. */
export const CITY_INDICATOR = 'iva_above_scale_yoy_pct'

export interface BriefContentInput {
  table: ObservationTable
  catalog: Catalog
  targets: readonly Target[]
  region: string
  compare: string[]
  period: Period
  lang: Lang
  colors: ChartColors
  /** The demo's label (演示数据…), null for the official figures. */
  syntheticLabel: string | null
}

export interface BriefContent {
  kpis: Kpi[]
  published: Kpi[]
  unpublished: Kpi[]
  briefing: Briefing
  trend: Trend | Empty
  investment: YearChart | Empty
  targets: RegionTarget[]
  /** For the province: the cities by the headline indicator, as far as they are published. */
  ranking: Ranking | null
  /** For the province: the cities whose headline target is not met at the period. */
  citiesBelowTarget: RegionTarget[]
  /** Every source of every figure the content shows, in order of first use. */
  sources: string[]
}

export function buildBriefContent(input: BriefContentInput): BriefContent {
  const { table, catalog, region, period, lang, colors } = input
  const chartStrings = CHART_MESSAGES[lang]
  const kpis = ALL_KEY_INDICATORS.flatMap((key) => {
    const kpi = buildKpi(table, catalog, key, { region, period, measure: 'ytd' })
    return kpi ? [kpi] : []
  })
  const published = kpis.filter((k) => k.observation)
  const briefing = buildBriefing(
    table,
    catalog,
    { region, period },
    lang,
    input.syntheticLabel,
    input.targets,
  )
  const trend = buildTrend(
    table,
    catalog,
    { region, compare: input.compare, period, measure: 'ytd' },
    lang,
    colors,
    chartStrings,
  )
  const investment = buildYearChart(
    table,
    catalog,
    { region, period },
    INVESTMENT_GROWTH,
    lang,
    colors,
    chartStrings,
    INVESTMENT_GROWTH_TITLE[lang],
  )
  const targets = regionTargets(input.targets, table, region, period)
  const indicator = catalog.indicator.get(CITY_INDICATOR)
  const province = catalog.region.get(region)?.type === 'province'
  const ranking = province && indicator ? buildRanking(table, catalog, indicator, period) : null
  const citiesBelowTarget = province
    ? catalog.cities.flatMap((city) =>
        regionTargets(input.targets, table, city.code, period, CITY_INDICATOR).filter(
          (t) => statusOf(t.reading) === 'not-met',
        ),
      )
    : []
  const shown = [
    ...published.map((k) => k.observation!),
    ...('data' in trend ? trend.data.observations : []),
    ...('data' in investment ? investment.data.observations : []),
    ...(ranking ? ranking.rows.map((r) => r.observation) : []),
  ]
  const sources = [
    ...new Set([
      ...briefing.sources,
      ...sourcesOf(shown),
      ...published.flatMap((k) => standingSources(k.standing)),
      ...targets.flatMap((t) => t.sources),
      ...citiesBelowTarget.flatMap((t) => t.sources),
    ]),
  ]
  return {
    kpis,
    published,
    unpublished: kpis.filter((k) => !k.observation),
    briefing,
    trend,
    investment,
    targets,
    ranking: ranking && ranking.published > 0 ? ranking : null,
    citiesBelowTarget,
    sources,
  }
}

export const INVESTMENT_GROWTH_TITLE: Record<Lang, string> = {
  zh: '工业投资与技改投资增速',
  en: 'Industrial and technical-transformation investment growth',
}

/**
 * The key figures as a table: each published figure with its change and its standing (a column
 * left out when no figure has one) — the brief's table, the .docx's and the slides'.
 */
export function keyFiguresTable(published: Kpi[], catalog: Catalog, lang: Lang): PanelTable {
  const t = {
    ...CHART_MESSAGES[lang],
    changeColumn: lang === 'zh' ? '比上期' : 'Change',
    rankColumn: lang === 'zh' ? '位次' : 'Rank',
  }
  const rankOf = (kpi: Kpi) => standingText(kpi.standing, lang, (code) => catalog.region.get(code))
  const withChange = published.some((k) => k.change)
  const withRank = published.some((k) => rankOf(k))
  return {
    rowHeader: t.indicatorColumn,
    columns: [
      t.valueColumn,
      ...(withChange ? [t.changeColumn] : []),
      ...(withRank ? [t.rankColumn] : []),
    ],
    wordColumns: [...(withChange ? [1] : []), ...(withRank ? [withChange ? 2 : 1] : [])],
    rows: published.map((kpi) => ({
      header: indicatorName(kpi.indicator, lang),
      cells: [
        {
          text: formatValue(
            kpi.observation!.value,
            kpi.observation!.decimals,
            kpi.indicator.unit,
            lang,
          ).text,
        },
        ...(withChange
          ? [
              kpi.change
                ? { text: changeSince(kpi.change, formatPeriodSpan(kpi.change.period, lang), lang) }
                : { text: '' },
            ]
          : []),
        ...(withRank ? [{ text: rankOf(kpi) ?? '' }] : []),
      ],
    })),
  }
}
