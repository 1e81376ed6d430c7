/**
 * Vintages (issue 26, `asof`): the dataset as it stood at the end of each release day. The
 * figures of a day are rebuilt in the browser from releases/{dataset}.json (each figure's
 * release, each earlier value's); what the browser cannot rebuild without every file of every
 * year is the catalog (which periods and regions had figures, each region's default period) and
 * the 需关注 findings. Those are written here, as steps: what each day published first, and
 * the findings that read differently on that day than now.
 */
import { KEY_IDS } from '../../src/domain/default-period.ts'
import { periodYear, type Period } from '../../src/domain/period.ts'
import { figureKey } from '../../src/domain/vintage.ts'
import type { PeriodAttention } from '../../src/schemas/attention.ts'
import type { Observation } from '../../src/schemas/observations.ts'
import type { EarlierValue, Release } from '../../src/schemas/releases.ts'
import type { VintageStep } from '../../src/schemas/vintages.ts'

export interface VintageInput {
  observations: readonly Observation[]
  /** Oldest first, as in releases/{dataset}.json. */
  releases: readonly Release[]
  earlier: readonly EarlierValue[]
  /** The findings of some periods on some figures (null: the dataset has no rules). */
  attention: ((observations: Observation[], periods: Period[]) => PeriodAttention[]) | null
  /** The current findings, by period. */
  current: ReadonlyMap<Period, PeriodAttention>
}

export function vintageSteps(input: VintageInput): VintageStep[] {
  const order = new Map(input.releases.map((r, i) => [r.id, i]))
  const earlier = new Map<string, EarlierValue[]>()
  for (const value of input.earlier) {
    const key = figureKey(value)
    earlier.set(key, [...(earlier.get(key) ?? []), value])
  }
  // Each figure's values, oldest first, each with the place of its release.
  const histories = input.observations.map((o) =>
    [...(earlier.get(figureKey(o)) ?? []), o]
      .map((v) => ({ value: v, at: order.get(v.release)! }))
      .sort((a, b) => a.at - b.at),
  )
  // The place of the last release of each day: the view as published that day.
  const days = input.releases.flatMap((r, i) =>
    input.releases[i + 1]?.date === r.date ? [] : [{ date: r.date, through: i }],
  )
  const dayOf = (at: number) => days.find((d) => d.through >= at)!

  const steps = new Map<
    string,
    { added: Map<Period, Map<string, number>>; latest: Record<string, Record<string, Period>> }
  >(days.map((d) => [d.date, { added: new Map(), latest: {} }]))
  for (const history of histories) {
    const { value: first, at } = history[0]!
    const step = steps.get(dayOf(at).date)!
    const counts = step.added.get(first.period) ?? new Map<string, number>()
    counts.set(first.region, (counts.get(first.region) ?? 0) + 1)
    step.added.set(first.period, counts)
    if (KEY_IDS.has(first.indicator)) {
      const periods = (step.latest[first.region] ??= {})
      const current = periods[first.indicator]
      if (current === undefined || first.period > current) periods[first.indicator] = first.period
    }
  }

  return days.map(({ date, through }, i) => {
    const step = steps.get(date)!
    const last = i === days.length - 1
    return {
      date,
      added: [...step.added]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([period, regions]) => ({ period, regions: Object.fromEntries(regions) })),
      latest: step.latest,
      attention: last || !input.attention ? [] : attentionThen(input, histories, through),
    }
  })
}

/**
 * The findings that read differently once the releases up to `through` were out: those of the
 * periods with figures then, whose figures (or the earlier ones of the year and the year before,
 * which the rules read) were then missing or of another value.
 */
function attentionThen(
  input: VintageInput,
  histories: { value: EarlierValue | Observation; at: number }[][],
  through: number,
): PeriodAttention[] {
  const then: Observation[] = []
  const changed = new Set<Period>()
  input.observations.forEach((o, i) => {
    const history = histories[i]!
    if (history[0]!.at > through) {
      changed.add(o.period)
      return
    }
    // Most figures were never revised: their value then is their value now.
    const value = history.length === 1 ? o : history.findLast((v) => v.at <= through)!.value
    if (value === o) then.push(o)
    else {
      then.push({
        ...o,
        value: value.value,
        decimals: value.decimals,
        source: value.source,
        release: value.release,
      })
      changed.add(o.period)
    }
  })
  const observations = then
  const periods = [...new Set(observations.map((o) => o.period))].filter((p) =>
    [...changed].some((c) => c <= p && periodYear(c) >= periodYear(p) - 1),
  )
  if (periods.length === 0) return []
  // The rules read a period's year and the year before: the rest of the figures need not be read.
  const years = new Set(periods.flatMap((p) => [periodYear(p), periodYear(p) - 1]))
  const read = observations.filter((o) => years.has(periodYear(o.period)))
  return input.attention!(read, periods).filter(
    (then) => JSON.stringify(then) !== JSON.stringify(input.current.get(then.period)),
  )
}
