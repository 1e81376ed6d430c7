/**
 * The slides of presentation mode, laid out for a 1920×1080 canvas in rem (1rem = 16 design
 * pixels): body text and axis labels at least 24 px, nothing under 20 px, headline figures
 * large. Every slide is a fresh tree, so its timers and chart instances go with it.
 */
import { LazySeriesChart } from '../../components/chart/lazy-chart.tsx'
import type { ChartSeries } from '../../components/chart/series-chart.tsx'
import { lazyChart } from '../../components/chart/lazy-chart.tsx'
import { buildBriefing } from '../../features/briefing/lib/build-briefing.ts'
import { HIGHTECH_SERIES } from '../../features/hightech/lib/hightech-series.ts'
import { INVESTMENT_SERIES } from '../../features/investment/lib/investment-series.ts'
import { ScorecardMatrix } from '../../features/standing/components/scorecard-panel.tsx'
import { GROUP_TINTS, TileMap } from '../../features/standing/components/tile-map.tsx'
import { buildRanking } from '../../features/standing/lib/build-ranking.ts'
import { buildScorecard } from '../../features/standing/lib/build-scorecard.ts'
import {
  buildTileMap,
  legendLabels,
  MAP_COLORS,
  tileName,
} from '../../features/standing/lib/tile-map.ts'
import type { Catalog } from '../../domain/catalog.ts'
import { ARROWS, formatChange, formatValue, unitLabel } from '../../lib/format/number.ts'
import { directionOf, type Direction } from '../../domain/change.ts'
import type { PanelStrings } from '../../lib/i18n/panel-messages.ts'
import {
  effectiveIndicator,
  keyIndicator,
  STABILITY_HEADLINES,
} from '../../domain/key-indicators.ts'
import { buildKpi, type Kpi } from '../../domain/kpi.ts'
import { indicatorName, regionName } from '../../lib/format/names.ts'
import type { ObservationTable } from '../../domain/observation-table.ts'
import { type Measure } from '../../domain/period.ts'
import { type Lang } from '../../lib/i18n/lang.ts'
import { formatPeriod, formatPeriodSpan } from '../../lib/format/period.ts'
import type { ChartColors } from '../../lib/theme.ts'
import { buildTrend } from '../../features/trend/lib/build-trend.ts'
import { buildYearPanel } from '../../components/chart/year-series.ts'
import type { SlideView } from './deck.ts'

const RankingChart = lazyChart(() => import('../../features/standing/components/ranking-chart.tsx'))

export interface SlideProps {
  view: SlideView
  table: ObservationTable
  catalog: Catalog
  t: PanelStrings
  lang: Lang
  measure: Measure
  colors: ChartColors
  /** Canvas scale: design pixels → screen pixels, for the chart library's pixel sizes. */
  scale: number
}

const TONE: Record<Direction, string> = { up: 'text-up', down: 'text-down', flat: '' }

function kpiFor(props: SlideProps, ytd: string): Kpi | undefined {
  const key = keyIndicator(ytd)
  return key && props.view.period
    ? buildKpi(props.table, props.catalog, key, {
        region: props.view.region,
        period: props.view.period,
        measure: props.measure,
      })
    : undefined
}

/** A headline figure: name, value with arrow, change in 百分点, rank. */
function Figure({
  kpi,
  props,
  size = 'large',
}: {
  kpi: Kpi | undefined
  props: SlideProps
  size?: 'large' | 'medium'
}) {
  const { t, lang, catalog } = props
  if (!kpi) return null
  const o = kpi.observation
  const signed = kpi.indicator.kind === 'growth' || kpi.indicator.kind === 'contribution'
  const direction = o && signed ? directionOf(o.value) : null
  const value = o ? formatValue(o.value, o.decimals, kpi.indicator.unit, lang) : null
  const group = kpi.rank.group ? catalog.region.get(kpi.rank.group.code) : undefined
  const ranks = [
    kpi.rank.province && t.rankProvince(kpi.rank.province.rank),
    kpi.rank.group && group && t.rankGroup(regionName(group, lang, true), kpi.rank.group.rank),
  ].filter(Boolean)
  return (
    <div className="flex min-w-0 flex-col gap-[0.5rem] rounded-[1rem] bg-slate-800/70 bg-slate-100 dark:p-[1.5rem]">
      <p className="text-[1.5rem] leading-tight text-slate-700 dark:text-slate-200">
        {indicatorName(kpi.indicator, lang)}
      </p>
      {value ? (
        <p
          className={`flex items-baseline gap-[0.75rem] font-bold whitespace-nowrap tabular-nums ${size === 'large' ? 'text-[6rem] leading-none' : 'text-[3rem] leading-none'}`}
        >
          {direction && (
            <span
              aria-hidden="true"
              className={`${size === 'large' ? 'text-[3rem]' : 'text-[2rem]'} ${TONE[direction]}`}
            >
              {ARROWS[direction]}
            </span>
          )}
          <span className={direction ? TONE[direction] : ''}>{value.number}</span>
          <span
            className={`${size === 'large' ? 'text-[2.5rem]' : 'text-[1.5rem]'} font-normal text-slate-600 dark:text-slate-300`}
          >
            {value.unit}
          </span>
        </p>
      ) : (
        <p
          className={`${size === 'large' ? 'text-[4rem]' : 'text-[2.5rem]'} font-bold text-slate-500 dark:text-slate-400`}
        >
          {t.missing}
        </p>
      )}
      {kpi.change && (
        <p className={`text-[1.5rem] ${TONE[directionOf(kpi.change.value)]}`}>
          <span aria-hidden="true">{ARROWS[directionOf(kpi.change.value)]} </span>
          {t.comparedWith(formatPeriodSpan(kpi.change.period, lang))}
          {formatChange(kpi.change, lang)}
        </p>
      )}
      {o && ranks.length > 0 && (
        <p className="text-[1.5rem] text-slate-700 dark:text-slate-200">
          {ranks.join(lang === 'zh' ? '、' : ', ')}
        </p>
      )}
    </div>
  )
}

function Chart({
  props,
  series,
  rows,
  leftUnit,
  rightUnit,
  height,
}: {
  props: SlideProps
  series: ChartSeries[]
  rows: Record<string, string | number | null>[]
  leftUnit: string
  rightUnit?: string | undefined
  height: number
}) {
  return (
    <LazySeriesChart
      rows={rows}
      series={series}
      colors={props.colors}
      lang={props.lang}
      height={height * 16 * props.scale}
      leftUnit={leftUnit}
      {...(rightUnit ? { rightUnit } : {})}
      missing={props.t.missing}
      fontSize={24 * props.scale}
    />
  )
}

function Missing({ text }: { text: string }) {
  return (
    <p className="flex h-full items-center justify-center text-[2.5rem] text-slate-600 dark:text-slate-300">
      {text}
    </p>
  )
}

/** The headline of each stability for the province and the four region groups (and the city). */
function GroupsTable(props: SlideProps) {
  const { table, catalog, lang, t, view, measure } = props
  if (!view.period) return null
  const period = view.period
  const codes = ['guangdong', ...catalog.groups.map((g) => g.code)]
  if (!codes.includes(view.region)) codes.unshift(view.region)
  const columns = STABILITY_HEADLINES.map(({ indicator }) =>
    catalog.indicator.get(effectiveIndicator(indicator, measure).id)!,
  )
  return (
    <table className="w-full text-[1.5rem]">
      <thead>
        <tr className="border-b border-slate-400 text-left dark:border-slate-600">
          <th scope="col" className="py-[0.25rem] font-medium">
            {t.regionColumn}
          </th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className="py-[0.25rem] text-right font-medium">
              {indicatorName(c, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const region = catalog.region.get(code)!
          return (
            <tr
              key={code}
              className={`border-b border-slate-300 dark:border-slate-800 ${code === view.region ? 'font-bold' : ''}`}
            >
              <th scope="row" className="py-[0.25rem] text-left font-[inherit]">
                {regionName(region, lang)}
              </th>
              {columns.map((c) => {
                const o = table.get(code, period, c.id)
                const direction = o ? directionOf(o.value) : null
                return (
                  <td
                    key={c.id}
                    className={`py-[0.25rem] text-right tabular-nums ${direction ? TONE[direction] : 'text-slate-500 dark:text-slate-400'}`}
                  >
                    {o && direction
                      ? `${ARROWS[direction]} ${formatValue(o.value, o.decimals, c.unit, lang).text}`
                      : t.missing}
                  </td>
                )
              })}
            </tr>
          )
        })}
      </tbody>
    </table>
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
            <Figure kpi={kpiFor(props, indicator.ytd)} props={props} />
          </section>
        ))}
      </div>
      <div className="grid grid-cols-5 gap-[1.5rem]">
        {secondary.map((id) => (
          <Figure key={id} kpi={kpiFor(props, id)} props={props} size="medium" />
        ))}
      </div>
      <GroupsTable {...props} />
    </div>
  )
}

function IvaSlide(props: SlideProps) {
  const { view, table, catalog, lang, t, colors, measure } = props
  const trend = view.period
    ? buildTrend(
        table,
        catalog,
        { region: view.region, compare: [], period: view.period, measure },
        lang,
        t,
      )
    : null
  return (
    <div className="grid h-full grid-cols-[34rem_1fr] gap-[2rem]">
      <div className="flex flex-col gap-[1.5rem]">
        <Figure kpi={kpiFor(props, 'iva_above_scale_yoy_pct')} props={props} />
        <Figure kpi={kpiFor(props, 'iva_above_scale_100m_yuan')} props={props} size="medium" />
      </div>
      <figure className="flex min-w-0 flex-col gap-[0.5rem]">
        <figcaption className="text-[1.75rem]">
          {measure === 'month' ? t.trendTitleMonth : t.trendTitle}（%）
        </figcaption>
        {trend?.kind === 'ready' ? (
          <Chart
            props={props}
            rows={trend.data.rows}
            leftUnit="%"
            height={48}
            series={trend.series.map((s, i) => ({
              key: s.key,
              label: s.label,
              color: s.role === 'province' ? colors.province : (colors.series[i] ?? colors.muted),
              type: 'line',
              dashed: s.role === 'province',
              unit: '%',
            }))}
          />
        ) : (
          <Missing text={trend?.reason ?? t.missing} />
        )}
      </figure>
    </div>
  )
}

function YearSlide(
  props: SlideProps & {
    figures: string[]
    series: readonly {
      id: string
      type: 'line' | 'bar'
      axis: 'left' | 'right'
      dashed?: boolean
    }[]
    title: string
  },
) {
  const { view, table, catalog, lang, t, colors, figures, series, title } = props
  const result = view.period
    ? buildYearPanel(
        table,
        catalog,
        { region: view.region, period: view.period },
        series.map((s) => s.id),
        lang,
        t,
        title,
      )
    : null
  const unitOf = (axis: 'left' | 'right') => {
    const spec = series.find((s) => s.axis === axis)
    const indicator = spec ? catalog.indicator.get(spec.id) : undefined
    return indicator ? unitLabel(indicator.unit, lang) : undefined
  }
  return (
    <div className="grid h-full grid-cols-[34rem_1fr] gap-[2rem]">
      <div className="flex flex-col gap-[1rem]">
        {figures.map((id, i) => (
          <Figure
            key={id}
            kpi={kpiFor(props, id)}
            props={props}
            size={i === 0 ? 'large' : 'medium'}
          />
        ))}
      </div>
      <figure className="flex min-w-0 flex-col gap-[0.5rem]">
        <figcaption className="text-[1.75rem]">{title}</figcaption>
        {result?.kind === 'ready' ? (
          <Chart
            props={props}
            rows={result.data.rows}
            leftUnit={unitOf('left') ?? ''}
            rightUnit={unitOf('right')}
            height={48}
            series={series.map((s, i) => {
              const indicator = catalog.indicator.get(s.id)!
              return {
                key: s.id,
                label: indicatorName(indicator, lang),
                color: colors.series[i] ?? colors.muted,
                type: s.type,
                axis: s.axis,
                dashed: s.dashed ?? false,
                unit: unitLabel(indicator.unit, lang),
              }
            })}
          />
        ) : (
          <Missing text={result?.reason ?? t.missing} />
        )}
      </figure>
    </div>
  )
}

const TECH_SERIES = [
  { id: 'tech_transformation_investment_100m_yuan', type: 'bar', axis: 'left' },
  { id: 'tech_transformation_investment_yoy_pct', type: 'line', axis: 'right' },
  {
    id: 'tech_transformation_investment_share_of_industrial_investment_pct',
    type: 'line',
    axis: 'right',
    dashed: true,
  },
] as const

function RankingSlide(props: SlideProps) {
  const { view, table, catalog, lang, t, colors, scale } = props
  const indicator = catalog.indicator.get(view.indicator)
  if (!indicator || !view.period) return <Missing text={t.missing} />
  const ranking = buildRanking(table, catalog, indicator, view.period)
  if (ranking.published === 0)
    return (
      <Missing
        text={t.notInYear(
          t.province,
          formatPeriod(view.period, lang),
          indicatorName(indicator, lang),
        )}
      />
    )
  const text = (o: { value: number; decimals: number }) =>
    formatValue(o.value, o.decimals, indicator.unit, lang).text
  return (
    <figure className="flex h-full flex-col gap-[0.5rem]">
      <figcaption className="text-[1.75rem]">
        {indicatorName(indicator, lang)}（{unitLabel(indicator.unit, lang)}）·{' '}
        {t.publishedCities(ranking.published)}
      </figcaption>
      <RankingChart
        rows={ranking.rows.map((row) => ({
          label: `${row.rank ?? '—'} ${regionName(row.region, lang, true)}`,
          value: row.observation?.value ?? null,
          text: row.observation ? text(row.observation) : t.missing,
          selected: row.region.code === view.region,
        }))}
        province={
          ranking.province
            ? { value: ranking.province.value, label: t.provinceReference(text(ranking.province)) }
            : undefined
        }
        colors={colors}
        height={52 * 16 * scale}
        unit={unitLabel(indicator.unit, lang)}
        fontSize={24 * scale}
      />
    </figure>
  )
}

function MapSlide(props: SlideProps) {
  const { view, table, catalog, lang, t, colors } = props
  const indicator = catalog.indicator.get(view.indicator)
  if (!indicator || !view.period) return <Missing text={t.missing} />
  const ranking = buildRanking(table, catalog, indicator, view.period)
  const map = buildTileMap(ranking)
  const text = (o: { value: number; decimals: number }) =>
    formatValue(o.value, o.decimals, indicator.unit, lang).text
  const legend = legendLabels(ranking, map.classes, lang)
  const published = ranking.rows.filter((r) => r.rank !== undefined)
  return (
    <div className="grid h-full grid-cols-[1fr_30rem] gap-[2rem]">
      <div className="min-h-0">
        <TileMap
          tiles={map.tiles}
          ariaLabel={`${t.mapTitle}：${indicatorName(indicator, lang)}`}
          label={(tile) => {
            const city = catalog.region.get(tile.code)!
            const value = tile.observation ? text(tile.observation) : t.missing
            const name = tileName(regionName(city, lang, true))
            return {
              name,
              value,
              accessible: `${name} ${value}`,
            }
          }}
          groupOf={(code) => catalog.region.get(code)?.group ?? null}
          selected={view.region}
          dark={colors.background !== '#ffffff'}
          colors={colors}
          onSelect={() => undefined}
          onActive={() => undefined}
        />
      </div>
      <div className="flex flex-col gap-[1.25rem] text-[1.5rem]">
        <p className="text-[1.75rem] font-semibold">
          {indicatorName(indicator, lang)}（{unitLabel(indicator.unit, lang)}）
        </p>
        <ul className="flex flex-col gap-[0.5rem]">
          {map.classes.map((c, i) => (
            <li key={c.from} className="flex items-center gap-[0.75rem]">
              <span
                aria-hidden="true"
                className="inline-block h-[1.5rem] w-[2.5rem] rounded"
                style={{ background: MAP_COLORS[i] }}
              />
              {legend[i]}
            </li>
          ))}
          <li>{t.mapMissing}</li>
        </ul>
        <ul className="flex flex-wrap gap-x-[1.25rem] gap-y-[0.25rem] text-[1.25rem]">
          {catalog.groups.map((g) => (
            <li key={g.code} className="flex items-center gap-[0.5rem]">
              <span
                aria-hidden="true"
                className="inline-block h-[1.25rem] w-[1.25rem] rounded"
                style={{ background: GROUP_TINTS[g.code]?.dark }}
              />
              {regionName(g, lang, true)}
            </li>
          ))}
        </ul>
        <ol className="flex flex-col gap-[0.25rem]">
          {published.slice(0, 5).map((row) => (
            <li key={row.region.code} className="tabular-nums">
              {t.rankProvince(row.rank!)} {regionName(row.region, lang, true)}{' '}
              {row.observation ? text(row.observation) : ''}
            </li>
          ))}
        </ol>
        <p className="text-[1.25rem] text-slate-600 dark:text-slate-300">
          {t.publishedCities(ranking.published)}
        </p>
      </div>
    </div>
  )
}

function ScorecardSlide(props: SlideProps) {
  const { view, table, catalog, lang, t, colors, measure } = props
  if (!view.period) return <Missing text={t.missing} />
  const card = buildScorecard(table, catalog, view.period, measure, null)
  return (
    <div className="flex h-full flex-col gap-[0.5rem]">
      <div className="min-h-0 flex-1">
        <ScorecardMatrix card={card} lang={lang} t={t} colors={colors} fontSize={14} />
      </div>
      <p className="text-[1.25rem] text-slate-600 dark:text-slate-300">
        ▲ {t.statusAbove} · ● {t.statusWithin} · ▼ {t.statusBelow}
      </p>
    </div>
  )
}

function CitySlide(props: SlideProps) {
  const { view, table, catalog, lang, t } = props
  const briefing = view.period
    ? buildBriefing(table, catalog, { region: view.region, period: view.period }, lang, null)
    : null
  return (
    <div className="grid h-full grid-cols-[1fr_1fr] gap-[2rem]">
      <div className="grid grid-cols-2 content-start gap-[1.25rem]">
        {STABILITY_HEADLINES.map(({ indicator }) => (
          <Figure
            key={indicator.ytd}
            kpi={kpiFor(props, indicator.ytd)}
            props={props}
            size="medium"
          />
        ))}
      </div>
      <div className="flex flex-col gap-[1rem]">
        <h2 className="text-[2.25rem] font-bold">{t.briefingTitle}</h2>
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
  const { t } = props
  switch (props.view.type) {
    case 'overview':
      return <OverviewSlide {...props} />
    case 'iva':
      return <IvaSlide {...props} />
    case 'investment':
      return (
        <YearSlide
          {...props}
          title={t.investmentTitle}
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
          {...props}
          title={t.hightechTitle}
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
          {...props}
          title={t.slideTitles.tech}
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
