import type { Catalog } from '../../../domain/catalog.ts'
import type { PanelTable, TableCell } from '../../../domain/chart-data.ts'
import { formatNumber, formatValue } from '../../../lib/format/number.ts'
import { indicatorName, regionName } from '../../../lib/format/names.ts'
import { formatPeriod, formatPeriodSpan } from '../../../lib/format/period.ts'
import { withParens } from '../../../lib/format/punctuation.ts'
import type { Period } from '../../../domain/period.ts'
import type { TargetReading } from '../../../domain/targets.ts'
import type { Figure, TargetStatus } from '../../../domain/target-arithmetic.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { TargetMessages } from '../messages.ts'
import type { RegionTarget } from './region-targets.ts'
import { lineText, readingText, STATUS_SYMBOL, statusOf } from './target-text.ts'
import type { Bullet } from './bullet-layout.ts'

const text = (value: string): TableCell => ({ text: value })

/** The latest figure of a reading, with its period: "4.2%（1-12月）". */
function latestCell(
  target: RegionTarget,
  catalog: Catalog,
  lang: Lang,
  t: TargetMessages,
): TableCell {
  const { reading } = target
  const figure =
    reading.kind === 'text' ? reading.latest : reading.latest ? reading.latest.figure : null
  if (!figure) return text(reading.kind === 'text' && reading.reason === 'count' ? '—' : t.noFigure)
  const unit = catalog.indicator.get(target.indicator)?.unit ?? 'pct'
  return text(
    withParens(
      formatValue(figure.value, figure.decimals, unit, lang).text,
      formatPeriod(figure.period, lang),
      lang,
    ),
  )
}

/** What the latest figure says against the target; what kind of target it is when it says nothing. */
function gapCell({ reading }: RegionTarget, lang: Lang, t: TargetMessages): TableCell {
  return text(
    readingText(reading, lang, t) ??
      (reading.kind === 'text' ? (reading.reason === 'count' ? t.countOnly : t.textOnly) : '—'),
  )
}

/** 达到 / 未达到 once the 1-12月 figure is published; a target in words has none. */
function outcomeCell(reading: TargetReading, t: TargetMessages): TableCell {
  if (reading.kind === 'text') return text(t.notApplicable)
  const status = reading.outcome?.status
  return text(status ? t.outcome[status] : t.noOutcome)
}

const indicatorOf = (row: RegionTarget, catalog: Catalog, lang: Lang) => {
  const indicator = catalog.indicator.get(row.indicator)
  return indicator ? indicatorName(indicator, lang) : row.indicator
}

/**
 * The targets as a table, the region's first and then the other regions' for the same
 * indicators: the target as printed, the latest cumulative figure, the gap (or the share of the
 * plan and the gap to 序时进度), 序时进度, the status, and the year's outcome once published.
 */
export function targetsTable(
  rows: RegionTarget[],
  catalog: Catalog,
  lang: Lang,
  t: TargetMessages,
  /** Rows of one region, named by the table's title: each row names its indicator alone. */
  { oneRegion = false } = {},
): PanelTable {
  return {
    rowHeader: oneRegion ? t.columns.indicator : t.columns.region,
    columns: [
      t.columns.target,
      t.columns.latest,
      t.columns.gap,
      t.columns.schedule,
      t.columns.status,
      t.columns.outcome,
    ],
    wordColumns: [0, 2, 4, 5],
    rows: rows.map((row) => {
      const { reading } = row
      const region = catalog.region.get(row.region)
      const status = statusOf(reading)
      const na = text(t.notApplicable)
      // 序时进度 is for amounts only; a target in words has no status or outcome; null: a
      // figure that is not published (yet).
      const schedule =
        reading.kind !== 'level'
          ? na
          : reading.latest
            ? text(
                `${formatNumber(reading.latest.schedule.value, reading.latest.schedule.decimals, lang)}%`,
              )
            : null
      return {
        header: oneRegion
          ? indicatorOf(row, catalog, lang)
          : `${region ? regionName(region, lang, true) : row.region} · ${indicatorOf(row, catalog, lang)}`,
        cells: [
          text(reading.target.text),
          latestCell(row, catalog, lang, t),
          gapCell(row, lang, t),
          schedule,
          reading.kind === 'text'
            ? na
            : status
              ? text(`${STATUS_SYMBOL[status]} ${t.status[status]}`)
              : null,
          outcomeCell(reading, t),
        ],
      }
    }),
  }
}

/**
 * Past years' targets of a region, read at the year's end: the target as printed, the 1-12月
 * figure (or the latest the data holds, with its period), the gap, and 达到 / 未达到 where the
 * 1-12月 figure is published.
 */
export function historyTable(
  rows: RegionTarget[],
  catalog: Catalog,
  lang: Lang,
  t: TargetMessages,
): PanelTable {
  return {
    rowHeader: t.columns.yearIndicator,
    columns: [t.columns.target, t.columns.yearFigure, t.columns.gap, t.columns.outcome],
    wordColumns: [0, 2, 3],
    rows: rows.map((row) => {
      const { reading } = row
      return {
        header: `${reading.target.year} · ${indicatorOf(row, catalog, lang)}`,
        cells: [
          text(reading.target.text),
          latestCell(row, catalog, lang, t),
          gapCell(row, lang, t),
          outcomeCell(reading, t),
        ],
      }
    }),
  }
}

/**
 * The targets with a figure to read, as bullet bars: growth against the target, amounts (the
 * share of the plan done) against 序时进度. Each says its figure with its months, the line, and
 * the status in a symbol and a word: so far this year (达到 / 接近 / 未达), or for a past year
 * (`history`) the 1-12月 outcome (达到 / 未达到), none while no 1-12月 figure is published.
 */
export function targetBullets(
  rows: RegionTarget[],
  catalog: Catalog,
  lang: Lang,
  t: TargetMessages,
  history = false,
  /**
   * Regions compared (the view's region first): each bar then names its region ("深圳 · …") and
   * takes its colour, the index of the region in this list, as the other panels' series do.
   */
  regions: readonly string[] = [],
): Bullet[] {
  const pct = (v: Figure) => `${formatNumber(v.value, v.decimals, lang)}%`
  const space = lang === 'zh' ? '' : ' '
  const say = (value: string, period: Period, line: string, status: string) =>
    `${withParens(value, formatPeriodSpan(period, lang), lang)} · ${line}${status ? ` ${status}` : ''}`
  return rows.flatMap((row): Bullet[] => {
    const { reading } = row
    const place = regions.indexOf(row.region)
    const region = catalog.region.get(row.region)
    const named =
      regions.length > 1 ? `${region ? regionName(region, lang, true) : row.region} · ` : ''
    const label = `${history ? `${reading.target.year} · ` : ''}${named}${indicatorOf(row, catalog, lang)}`
    const tone = place > 0 ? { tone: place } : {}
    const mark = (
      status: TargetStatus | null | undefined,
      words: Partial<Record<TargetStatus, string>>,
    ) => (status ? `${STATUS_SYMBOL[status]} ${words[status] ?? ''}` : '')
    if (reading.kind === 'growth' && reading.latest) {
      const { figure, status: latest } = reading.latest
      const outcome = reading.outcome?.status
      return [
        {
          label,
          ...tone,
          value: figure.value,
          line: reading.line.value,
          text: say(
            pct(figure),
            figure.period,
            lineText(reading, lang, t),
            history ? mark(outcome, t.outcome) : mark(latest, t.status),
          ),
        },
      ]
    }
    if (reading.kind === 'level' && reading.latest) {
      const { figure, completion, schedule } = reading.latest
      const now = statusOf(reading)
      const outcome = reading.outcome?.status
      return [
        {
          label: `${label} · ${t.planDone}`,
          ...tone,
          value: completion.value,
          line: schedule.value,
          text: say(
            pct(completion),
            figure.period,
            `${t.columns.schedule}${space}${pct(schedule)}`,
            history ? mark(outcome, t.outcome) : mark(now, t.status),
          ),
        },
      ]
    }
    return []
  })
}
