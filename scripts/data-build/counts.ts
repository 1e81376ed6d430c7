/**
 * What the official dataset holds, counted as the collection's README counts it (figures,
 * sources and targets, each by the grade of its source): `npm run data` prints it, and
 * tests/unit/data-build/counts.test.ts holds the project's README and ../shared/data/README.md
 * to it.
 */
import type { Target } from '../../src/schemas/targets.ts'
import type { Tables } from './tables.ts'

export type GradeCounts = Record<'A' | 'B' | 'C', number>

export interface OfficialCounts {
  /** The published figures: one per region, period and indicator (observations.json). */
  figures: number
  /** Of the figures, the ranks their sources printed (rank indicators). */
  ranks: number
  /** The figures by the grade of the source each is published with. */
  figuresByGrade: GradeCounts
  sources: number
  sourcesByGrade: GradeCounts
  targets: number
  targetsByGrade: GradeCounts
  targetsByKind: Record<Target['kind'], number>
}

export function countOfficial(tables: Tables): OfficialCounts {
  const grade = new Map(tables.sources.map((s) => [s.id, s.grade]))
  const ranks = new Set(tables.indicators.filter((i) => i.kind === 'rank').map((i) => i.id))
  const byGrade = (ids: readonly string[]): GradeCounts => {
    const counts: GradeCounts = { A: 0, B: 0, C: 0 }
    for (const id of ids) {
      const g = grade.get(id)
      if (g && g !== 'synthetic') counts[g]++
    }
    return counts
  }
  const targetsByKind: OfficialCounts['targetsByKind'] = {
    growth: 0,
    level: 0,
    count: 0,
    qualitative: 0,
  }
  for (const t of tables.targets) targetsByKind[t.kind]++
  return {
    figures: tables.observations.length,
    ranks: tables.observations.filter((o) => ranks.has(o.indicator)).length,
    figuresByGrade: byGrade(tables.observations.map((o) => o.source)),
    sources: tables.sources.length,
    sourcesByGrade: byGrade(tables.sources.map((s) => s.id)),
    targets: tables.targets.length,
    targetsByGrade: byGrade(tables.targets.map((t) => t.source)),
    targetsByKind,
  }
}

/** "A 30 · B 53 · C 39", as the README and the collection's README write a count by grade. */
export const gradesText = ({ A, B, C }: GradeCounts) => `A ${A} · B ${B} · C ${C}`

/** The build's one-line report of the official dataset. */
export function countsText(c: OfficialCounts): string {
  return (
    `official: ${c.figures} figures (${c.ranks} of them printed ranks; ${gradesText(c.figuresByGrade)}), ` +
    `${c.targets} targets (${gradesText(c.targetsByGrade)}), ` +
    `${c.sources} sources (${gradesText(c.sourcesByGrade)})`
  )
}
