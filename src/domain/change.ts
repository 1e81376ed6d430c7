/** Up, down or unchanged: the sign of a figure or of a change, never shown by colour alone. */
export type Direction = 'up' | 'down' | 'flat'

export function directionOf(value: number): Direction {
  return value > 0 ? 'up' : value < 0 ? 'down' : 'flat'
}

/**
 * The change of a rate between two published figures, in percentage points (百分点), exact to
 * the larger number of decimals of the two: 5.1 − 1.1 = 4.0, never 3.9999999999999996.
 */
export function changeInPoints(
  current: { value: number; decimals: number },
  previous: { value: number; decimals: number },
): { value: number; decimals: number } {
  const decimals = Math.max(current.decimals, previous.decimals)
  const scale = 10 ** decimals
  const difference = Math.round(current.value * scale) - Math.round(previous.value * scale)
  return { value: difference / scale, decimals }
}
