/**
 * 需关注: the findings of the rules of data/attention-rules.csv on a dataset's figures, per
 * period, as published (README, "需关注"). A rule reads only published figures: where a figure
 * it needs is not published (the city's, the province's, the previous period's, a complete set
 * of ranks), it finds nothing, and the period says how much could be read.
 */
import { rankIndicators } from '../../src/domain/catalog.ts'
import { changeInPoints } from '../../src/domain/change.ts'
import { ObservationTable } from '../../src/domain/observation-table.ts'
import { makePeriod, periodYear, periodsOfYear, type Period } from '../../src/domain/period.ts'
import { cityStanding, rankChange, type RankContext, type Standing } from '../../src/domain/rank.ts'
import { previousPublished } from '../../src/domain/series.ts'
import { micro, type Figure } from '../../src/domain/target-arithmetic.ts'
import { groupTargets, readTarget } from '../../src/domain/targets.ts'
import type { Alert, AttentionFigure, PeriodAttention } from '../../src/schemas/attention.ts'
import { ATTENTION_LEVELS } from '../../src/schemas/attention.ts'
import type { Indicator } from '../../src/schemas/indicators.ts'
import type { Observation, ObservationsFile } from '../../src/schemas/observations.ts'
import type { Region } from '../../src/schemas/regions.ts'
import type { Target } from '../../src/schemas/targets.ts'
import type { AttentionRule } from './attention-rules.ts'
import {
  PREVIOUS_LABEL,
  fillText,
  indicatorWords,
  percent,
  periodWords,
  points,
  rankWords,
  regionWords,
  seriesWords,
  targetWords,
  valueWords,
  type Words,
} from './attention-text.ts'

export interface AttentionInput {
  rules: readonly AttentionRule[]
  regions: readonly Region[]
  indicators: readonly Indicator[]
  /** Every observation of the dataset (all years: 由正转负 at 1-2月 reads the year before). */
  observations: readonly Observation[]
  targets: readonly Target[]
  /** The periods to evaluate: those of the dataset with any figure. */
  periods: readonly Period[]
}

/** A finding before its sentence: the rule's values for the placeholders, and its figures. */
interface Finding {
  figures: AttentionFigure[]
  values: Record<string, Words>
}

interface Context {
  table: ObservationTable
  ranks: RankContext
  region: Region
  indicator: Indicator
  period: Period
  current: Observation
  province: Region | undefined
  targets: readonly Target[]
  groupOf: (code: string | null) => Region | undefined
}

const observed = (role: AttentionFigure['role'], o: Observation): AttentionFigure => ({
  role,
  kind: 'figure',
  region: o.region,
  indicator: o.indicator,
  period: o.period,
  value: o.value,
  decimals: o.decimals,
  source: o.source,
})

const below = (figure: Figure, line: Figure) => micro(figure.value) < micro(line.value)

/** The previous published figure: of the year, or for a year's first, the year before's 1-12月. */
function previousOf(c: Context): { observation: Observation; label: Words } | undefined {
  const within = previousPublished(c.table, c.region.code, c.period, c.indicator.id)
  if (within) return { observation: within.observation, label: PREVIOUS_LABEL.period }
  const december = makePeriod(periodYear(c.period) - 1, 12)
  const lastYear = c.table.get(c.region.code, december, c.indicator.id)
  return lastYear ? { observation: lastYear, label: PREVIOUS_LABEL.year } : undefined
}

/** The year's target of the figure: the first row of its region, year and indicator. */
function targetOf(c: Context): Target | undefined {
  const [group] = groupTargets(c.targets, {
    region: c.region.code,
    year: periodYear(c.period),
    indicator: c.indicator.id,
  })
  return group?.targets[0]
}

const targetFigure = (c: Context, target: Target, line: Figure): AttentionFigure => ({
  role: 'target',
  kind: 'target',
  region: target.region,
  indicator: target.indicator,
  period: c.period,
  value: line.value,
  decimals: line.decimals,
  source: target.source,
})

const computed = (c: Context, role: AttentionFigure['role'], figure: Figure): AttentionFigure => ({
  role,
  kind: 'computed',
  region: c.region.code,
  indicator: c.indicator.id,
  period: c.period,
  value: figure.value,
  decimals: figure.decimals,
  source: null,
})

const standingFigure = (
  c: Context,
  role: AttentionFigure['role'],
  period: Period,
  standing: Standing,
): AttentionFigure => ({
  role,
  kind: 'rank',
  region: c.region.code,
  indicator: c.indicator.id,
  period,
  value: standing.rank,
  decimals: 0,
  source: standing.publishedIn ?? null,
})

type Evaluate = (c: Context, threshold: Figure) => Finding | undefined

const EVALUATE: Record<AttentionRule['condition'], Evaluate> = {
  negative: (c, threshold) =>
    below(c.current, threshold)
      ? { figures: [observed('current', c.current)], values: {} }
      : undefined,

  turned_negative: (c, threshold) => {
    if (!below(c.current, threshold)) return undefined
    const previous = previousOf(c)
    if (!previous || below(previous.observation, threshold)) return undefined
    return {
      figures: [observed('current', c.current), observed('previous', previous.observation)],
      values: {
        previous: valueWords(c.indicator, previous.observation),
        previous_period: periodWords(previous.observation.period),
        previous_label: previous.label,
      },
    }
  },

  below_target: (c, threshold) => {
    const target = targetOf(c)
    if (!target) return undefined
    const reading = readTarget(target, c.table, c.period)
    if (reading.kind !== 'growth' || reading.comparison === 'at-most') return undefined
    const latest = reading.latest
    if (!latest || latest.figure.period !== c.period) return undefined
    if (!(micro(latest.gap.value) < -micro(threshold.value))) return undefined
    return {
      figures: [observed('current', c.current), targetFigure(c, target, reading.line)],
      values: { target: targetWords(target, reading.line), gap: points(latest.gap) },
    }
  },

  behind_schedule: (c, threshold) => {
    const target = targetOf(c)
    if (!target) return undefined
    const reading = readTarget(target, c.table, c.period)
    if (reading.kind !== 'level' || reading.comparison === 'at-most') return undefined
    const latest = reading.latest
    if (!latest || latest.figure.period !== c.period) return undefined
    if (!(micro(latest.gap.value) <= -micro(threshold.value))) return undefined
    return {
      figures: [
        observed('current', c.current),
        targetFigure(c, target, reading.plan),
        computed(c, 'completion', latest.completion),
        computed(c, 'schedule', latest.schedule),
      ],
      values: {
        target: targetWords(target, reading.plan),
        completion: percent(latest.completion),
        schedule: percent(latest.schedule),
        gap: points(latest.gap),
      },
    }
  },

  below_province: (c, threshold) => {
    if (c.region.type !== 'city' || !c.province) return undefined
    const province = c.table.get(c.province.code, c.period, c.indicator.id)
    if (!province) return undefined
    const gap = changeInPoints(c.current, province)
    if (!(micro(gap.value) <= -micro(threshold.value))) return undefined
    return {
      figures: [observed('current', c.current), observed('province', province)],
      values: { province: valueWords(c.indicator, province), gap: points(gap) },
    }
  },

  rank_drop: (c, threshold) => {
    if (c.region.type !== 'city') return undefined
    const previous = previousPublished(c.table, c.region.code, c.period, c.indicator.id)
    if (!previous) return undefined
    const now = cityStanding(c.table, c.ranks, c.region, c.period, c.indicator.id)
    const before = cityStanding(c.table, c.ranks, c.region, previous.period, c.indicator.id)
    for (const scope of ['province', 'group'] as const) {
      const change = rankChange(now[scope], before[scope])
      if (change === undefined || -change < threshold.value) continue
      const group = c.groupOf(now[scope]!.group)
      return {
        figures: [
          observed('current', c.current),
          standingFigure(c, 'rank', c.period, now[scope]!),
          standingFigure(c, 'previous_rank', previous.period, before[scope]!),
        ],
        values: {
          rank: rankWords(now[scope]!, group),
          previous_rank: rankWords(before[scope]!, group),
          places: { zh: String(-change), en: String(-change) },
          previous_period: periodWords(previous.period),
        },
      }
    }
    return undefined
  },

  falling: (c, threshold) => {
    const series = periodsOfYear(periodYear(c.period))
      .filter((p) => p <= c.period)
      .flatMap((p) => {
        const o = c.table.get(c.region.code, p, c.indicator.id)
        return o ? [o] : []
      })
    const count = threshold.value
    const last = series.slice(-(count + 1))
    if (last.length < count + 1) return undefined
    if (!last.every((o, i) => i === 0 || below(o, last[i - 1]!))) return undefined
    return {
      figures: last.map((o) => observed(o === c.current ? 'current' : 'earlier', o)),
      values: {
        count: { zh: String(count), en: String(count) },
        values: seriesWords(last.map((o) => ({ period: o.period, figure: o }))),
      },
    }
  },
}

/** The observations of a dataset as year files, for an ObservationTable. */
function yearFiles(observations: readonly Observation[]): ObservationsFile[] {
  const byYear = new Map<number, Observation[]>()
  for (const o of observations) {
    const year = periodYear(o.period)
    const list = byYear.get(year)
    if (list) list.push(o)
    else byYear.set(year, [o])
  }
  return [...byYear].map(([year, list]) => ({
    schemaVersion: 1,
    dataset: 'official',
    year,
    synthetic: false,
    observations: list,
  }))
}

/** The findings of every period, in period order. */
export function evaluateAttention(input: AttentionInput): PeriodAttention[] {
  const table = new ObservationTable(yearFiles(input.observations))
  const cities = input.regions.filter((r) => r.type === 'city')
  const province = input.regions.find((r) => r.type === 'province')
  const regions = [...(province ? [province] : []), ...cities]
  const ranks: RankContext = { cities, rankIndicator: rankIndicators([...input.indicators]) }
  const regionByCode = new Map(input.regions.map((r) => [r.code, r]))
  const indicatorById = new Map(input.indicators.map((i) => [i.id, i]))
  const read = input.indicators
    .map((i) => i.id)
    .filter((id) => input.rules.some((rule) => rule.indicators.includes(id)))
  const order = {
    region: new Map(regions.map((r, i) => [r.code, i])),
    indicator: new Map(read.map((id, i) => [id, i])),
    rule: new Map(input.rules.map((r, i) => [r.id, i])),
    level: new Map(ATTENTION_LEVELS.map((l, i) => [l, i])),
  }
  // 预警 rules before 关注, each level in the table's order.
  const rules = [...input.rules].sort(
    (a, b) =>
      order.level.get(a.level)! - order.level.get(b.level)! ||
      order.rule.get(a.id)! - order.rule.get(b.id)!,
  )

  return input.periods.map((period) => {
    const alerts: Alert[] = []
    const evaluated: PeriodAttention['evaluated'] = []
    let figures = 0
    for (const region of regions) {
      const indicators = read.filter((id) => table.get(region.code, period, id))
      figures += indicators.length
      if (indicators.length > 0) evaluated.push({ region: region.code, indicators })
      for (const id of indicators) {
        const indicator = indicatorById.get(id)!
        const c: Context = {
          table,
          ranks,
          region,
          indicator,
          period,
          current: table.get(region.code, period, id)!,
          province,
          targets: input.targets,
          groupOf: (code) => (code ? regionByCode.get(code) : undefined),
        }
        const found = new Set<string>()
        for (const rule of rules) {
          // One finding per condition, and per level (the first rule of the table's order).
          if (!rule.indicators.includes(id) || found.has(rule.condition) || found.has(rule.level))
            continue
          const finding = EVALUATE[rule.condition](c, rule.threshold)
          if (!finding) continue
          found.add(rule.condition).add(rule.level)
          alerts.push({
            rule: rule.id,
            condition: rule.condition,
            level: rule.level,
            region: region.code,
            indicator: id,
            period,
            figures: finding.figures,
            text: fillText(rule.text, {
              region: regionWords(region),
              indicator: indicatorWords(indicator),
              period: periodWords(period),
              value: valueWords(indicator, c.current),
              ...finding.values,
            }),
          })
        }
      }
    }
    alerts.sort(
      (a, b) =>
        order.level.get(a.level)! - order.level.get(b.level)! ||
        order.region.get(a.region)! - order.region.get(b.region)! ||
        order.indicator.get(a.indicator)! - order.indicator.get(b.indicator)! ||
        order.rule.get(a.rule)! - order.rule.get(b.rule)!,
    )
    const evaluatedCities = evaluated.filter((e) => e.region !== province?.code).length
    return {
      period,
      coverage: {
        cities: { evaluated: evaluatedCities, notEvaluated: cities.length - evaluatedCities },
        province: evaluated.some((e) => e.region === province?.code),
        figures: { evaluated: figures, notEvaluated: regions.length * read.length - figures },
      },
      evaluated,
      alerts,
    }
  })
}

/** The indicators the rules read, in indicator order. */
export function attentionIndicators(
  rules: readonly AttentionRule[],
  indicators: readonly Indicator[],
): string[] {
  return indicators.map((i) => i.id).filter((id) => rules.some((r) => r.indicators.includes(id)))
}

/**
 * Every figure a finding rests on is in the API: a published figure with its value and source,
 * a target with its source. A finding resting on a figure that is not is a bug of the build,
 * not a line to show: the build stops (returned as messages, one per figure).
 */
export function checkAttentionFigures(
  periods: readonly PeriodAttention[],
  observations: readonly Observation[],
  targets: readonly Target[],
): string[] {
  const table = new ObservationTable(yearFiles(observations))
  const problems: string[] = []
  for (const { alerts } of periods) {
    for (const alert of alerts) {
      for (const f of alert.figures) {
        const where = `${alert.rule} ${alert.region} ${alert.period}: ${f.role} ${f.indicator} ${f.period}`
        if (f.kind === 'figure') {
          const o = table.get(f.region, f.period, f.indicator)
          if (!o || o.value !== f.value || o.source !== f.source)
            problems.push(
              `${where} = ${f.value} (${f.source ?? 'no source'}) is not a published figure`,
            )
        } else if (f.kind === 'target') {
          const year = periodYear(f.period)
          if (
            !targets.some(
              (t) =>
                t.region === f.region &&
                t.year === year &&
                t.indicator === f.indicator &&
                t.source === f.source,
            )
          )
            problems.push(`${where}: no target of ${year} from ${f.source ?? 'no source'}`)
        }
      }
    }
  }
  return problems
}
