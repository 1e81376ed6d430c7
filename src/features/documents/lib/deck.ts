/**
 * The 调度会 deck as blocks: one slide per slide of the deck being shown (the presentation's
 * SlideView list), each built from the same derivations as the browser deck. SLIDE_BUILDERS is
 * keyed by every slide type, so a new type without a builder fails the typecheck.
 */
import { CHART_MESSAGES } from '../../../components/chart/messages.ts'
import { sourceLines } from '../../../components/chart/use-panel-context.ts'
import { buildYearChart, type YearSeriesSpec } from '../../../components/chart/year-series.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { sourcesOf } from '../../../domain/chart-data.ts'
import { ALL_KEY_INDICATORS } from '../../../domain/key-indicators.ts'
import { buildKpi } from '../../../domain/kpi.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import type { Period } from '../../../domain/period.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { withParens } from '../../../lib/format/punctuation.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import type { SlideType } from '../../../schemas/slide-types.ts'
import type { Target } from '../../../schemas/targets.ts'
import { ATTENTION_MESSAGES, moreText, slideRoom } from '../../attention/index.ts'
import { buildBriefing, type BriefingSentence } from '../../briefing/index.ts'
import {
  buildCommended,
  COMMENDED_CITIES,
  COMMENDED_MESSAGES,
  commendedSeries,
} from '../../commended/index.ts'
import { HIGHTECH_SERIES } from '../../hightech/index.ts'
import { RELEASE_MESSAGES, releaseSlideText, type ReleaseNews } from '../../releases/index.ts'
import { INVESTMENT_SERIES, TECH_SERIES } from '../../investment/index.ts'
import {
  buildRanking,
  buildScorecard,
  comparisonText,
  isCompleteRanking,
  rankingTable,
  STANDING_MESSAGES,
  STATUS_SYMBOL,
  legendLines,
} from '../../standing/index.ts'
import { regionTargets, TARGET_MESSAGES, targetsTable } from '../../targets/index.ts'
import { buildTrend, TREND_MESSAGES } from '../../trend/index.ts'
import { DOCUMENT_MESSAGES } from '../messages.ts'
import { keyFiguresTable } from './brief-content.ts'
import { chartBlock, type Block } from './model.ts'

/** A slide of the deck as shown (the presentation's SlideView), with the title it shows. */
export interface DeckSlide {
  type: SlideType
  region: string
  period: Period | null
  indicator: string
  title: string
  /** A scorecard slide's region group: the deck's scorecard comes in pages, one per group. */
  group?: string
  /** A slide that only says something (a spotlight that found no city): its words. */
  message?: string
}

export interface DeckInput {
  slides: DeckSlide[]
  table: ObservationTable
  catalog: Catalog
  targets: readonly Target[]
  lang: Lang
  colors: ChartColors
  syntheticLabel: string | null
  dataAsOf: Period | undefined
  /** The deck's title slide and the file's name. */
  title: string
  /** The 需关注 findings of a period, as the generator computed them (the attention slide). */
  attention?: (period: Period) => PeriodAttention | null | undefined
  /** What the latest release day brought (本期更新); null: no releases; undefined: not known. */
  news?: ReleaseNews | null
}

export interface SlideModel {
  title: string
  /** Region · period. */
  subtitle: string
  blocks: Block[]
  /** Speaker notes: the slide's 通报 sentence and its sources. */
  notes: string
  /** Source lines printed on the slide. */
  sources: string[]
}

interface Built {
  blocks: Block[]
  observations: string[]
  group: BriefingSentence['group'] | null
  /** The notes' text where it is the slide's own, not its region's 通报 sentences. */
  notes?: string[]
}

type Builder = (slide: DeckSlide & { period: Period }, input: DeckInput) => Built

function kpiTable(slide: { region: string; period: Period }, input: DeckInput, ids?: string[]) {
  const { table, catalog, lang } = input
  const keys = ALL_KEY_INDICATORS.filter((k) => !ids || ids.includes(k.ytd))
  const kpis = keys.flatMap((key) => {
    const kpi = buildKpi(table, catalog, key, { ...slide, measure: 'ytd' })
    return kpi?.observation ? [kpi] : []
  })
  const block: Block = {
    kind: 'table',
    title: '',
    table: keyFiguresTable(kpis, catalog, lang),
    notes: [],
  }
  return { block: kpis.length > 0 ? [block] : [], sources: kpis.map((k) => k.observation!.source) }
}

function yearSlide(
  series: readonly YearSeriesSpec[],
  title: (lang: Lang) => string,
  figures: string[],
  group: Built['group'],
): Builder {
  return (slide, input) => {
    const { table, catalog, lang, colors } = input
    const name = title(lang)
    const chart = buildYearChart(
      table,
      catalog,
      slide,
      series,
      lang,
      colors,
      CHART_MESSAGES[lang],
      name,
    )
    const kpis = kpiTable(slide, input, figures)
    const blocks: Block[] = [...kpis.block]
    if ('data' in chart)
      blocks.push(chartBlock(chart, name, [], DOCUMENT_MESSAGES[lang].chartAlt, lang))
    else blocks.push({ kind: 'paragraph', text: chart.empty })
    return {
      blocks,
      observations: [
        ...kpis.sources,
        ...('data' in chart ? sourcesOf(chart.data.observations) : []),
      ],
      group,
    }
  }
}

function rankingBlocks(
  slide: DeckSlide & { period: Period },
  input: DeckInput,
  asChart: boolean,
): Built {
  const { table, catalog, lang } = input
  const s = STANDING_MESSAGES[lang]
  const indicator = catalog.indicator.get(slide.indicator)
  if (!indicator) return { blocks: [], observations: [], group: null }
  const ranking = buildRanking(table, catalog, indicator, slide.period)
  if (ranking.published === 0)
    return {
      blocks: [
        {
          kind: 'paragraph',
          text: s.noCityPublished(formatPeriod(slide.period, lang), indicatorName(indicator, lang)),
        },
      ],
      observations: [],
      group: null,
    }
  const note = [
    s.publishedCities(ranking.published, ranking.total),
    ...(isCompleteRanking(ranking) ? [] : [s.partialRanking(ranking.published)]),
  ].join(' · ')
  const name = withParens(indicatorName(indicator, lang), indicator.unit === 'pct' ? '%' : '', lang)
  const rankTable = rankingTable(ranking, catalog, lang, {
    ...s,
    regionColumn: CHART_MESSAGES[lang].regionColumn,
  })
  const blocks: Block[] = [{ kind: 'paragraph', text: note }]
  if (asChart) {
    blocks.push({
      kind: 'chart',
      title: name,
      categories: ranking.rows.map((r) => regionName(r.region, lang, true)),
      series: [
        {
          key: indicator.id,
          name: indicatorName(indicator, lang),
          values: ranking.rows.map((r) => r.observation.value),
          type: 'bar',
          axis: 'left',
          color: input.colors.series[0]!.replace('#', '').toUpperCase(),
        },
      ],
      leftUnit: indicator.unit === 'pct' ? '%' : '',
      rightUnit: undefined,
      alt: name,
      table: rankTable,
      notes: [],
    })
  } else {
    blocks.push({ kind: 'paragraph', text: DOCUMENT_MESSAGES[lang].mapAsTable })
    blocks.push({ kind: 'table', title: name, table: rankTable, notes: [] })
  }
  return { blocks, observations: ranking.rows.map((r) => r.observation.source), group: null }
}

export const SLIDE_BUILDERS: Record<SlideType, Builder> = {
  overview: (slide, input) => {
    const kpis = kpiTable(slide, input)
    return { blocks: kpis.block, observations: kpis.sources, group: null }
  },
  targets: (slide, input) => {
    const { table, catalog, lang } = input
    const rows = regionTargets(input.targets, table, slide.region, slide.period)
    return {
      blocks:
        rows.length > 0
          ? [
              {
                kind: 'table',
                title: '',
                table: targetsTable(rows, catalog, lang, TARGET_MESSAGES[lang]),
                notes: [],
              },
            ]
          : [],
      observations: rows.flatMap((r) => r.sources),
      group: null,
    }
  },
  iva: (slide, input) => {
    const { table, catalog, lang, colors } = input
    const trend = buildTrend(
      table,
      catalog,
      { region: slide.region, compare: [], period: slide.period, measure: 'ytd' },
      lang,
      colors,
      CHART_MESSAGES[lang],
    )
    const kpis = kpiTable(slide, input, ['iva_above_scale_yoy_pct', 'iva_above_scale_100m_yuan'])
    const name = withParens(TREND_MESSAGES[lang].title, '%', lang)
    return {
      blocks: [
        ...kpis.block,
        'data' in trend
          ? chartBlock(
              { ...trend, leftUnit: '%' },
              name,
              [],
              DOCUMENT_MESSAGES[lang].chartAlt,
              lang,
            )
          : { kind: 'paragraph', text: trend.empty },
      ],
      observations: [
        ...kpis.sources,
        ...('data' in trend ? sourcesOf(trend.data.observations) : []),
      ],
      group: 'growth',
    }
  },
  investment: yearSlide(
    INVESTMENT_SERIES,
    (l) => (l === 'zh' ? '工业投资' : 'Industrial investment'),
    [
      'industrial_investment_yoy_pct',
      'industrial_investment_100m_yuan',
      'tech_transformation_investment_yoy_pct',
    ],
    'investment',
  ),
  hightech: yearSlide(
    HIGHTECH_SERIES,
    (l) => (l === 'zh' ? '高技术制造业' : 'High-tech manufacturing'),
    ['hightech_mfg_va_yoy_pct', 'hightech_mfg_va_share_pct', 'advanced_mfg_va_share_pct'],
    'hightech',
  ),
  tech: yearSlide(
    TECH_SERIES,
    (l) => (l === 'zh' ? '技术改造投资' : 'Technical-transformation investment'),
    [
      'tech_transformation_investment_yoy_pct',
      'tech_transformation_investment_100m_yuan',
      'tech_transformation_investment_share_of_industrial_investment_pct',
    ],
    'investment',
  ),
  ranking: (slide, input) => rankingBlocks(slide, input, true),
  map: (slide, input) => rankingBlocks(slide, input, false),
  scorecard: (slide, input) => {
    const { table, catalog, lang } = input
    const s = STANDING_MESSAGES[lang]
    const card = buildScorecard(table, catalog, slide.period, 'ytd', null, slide.group)
    if (card.rows.length === 0) return { blocks: [], observations: [], group: null }
    // As the screen's matrix: the status by its symbol (a legend above), so a cell within the
    // threshold is "● 7.4（高于全省0.2个百分点）" and 21 cities × 4 fit a slide, one line each.
    return {
      blocks: [
        {
          kind: 'paragraph',
          text: legendLines(card, s).join(lang === 'zh' ? '　' : '   '),
        },
        {
          kind: 'table',
          title: '',
          table: {
            rowHeader: CHART_MESSAGES[lang].regionColumn,
            columns: card.columns.map((c) =>
              withParens(
                indicatorName(c.indicator, lang),
                c.indicator.unit === 'pct' ? '%' : '亿元',
                lang,
              ),
            ),
            wordColumns: card.columns.map((_, i) => i),
            rows: card.rows.map((row) => ({
              header: regionName(row.region, lang, true),
              cells: card.columns.map((c) => {
                const cell = row.cells[c.stability]
                const o = cell.observation
                if (!o) return null
                const value = o.value.toFixed(o.decimals)
                const cmp = cell.comparison
                if (!cmp) return { text: value }
                return {
                  text: `${STATUS_SYMBOL[cmp.status]} ${value}（${comparisonText(cmp, lang, s)}）`,
                }
              }),
            })),
          },
          notes: [],
        },
      ],
      observations: card.rows.flatMap((r) =>
        card.columns.flatMap((c) =>
          r.cells[c.stability].observation ? [r.cells[c.stability].observation!.source] : [],
        ),
      ),
      group: null,
    }
  },
  city: (slide, input) => {
    const kpis = kpiTable(slide, input)
    return { blocks: kpis.block, observations: kpis.sources, group: null }
  },
  commended: (slide, input) => {
    const { table, catalog, lang, colors } = input
    const m = { ...CHART_MESSAGES[lang], ...COMMENDED_MESSAGES[lang] }
    const commended = buildCommended(table, catalog, lang, m)
    // The headline's recovery on the slide (规上, as on the screen), all of them in its notes.
    const blocks: Block[] = commended.recoveries
      .filter((r) => r.indicator === 'iva_above_scale_yoy_pct')
      .map(({ text }) => ({ kind: 'paragraph', text }))
    if (commended.rows.length > 0)
      blocks.push(
        chartBlock(
          {
            data: commended,
            series: commendedSeries(catalog, lang, colors),
            leftUnit: '%',
          },
          m.growthOnly,
          [],
          DOCUMENT_MESSAGES[lang].chartAlt,
          lang,
        ),
      )
    if (commended.others.length > 0)
      blocks.push({
        kind: 'table',
        title: m.others,
        table: {
          rowHeader: m.indicatorColumn,
          columns: COMMENDED_CITIES.map((code) =>
            regionName(catalog.region.get(code)!, lang, true),
          ),
          rows: commended.others.map((row) => ({
            header: row.name,
            cells: row.values.map((text) => (text === null ? null : { text })),
          })),
        },
        notes: [],
      })
    return {
      blocks,
      observations: sourcesOf(commended.observations),
      group: null,
      notes: commended.recoveries.map((r) => r.text),
    }
  },
  attention: (slide, input) => {
    const { catalog, lang } = input
    const alerts = input.attention?.(slide.period)?.alerts ?? []
    const t = ATTENTION_MESSAGES[lang]
    return {
      blocks:
        alerts.length > 0
          ? [
              {
                kind: 'table',
                title: '',
                table: {
                  rowHeader: t.region,
                  columns: [t.columns.level, t.columns.finding],
                  wordColumns: [0, 1],
                  rows: alerts.slice(0, slideRoom(alerts, lang)).map((a) => {
                    const region = catalog.region.get(a.region)
                    return {
                      header: region ? regionName(region, lang, true) : a.region,
                      cells: [{ text: t.levels[a.level] }, { text: a.text[lang] }],
                    }
                  }),
                },
                notes: [],
              },
              // What does not fit a slide is counted, as on the screen: 另有关注N项.
              ...[moreText(alerts, slideRoom(alerts, lang), t, lang)].flatMap((text): Block[] =>
                text ? [{ kind: 'paragraph', text }] : [],
              ),
            ]
          : [{ kind: 'paragraph', text: t.none }],
      observations: alerts.flatMap((a) => a.figures.flatMap((f) => (f.source ? [f.source] : []))),
      group: null,
    }
  },
  releases: (_slide, input) => {
    const { catalog, lang, news } = input
    const r = RELEASE_MESSAGES[lang]
    if (!news) {
      const text = news === null ? r.nothing : r.failed.replace(/[：:]\s*$/, '')
      return { blocks: [{ kind: 'paragraph', text }], observations: [], group: null, notes: [] }
    }
    // The screen's words and folding (另有N项), one paragraph a line.
    const text = releaseSlideText(news, catalog, lang)
    const stop = lang === 'zh' ? '。' : '.'
    return {
      blocks: [
        text.summary,
        ...text.lists.flatMap((l) => [l.title, ...l.lines, ...(l.more ? [l.more] : [])]),
        text.tables,
      ].map((line): Block => ({ kind: 'paragraph', text: line })),
      observations: news.revised.flatMap((v) => [v.from.source, v.to.source]),
      group: null,
      // The notes have every line, folded or not.
      notes: [text.summary, ...text.all].map((line) => `${line}${stop}`),
    }
  },
}

export function buildDeck(input: DeckInput): SlideModel[] {
  const { catalog, lang } = input
  return input.slides.map((slide) => {
    const region = catalog.region.get(slide.region)
    // 本期更新 is of a release day, not of a region and period.
    const day = slide.type === 'releases' ? input.news?.day : undefined
    const subtitle = day
      ? RELEASE_MESSAGES[lang].released(day)
      : [
          // The commended slide is of its two cities, whatever the deck's region: its title names them.
          ...(slide.type === 'commended' ? [] : [region ? regionName(region, lang) : slide.region]),
          slide.period ? formatPeriod(slide.period, lang) : '—',
        ].join(' · ')
    if (slide.message) {
      const blocks: Block[] = [{ kind: 'paragraph', text: slide.message }]
      return { title: slide.title, subtitle, blocks, notes: slide.message, sources: [] }
    }
    if (!slide.period) return { title: slide.title, subtitle, blocks: [], notes: '', sources: [] }
    const period = slide.period
    const built = SLIDE_BUILDERS[slide.type]({ ...slide, period }, input)
    const briefing = buildBriefing(
      input.table,
      catalog,
      { region: slide.region, period },
      lang,
      input.syntheticLabel,
      input.targets,
    )
    const sentences = built.notes
      ? built.notes.map((text) => ({ text, sources: [] }))
      : built.group
        ? briefing.sentences.filter((s) => s.group === built.group)
        : briefing.sentences
    const ids = [...new Set([...built.observations, ...sentences.flatMap((s) => s.sources)])]
    const sources = sourceLines(catalog, ids, lang)
    const m = DOCUMENT_MESSAGES[lang]
    const notes = [
      ...(input.syntheticLabel ? [input.syntheticLabel] : []),
      `${m.notesText}${lang === 'zh' ? '：' : ': '}${sentences.map((s) => s.text).join(lang === 'zh' ? '' : ' ') || m.noSentence}`,
      `${m.notesSources}${lang === 'zh' ? '：' : ': '}${sources.join(lang === 'zh' ? '；' : '; ')}`,
    ].join('\n')
    return { title: slide.title, subtitle, blocks: built.blocks, notes, sources }
  })
}
