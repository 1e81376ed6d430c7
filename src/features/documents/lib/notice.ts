/**
 * The 通报 as blocks (model.ts), after GB/T 9704-2012: 版头 (issuing office, 发文字号), title,
 * 主送, the body in numbered sections, 落款 and 成文日期. The content is the brief's
 * (brief-content.ts); the settings are the deployment's (data/document-settings.csv).
 */
import { labelled } from '../../../lib/format/punctuation.ts'
import {
  rankMoveLines,
  releaseSummary,
  revisionLines,
  type ReleaseNews,
} from '../../releases/index.ts'
import { asOfText } from './as-of.ts'
import { CHART_MESSAGES } from '../../../components/chart/messages.ts'
import { yearSpan } from '../../../components/chart/year-series.ts'
import { sourceLines } from '../../../components/chart/use-panel-context.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { MIN_CHART_POINTS, type PanelTable } from '../../../domain/chart-data.ts'
import { periodsOfYear, periodYear, type Period } from '../../../domain/period.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { formatPeriod } from '../../../lib/format/period.ts'
import { withParens } from '../../../lib/format/punctuation.ts'
import type { PeriodAttention } from '../../../schemas/attention.ts'
import { ATTENTION_MESSAGES, attentionSummary } from '../../attention/index.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { DocumentSetting } from '../../../schemas/document-settings.ts'
import { STANDING_MESSAGES, isCompleteRanking, rankingTable } from '../../standing/index.ts'
import { TARGET_MESSAGES, targetsTable } from '../../targets/index.ts'
import { TREND_MESSAGES } from '../../trend/index.ts'
import { DOCUMENT_MESSAGES } from '../messages.ts'
import {
  buildBriefContent,
  CITY_INDICATOR,
  INVESTMENT_GROWTH_TITLE,
  keyFiguresTable,
  type BriefContent,
  type BriefContentInput,
} from './brief-content.ts'
import { cellText, chartBlock, type Block } from './model.ts'

export interface Notice {
  lang: Lang
  fileName: string
  /** 发文机关标志 and 落款. */
  issuer: string
  /** 发文字号, empty when the deployment sets none. */
  number: string
  title: string
  /** 主送机关, with its colon. */
  recipients: string
  /** On every page: the period and 数据截至. */
  stamp: string
  /** On every page of a demo document: 演示数据（模拟生成，非统计数据）. */
  synthetic: string | null
  blocks: Block[]
  /** 成文日期 in Arabic numerals: 2024年9月20日. */
  date: string
  contact: string
}

export interface NoticeInput extends BriefContentInput {
  /** The dataset's latest period (数据截至). */
  dataAsOf: Period | undefined
  setting: DocumentSetting | undefined
  /** The day the document is written (成文日期). */
  today: Date
  /** The period's 需关注 findings, when the API has them. */
  findings?: PeriodAttention | null
  /** What the latest release day brought (本期数据更新说明), when the API has releases. */
  news?: ReleaseNews | null
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 2024年9月20日 / 20 September 2024. */
export function documentDate(date: Date, lang: Lang): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
  if (lang === 'zh') return `${y}年${m}月${d}日`
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
}

/** 发文字号 from the deployment's pattern: {year} and {issue} (1-2月 is the year's first). */
export function documentNumber(pattern: string, period: Period): string {
  const issue = periodsOfYear(periodYear(period)).indexOf(period) + 1
  return pattern
    .replaceAll('{year}', String(periodYear(period)))
    .replaceAll('{issue}', String(issue))
}

/** The file's name from its content: 2024年1-8月全省工业“三稳”监测通报.docx. */
export function noticeTitle(catalog: Catalog, region: string, period: Period, lang: Lang): string {
  const m = DOCUMENT_MESSAGES[lang]
  const found = catalog.region.get(region)
  const name = !found ? region : found.type === 'province' ? m.province : regionName(found, lang)
  return m.noticeTitle(formatPeriod(period, lang), name)
}

export function buildNotice(input: NoticeInput): Notice {
  const content = buildBriefContent(input)
  const { catalog, lang, period, setting } = input
  const m = DOCUMENT_MESSAGES[lang]
  const title = noticeTitle(catalog, input.region, period, lang)
  const periodText = formatPeriod(period, lang)
  const asOf = asOfText(input.dataAsOf, catalog, lang)
  return {
    lang,
    fileName: `${title}.docx`,
    issuer: setting?.issuer ?? m.noIssuer,
    number: setting?.numberPattern ? documentNumber(setting.numberPattern, period) : '',
    title,
    recipients: setting ? `${setting.recipients}${m.recipientsColon}` : '',
    stamp: m.stamp(periodText, asOf),
    synthetic: input.syntheticLabel,
    blocks: noticeBlocks(content, input),
    date: documentDate(input.today, lang),
    contact: setting?.contact ?? '',
  }
}

function noticeBlocks(content: BriefContent, input: NoticeInput): Block[] {
  const { catalog, lang, period, region } = input
  const m = DOCUMENT_MESSAGES[lang]
  const chart = CHART_MESSAGES[lang]
  const targetStrings = TARGET_MESSAGES[lang]
  const standing = STANDING_MESSAGES[lang]
  const periodText = formatPeriod(period, lang)
  const heading = (n: number, text: string): Block => ({
    kind: 'heading',
    text: lang === 'zh' ? `${CHINESE_NUMBERS[n - 1]}、${text}` : `${n}. ${text}`,
  })
  const subheading = (n: number, text: string): Block => ({
    kind: 'subheading',
    text: lang === 'zh' ? `（${CHINESE_NUMBERS[n - 1]}）${text}` : `(${n}) ${text}`,
  })
  // Under a table or chart, its sources by their number in the list that closes the notice.
  const allLines = sourceLines(catalog, content.sources, lang)
  const sources = (ids: string[]) => {
    const numbers = sourceLines(catalog, ids, lang).map((line) => allLines.indexOf(line) + 1)
    return numbers.length > 0 ? [m.sourceRefs(numbers)] : []
  }
  let tables = 0
  let figures = 0
  const blocks: Block[] = []
  const numberedTable = (title: string, table: PanelTable, notes: string[]) => {
    tables += 1
    blocks.push({ kind: 'table', title: m.tableNo(tables, title), table, notes })
  }
  const regionLabel = catalog.region.get(region)

  // 一、总体情况: the briefing, a stability a part, each with its targets read.
  blocks.push(heading(1, m.sections.overview))
  if (content.briefing.sentences.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: m.noBriefing(regionLabel ? regionName(regionLabel, lang) : region, periodText),
    })
  }
  const groups = [
    { group: 'growth', title: m.sections.growth },
    { group: 'investment', title: m.sections.investment },
    { group: 'hightech', title: m.sections.hightech },
  ] as const
  if (content.briefing.sentences.length > 0) {
    groups.forEach(({ group, title }, i) => {
      blocks.push(subheading(i + 1, title))
      // The briefing's own words; each target's reading is in the targets table (四), where a
      // sentence here repeated what the briefing already says ("低于目标3个百分点" twice).
      const text = content.briefing.sentences
        .filter((s) => s.group === group)
        .map((s) => s.text)
        .join(lang === 'zh' ? '' : ' ')
      blocks.push({ kind: 'paragraph', text: text || m.noSentence })
      const drawn =
        group === 'growth' ? content.trend : group === 'investment' ? content.investment : null
      if (drawn && 'data' in drawn) {
        const name = group === 'growth' ? TREND_MESSAGES[lang].title : INVESTMENT_GROWTH_TITLE[lang]
        const span = 'span' in drawn ? drawn.span : yearSpan(period, lang)
        const refs = sources([...new Set(drawn.data.observations.map((o) => o.source))])
        const chart = chartBlock(
          { ...drawn, leftUnit: '%' },
          m.figure(figures + 1, withParens(name, '%', lang)),
          [m.unit('%'), m.period(span), ...refs],
          m.chartAlt,
          lang,
        )
        // Fewer than three figures make a near-empty chart: they are said in a line instead.
        if (drawn.data.observations.length < MIN_CHART_POINTS) {
          const figures = drawn.data.observations.flatMap((o) => {
            const indicator = catalog.indicator.get(o.indicator)
            if (!indicator) return []
            const value = formatValue(o.value, o.decimals, indicator.unit, lang).text
            return [`${indicatorName(indicator, lang)} ${formatPeriod(o.period, lang)} ${value}`]
          })
          blocks.push({
            kind: 'note',
            text: m.fewFigures(name, figures, [m.period(span), ...refs]),
          })
        } else {
          figures += 1
          blocks.push(chart)
        }
      }
    })
  }
  // 需重点关注: the 预警 findings of the period, and how many 关注 (the generator's).
  if (input.findings && input.findings.alerts.length > 0) {
    blocks.push(subheading(groups.length + 1, m.sections.attention))
    blocks.push({
      kind: 'paragraph',
      text: attentionSummary(input.findings, lang, ATTENTION_MESSAGES[lang]),
    })
  }

  // The sections after 一、, numbered as they are present; the tables numbered through.
  let n = 1
  const section = (text: string) => {
    n += 1
    blocks.push(heading(n, text))
  }
  /** A table of the period with its 注: what else it must say, the period and its sources. */
  const periodTable = (title: string, table: PanelTable, ids: string[], notes: string[] = []) => {
    numberedTable(title, table, [...notes, m.period(periodText), ...sources([...new Set(ids)])])
  }

  // 二、主要指标; what the period did not publish is said in the table's 注. A table of the
  // figures alone, each already written in 一、, is left out (its 注 stays, as a line of 一、).
  const figuresTable = keyFiguresTable(content.published, catalog, lang)
  const written = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join('\n')
  const repeats =
    figuresTable.columns.length === 1 &&
    figuresTable.rows.every((row) => states(written, cellText(row.cells[0] ?? null, lang)))
  if (content.published.length > 0 && !repeats) {
    section(m.sections.figures)
    periodTable(
      `${regionLabel ? regionName(regionLabel, lang) : region} ${periodText}`,
      figuresTable,
      content.published.map((k) => k.observation!.source),
      content.unpublished.length > 0 ? [notPublished(content, lang)] : [],
    )
  } else if (content.unpublished.length > 0) {
    blocks.push({ kind: 'note', text: notPublished(content, lang) })
  }

  // 三、各市情况 (the province only): the ranking as far as it is published, and who trails the
  // target. How many cities published, and that a partial ranking is no 全省位次: the table's 注.
  if (content.ranking) {
    section(m.sections.cities)
    const ranking = content.ranking
    const published =
      [
        standing.publishedCities(ranking.published, ranking.total),
        ...(isCompleteRanking(ranking) ? [] : [standing.partialRanking(ranking.published)]),
      ].join(lang === 'zh' ? '；' : '; ') + (lang === 'zh' ? '。' : '.')
    const only = ranking.rows.length === 1 ? ranking.rows[0]! : undefined
    if (only && !only.published.province) {
      // One city published and no rank printed: a sentence, not a table of one row.
      const { value, decimals } = only.observation
      blocks.push({
        kind: 'paragraph',
        text: m.onlyCity(
          indicatorName(ranking.indicator, lang),
          regionName(only.region, lang, true),
          formatValue(value, decimals, ranking.indicator.unit, lang).text,
          sources([only.observation.source]).join(''),
        ),
      })
    } else {
      periodTable(
        m.rankingOf(`${indicatorName(ranking.indicator, lang)} ${periodText}`),
        rankingTable(ranking, catalog, lang, { ...standing, regionColumn: chart.regionColumn }),
        ranking.rows.flatMap((r) => [
          r.observation.source,
          ...(r.published.province?.publishedIn ? [r.published.province.publishedIn] : []),
        ]),
        [published],
      )
    }
    const behind = content.citiesBelowTarget.flatMap((t) => {
      const city = catalog.region.get(t.region)
      return city ? [regionName(city, lang, true)] : []
    })
    const indicator = catalog.indicator.get(CITY_INDICATOR)
    const targetWhat = indicator ? indicatorName(indicator, lang) : CITY_INDICATOR
    if (behind.length > 0)
      blocks.push({
        kind: 'paragraph',
        text: m.belowTarget(behind.join(lang === 'zh' ? '、' : ', '), targetWhat),
      })
  }

  // 四、年度目标
  if (content.targets.length > 0) {
    section(m.sections.targets)
    periodTable(
      `${regionLabel ? regionName(regionLabel, lang) : region} ${targetStrings.title} ${periodYear(period)}`,
      targetsTable(content.targets, catalog, lang, targetStrings, { oneRegion: true }),
      content.targets.flatMap((t) => t.sources),
    )
  }

  // 五、数据来源, and 本期数据更新说明 under it (the latest release day, each revision 由X修订为Y
  // and the ranks it moved), run on with the sources in 小五: what the reader checks the figures by.
  section(m.sections.sources)
  if (input.news) {
    const { day, tables } = input.news
    const lines = [
      m.releaseDay(day, tables, releaseSummary(input.news, lang)),
      ...revisionLines(input.news, catalog, lang),
      ...rankMoveLines(input.news, catalog, lang),
    ]
    lines.forEach((line, i) => {
      blocks.push({ kind: 'source', text: i === 0 ? labelled(m.releasesNote, line, lang) : line })
    })
  }
  allLines.forEach((line, i) => {
    blocks.push({ kind: 'source', text: `[${i + 1}] ${line}` })
  })
  return blocks
}

/** Whether a text states a figure as written ("3%" in "增长3%", not in "13%" or "3.5%"). */
function states(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\d.])${escaped}(?!\\d|\\.\\d)`).test(text)
}

function notPublished(content: BriefContent, lang: Lang): string {
  const names = content.unpublished.map((k) => indicatorName(k.indicator, lang))
  return lang === 'zh'
    ? `本期未公布：${names.join('、')}。`
    : `Not published for this period: ${names.join('; ')}.`
}
