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

/**
 * How the bureau words the change of a rate. Growth that rises 提高, falls 回落, or stays 持平;
 * while negative, the decline 降幅收窄 or 降幅扩大; across zero, 由降转增 or 由增转降. Other
 * rates (shares, contribution) only rise, fall or stay.
 */
export type ChangeKind =
  'up' | 'down' | 'flat' | 'narrowed' | 'widened' | 'turned-up' | 'turned-down'

export interface Change {
  /** Current minus previous, in 百分点, with the published decimals. */
  value: number
  decimals: number
  kind: ChangeKind
}

export function describeChange(
  current: { value: number; decimals: number },
  previous: { value: number; decimals: number },
  growth: boolean,
): Change {
  const change = changeInPoints(current, previous)
  const direction = directionOf(change.value)
  let kind: ChangeKind = direction
  if (growth && direction !== 'flat') {
    if (previous.value < 0 && current.value > 0) kind = 'turned-up'
    else if (previous.value > 0 && current.value < 0) kind = 'turned-down'
    else if (previous.value < 0 && current.value <= 0)
      kind = direction === 'up' ? 'narrowed' : 'widened'
  }
  return { ...change, kind }
}
