/**
 * The whole period as an .xlsx workbook, one sheet per panel: the key figures, the targets, the
 * 规上工业增加值 trend, investment, high-tech and 技改 by year, each city ranking of a stability's
 * headline figure, the scorecard and the 需关注 items. Each sheet is built by the deck's own slide
 * builders (so its figures are the deck's and the 通报's), with its title, region, period, unit,
 * sources and dataset; the figures are numeric cells, where the deck words them ("5.1%").
 */
import { asOfText } from './as-of.ts'
import { CHART_MESSAGES } from '../../../components/chart/messages.ts'
import { sourceLines } from '../../../components/chart/use-panel-context.ts'
import type { SheetSpec } from '../../../components/chart/xlsx.ts'
import type { PanelTable } from '../../../domain/chart-data.ts'
import { ALL_KEY_INDICATORS, STABILITY_HEADLINES } from '../../../domain/key-indicators.ts'
import { buildKpi } from '../../../domain/kpi.ts'
import type { Period } from '../../../domain/period.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import { changeSince } from '../../../lib/format/change.ts'
import { standingText } from '../../../lib/format/rank.ts'
import { ATTENTION_MESSAGES } from '../../attention/index.ts'
import { buildScorecard, comparisonText, STANDING_MESSAGES } from '../../standing/index.ts'
import type { SlideType } from '../../../schemas/slide-types.ts'
import { DOCUMENT_MESSAGES } from '../messages.ts'
import { SLIDE_BUILDERS, type DeckInput } from './deck.ts'
import type { Block } from './model.ts'

export interface WorkbookInput extends Omit<DeckInput, 'slides' | 'title'> {
  region: string
  period: Period
  /** The dataset's name as the panels show it (官方公开数据 …). */
  datasetLabel: string
}

const unitOf = (unit: string) => (unit === 'pct' ? '%' : '亿元')

/** The key figures with the value as a number and its unit in a column of its own. */
function keyFigures(input: WorkbookInput): { table: PanelTable; sources: string[] } | null {
  const { table, catalog, lang, region, period } = input
  const t = CHART_MESSAGES[lang]
  const m = DOCUMENT_MESSAGES[lang].workbook
  const kpis = ALL_KEY_INDICATORS.flatMap((key) => {
    const kpi = buildKpi(table, catalog, key, { region, period, measure: 'ytd' })
    return kpi?.observation ? [{ kpi, observation: kpi.observation }] : []
  })
  if (kpis.length === 0) return null
  return {
    sources: kpis.map((k) => k.observation.source),
    table: {
      rowHeader: t.indicatorColumn,
      columns: [m.unit, t.valueColumn, m.change, m.rank],
      wordColumns: [0, 2, 3],
      rows: kpis.map(({ kpi, observation }) => ({
        header: indicatorName(kpi.indicator, lang),
        cells: [
          { text: unitOf(kpi.indicator.unit) },
          { value: observation.value, decimals: observation.decimals },
          kpi.change
            ? { text: changeSince(kpi.change, formatPeriodSpan(kpi.change.period, lang), lang) }
            : null,
          ((text) => (text ? { text } : null))(
            standingText(kpi.standing, lang, (code) => catalog.region.get(code)),
          ),
        ],
      })),
    },
  }
}

/** The scorecard with each city's figure as a number and its comparison with the province beside it. */
function scorecard(input: WorkbookInput): { table: PanelTable; sources: string[] } | null {
  const { table, catalog, lang, period } = input
  const s = STANDING_MESSAGES[lang]
  const m = DOCUMENT_MESSAGES[lang].workbook
  const card = buildScorecard(table, catalog, period, 'ytd', null)
  if (card.rows.length === 0) return null
  return {
    sources: card.rows.flatMap((r) =>
      card.columns.flatMap((c) => {
        const o = r.cells[c.stability].observation
        return o ? [o.source] : []
      }),
    ),
    table: {
      rowHeader: CHART_MESSAGES[lang].regionColumn,
      columns: card.columns.flatMap((c) => {
        const name = `${indicatorName(c.indicator, lang)}（${unitOf(c.indicator.unit)}）`
        return [name, m.versusProvince(indicatorName(c.indicator, lang))]
      }),
      wordColumns: card.columns.map((_, i) => 2 * i + 1),
      rows: card.rows.map((row) => ({
        header: regionName(row.region, lang, true),
        cells: card.columns.flatMap((c) => {
          const { observation: o, comparison } = row.cells[c.stability]
          return [
            o ? { value: o.value, decimals: o.decimals } : null,
            comparison ? { text: comparisonText(comparison, lang, s) } : null,
          ]
        }),
      })),
    },
  }
}

/** The units a sheet's figures are in: its charts' axes, or its tables' own unit columns. */
function unitsOf(blocks: Block[], fallback: string): string {
  const units = new Set(
    blocks.flatMap((b) => (b.kind === 'chart' ? [b.leftUnit, b.rightUnit ?? ''] : [])),
  )
  units.delete('')
  return units.size > 0 ? [...units].join('、') : fallback
}

function partsOf(blocks: Block[]): SheetSpec['parts'] {
  return blocks.flatMap((b): SheetSpec['parts'] => {
    if (b.kind === 'table' || b.kind === 'chart')
      return [{ kind: 'table', ...(b.title ? { title: b.title } : {}), table: b.table }]
    if (b.kind === 'paragraph') return [{ kind: 'text', text: b.text }]
    return []
  })
}

/**
 * A trend's periods over years, first to last, as its table's rows name them (2023年1-2月); a
 * year's chart (rows 1-2月 …) is of the selected period's year, which the sheet already says.
 */
function spanOf(blocks: Block[]): string | undefined {
  const rows = blocks.find((b) => b.kind === 'chart')?.table.rows
  if (!rows || rows.length < 2 || !/\d{4}/.test(rows[0]!.header)) return undefined
  return `${rows[0]!.header}–${rows.at(-1)!.header}`
}

const SLIDES = ['targets', 'iva', 'investment', 'hightech', 'tech'] as const

export function buildWorkbook(input: WorkbookInput): SheetSpec[] {
  const { catalog, lang, region: code, period } = input
  const m = DOCUMENT_MESSAGES[lang].workbook
  const chart = CHART_MESSAGES[lang]
  const region = catalog.region.get(code)
  const regionLabel = region ? regionName(region, lang) : code
  const sheet = (
    name: string,
    blocks: SheetSpec['parts'],
    observations: string[],
    unit: string,
    where = regionLabel,
    span = formatPeriod(period, lang),
  ): SheetSpec => {
    const sources = sourceLines(catalog, [...new Set(observations)], lang)
    return {
      name,
      lang,
      title: `${name}（${where}，${span}）`,
      meta: [
        [m.region, where],
        [m.period, span],
        [chart.unit, unit],
        ...(sources.length > 0 ? sources : ['—']).map((line, i): [string, string] => [
          i === 0 ? chart.sourceLine : '',
          line,
        ]),
        [chart.datasetLine, input.datasetLabel],
        [m.asOf, asOfText(input.dataAsOf, input.catalog, lang)],
        ...(input.syntheticLabel ? [['', input.syntheticLabel] as [string, string]] : []),
      ],
      parts: blocks.length > 0 ? blocks : [{ kind: 'text', text: m.nothing }],
    }
  }
  const slide = (type: SlideType, indicator = 'iva_above_scale_yoy_pct') =>
    SLIDE_BUILDERS[type](
      { type, region: code, period, indicator, title: '' },
      { ...input, slides: [], title: '' },
    )

  const sheets: SheetSpec[] = []
  const figures = keyFigures(input)
  sheets.push(
    sheet(
      m.sheets.overview,
      figures ? [{ kind: 'table', table: figures.table }] : [],
      figures?.sources ?? [],
      m.unitColumn,
    ),
  )
  for (const type of SLIDES) {
    const built = slide(type)
    // A year chart's slide leads with its key figures as words: the overview sheet has them.
    const blocks =
      type === 'targets' ? built.blocks : built.blocks.filter((b) => b.kind !== 'table')
    sheets.push(
      sheet(
        m.sheets[type],
        partsOf(blocks),
        built.observations,
        unitsOf(blocks, m.inCells),
        regionLabel,
        spanOf(blocks) ?? formatPeriod(period, lang),
      ),
    )
  }
  const province = catalog.region.get('guangdong')
  const provinceLabel = province ? regionName(province, lang) : 'guangdong'
  for (const { indicator } of STABILITY_HEADLINES) {
    const found = catalog.indicator.get(indicator.ytd)
    if (!found) continue
    const built = slide('ranking', found.id)
    sheets.push(
      sheet(
        m.ranking(indicatorName(found, lang)),
        partsOf(built.blocks),
        built.observations,
        unitOf(found.unit),
        provinceLabel,
      ),
    )
  }
  const card = scorecard(input)
  sheets.push(
    sheet(
      m.sheets.scorecard,
      card ? [{ kind: 'table', table: card.table }] : [],
      card?.sources ?? [],
      m.inHeaders,
      provinceLabel,
    ),
  )
  // Every 需关注 item: a sheet has the room a slide has not (the slide counts the rest).
  const t = ATTENTION_MESSAGES[lang]
  const alerts = input.attention?.(period)?.alerts ?? []
  sheets.push(
    sheet(
      m.sheets.attention,
      alerts.length > 0
        ? [
            {
              kind: 'table',
              table: {
                rowHeader: t.region,
                columns: [t.columns.level, t.columns.finding],
                wordColumns: [0, 1],
                rows: alerts.map((a) => {
                  const where = catalog.region.get(a.region)
                  return {
                    header: where ? regionName(where, lang, true) : a.region,
                    cells: [{ text: t.levels[a.level] }, { text: a.text[lang] }],
                  }
                }),
              },
            },
          ]
        : [{ kind: 'text', text: t.none }],
      alerts.flatMap((a) => a.figures.flatMap((f) => (f.source ? [f.source] : []))),
      m.inCells,
      provinceLabel,
    ),
  )
  return sheets
}

/** 2024年1-8月全省工业“三稳”监测数据.xlsx */
export function workbookName(input: WorkbookInput): string {
  const m = DOCUMENT_MESSAGES[input.lang]
  const region = input.catalog.region.get(input.region)
  const where =
    input.region === 'guangdong'
      ? m.province
      : region
        ? regionName(region, input.lang)
        : input.region
  return `${m.workbook.fileName(formatPeriod(input.period, input.lang), where)}.xlsx`
}
