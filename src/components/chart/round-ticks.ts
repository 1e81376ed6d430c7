/** The steps an axis may take, times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10]

/**
 * Round ticks for a value axis from zero, whichever side of it the figures are: about `count`
 * of them, a step of 1, 2, 2.5 or 5 times a power of ten, the first at or below the lowest
 * figure and the last at or above the highest (#29: the ranking's axis read -0.1% 1.9% 3.9%
 * 5.9% 6.7%, the figures' own ends split in four).
 */
export function roundTicks(values: readonly number[], count = 5): number[] {
  const low = Math.min(0, ...values)
  const high = Math.max(0, ...values)
  if (low === high) return [0, 1]
  const raw = (high - low) / (count - 1)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = STEPS.map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9))!
  const first = Math.floor(low / step + 1e-9)
  const last = Math.ceil(high / step - 1e-9)
  // Multiples of the step, rounded off the float noise (0.30000000000000004).
  return Array.from({ length: last - first + 1 }, (_, i) =>
    Number(((first + i) * step).toPrecision(12)),
  )
}
