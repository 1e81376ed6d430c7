/**
 * The contract of every URL parameter, shared by the filters, the modes and the presentation:
 * one parser (valid / invalid / missing) and one serializer per parameter, values too long to
 * be legitimate refused unread, and every ignored parameter reported with the reason.
 */
import { CODE_PATTERN } from '../../schemas/constants.ts'
import type { AsofRefusal } from '../../domain/vintage.ts'

/** A region, deck or indicator code: the same pattern as the API's codes. */
export const CODE = CODE_PATTERN

/** Longer values are not even looked at: nothing legitimate is this long. */
export const MAX_VALUE_LENGTH = 200

export type Parsed<T> =
  { status: 'valid'; value: T } | { status: 'invalid' } | { status: 'missing' }

export interface Param<T> {
  key: string
  fallback: T
  parse: (raw: string) => T | undefined
  serialize: (value: T) => string | null
  /** Why a value that does not parse is refused, when there is more to say than "invalid". */
  why?: (raw: string) => IgnoredParam['reason']
}

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    values.find((v) => v === raw)

/** A parameter of the link that was ignored, and why. */
export interface IgnoredParam {
  key: string
  value: string
  reason:
    | 'invalid'
    | 'january'
    | 'unknown-region'
    | 'unknown-period'
    | 'repeated'
    | 'unknown-key'
    /** A period the `asof` day had not yet seen published. */
    | 'unpublished-then'
    /** asof: a day before the dataset's first release, a day still to come, releases not loaded. */
    | AsofRefusal
}

export function parseParam<T>(param: Param<T>, search: URLSearchParams): Parsed<T> {
  const raw = search.getAll(param.key)[0]
  if (raw === undefined) return { status: 'missing' }
  if (raw.length > MAX_VALUE_LENGTH) return { status: 'invalid' }
  const value = param.parse(raw)
  return value === undefined ? { status: 'invalid' } : { status: 'valid', value }
}

/** A value as a notice quotes it: at most 40 characters. */
export const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)
