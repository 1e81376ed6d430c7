import type { Target } from '../../../schemas/targets.ts'

/** Whether a region has a target for an indicator in a year: the tile keeps a line for it. */
export function hasTarget(
  targets: readonly Target[],
  region: string,
  year: number,
  indicator: string,
): boolean {
  return targets.some((t) => t.region === region && t.year === year && t.indicator === indicator)
}
