/**
 * What the briefing states, before any language: published figures of one region and period,
 * their comparisons with earlier published periods of the same year, and their standing as far
 * as it is a rank of a whole scope or a rank a source printed. Nothing is computed into a figure
 * (no share from two levels): only published figures go into the text.
 */
import type { Catalog } from '../../../domain/catalog.ts'
import { describeChange, type Change } from '../../../domain/change.ts'
import type { ObservationTable } from '../../../domain/observation-table.ts'
import { periodYear, periodsOfYear, type Period } from '../../../domain/period.ts'
import { cityStanding, isCompleteRank, type CityStanding } from '../../../domain/rank.ts'
import { previousPublished } from '../../../domain/series.ts'
import { groupTargets, readTarget, type TargetReading } from '../../../domain/targets.ts'
import type { Observation } from '../../../schemas/observations.ts'
import type { Target } from '../../../schemas/targets.ts'
import type { Region } from '../../../schemas/regions.ts'

/** A growth rate with what officials read beside it. */
export interface GrowthFact {
  observation: Observation
  /** Against the previous published period of the year, then against 1-2月 when that differs. */
  comparisons: { period: Period; observation: Observation; change: Change }[]
  /** Only ranks of a whole scope, computed or printed by a source: never a partial position. */
  standing: CityStanding
}

export interface BriefingFacts {
  region: Region
  period: Period
  /** The year's target of an indicator, read as of the period (domain/targets.ts). */
  targets: Map<string, TargetReading>
  valueAdded: { level?: Observation; growth?: GrowthFact; month?: Observation } | null
  belowScale: GrowthFact | null
  investment: { level?: Observation; growth?: GrowthFact } | null
  tech: { level?: Observation; growth?: Observation; share?: Observation } | null
  manufacturing: Observation | null
  hightech: { growth?: Observation; share?: Observation; contribution?: Observation } | null
  advanced: { growth?: Observation; share?: Observation } | null
}

/** The fields of an object that are set; null when none is (a sentence with nothing to say). */
function present<T extends object>(fields: T): T | null {
  const set = Object.entries(fields).filter(([, value]) => value !== undefined)
  return set.length > 0 ? (Object.fromEntries(set) as T) : null
}

export function briefingFacts(
  table: ObservationTable,
  catalog: Catalog,
  selection: { region: string; period: Period },
  targets: readonly Target[] = [],
): BriefingFacts | null {
  const region = catalog.region.get(selection.region)
  if (!region) return null
  const { period } = selection
  const get = (indicator: string, at = period) => table.get(region.code, at, indicator)

  const growth = (indicator: string, ranked: boolean): GrowthFact | undefined => {
    const observation = get(indicator)
    if (!observation) return undefined
    const comparisons: { period: Period; observation: Observation }[] = []
    const previous = previousPublished(table, region.code, period, indicator)
    if (previous) comparisons.push(previous)
    const first = periodsOfYear(periodYear(period))[0]!
    const opening =
      first !== period && first !== previous?.period ? get(indicator, first) : undefined
    if (opening) comparisons.push({ period: first, observation: opening })
    const standing: CityStanding = {}
    if (ranked) {
      const found = cityStanding(table, catalog, region, period, indicator)
      if (found.province && isCompleteRank(found.province)) standing.province = found.province
      if (found.group && isCompleteRank(found.group)) standing.group = found.group
    }
    return {
      observation,
      comparisons: comparisons.map((c) => ({
        ...c,
        change: describeChange(observation, c.observation, true),
      })),
      standing,
    }
  }

  const readings = new Map(
    groupTargets(targets, { region: region.code, year: periodYear(period) }).map((group) => [
      group.indicator,
      readTarget(group.targets[0]!, table, period),
    ]),
  )
  return {
    region,
    period,
    targets: readings,
    valueAdded: present({
      level: get('iva_above_scale_100m_yuan'),
      growth: growth('iva_above_scale_yoy_pct', true),
      month: get('iva_above_scale_month_yoy_pct'),
    }),
    belowScale: growth('iva_below_scale_yoy_pct', false) ?? null,
    investment: present({
      level: get('industrial_investment_100m_yuan'),
      growth: growth('industrial_investment_yoy_pct', true),
    }),
    tech: present({
      level: get('tech_transformation_investment_100m_yuan'),
      growth: get('tech_transformation_investment_yoy_pct'),
      share: get('tech_transformation_investment_share_of_industrial_investment_pct'),
    }),
    manufacturing: get('manufacturing_investment_yoy_pct') ?? null,
    hightech: present({
      growth: get('hightech_mfg_va_yoy_pct'),
      share: get('hightech_mfg_va_share_pct'),
      contribution: get('hightech_mfg_contribution_pct'),
    }),
    advanced: present({
      growth: get('advanced_mfg_va_yoy_pct'),
      share: get('advanced_mfg_va_share_pct'),
    }),
  }
}

/** The figures behind a growth fact, and the sources of the ranks it states. */
export function growthSources(fact: GrowthFact | undefined): string[] {
  if (!fact) return []
  return [
    fact.observation.source,
    ...fact.comparisons.map((c) => c.observation.source),
    ...[fact.standing.province, fact.standing.group].flatMap((s) =>
      s?.publishedIn ? [s.publishedIn] : [],
    ),
  ]
}
