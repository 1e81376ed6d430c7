/**
 * English number agreement, by one rule for the whole interface: CLDR's, through
 * Intl.PluralRules ("1 city", "2 cities", "0 figures"). A figure agrees with what is printed,
 * decimals included: "1 point" but "1.0 points" and "0.5 points". Chinese needs none.
 */
const rules = new Map<number | null, Intl.PluralRules>()

/** The rule for a figure printed with `decimals`, or (null) for a number as it is. */
function ruleFor(decimals: number | null): Intl.PluralRules {
  let rule = rules.get(decimals)
  if (!rule) {
    rule = new Intl.PluralRules(
      'en',
      decimals === null ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    )
    rules.set(decimals, rule)
  }
  return rule
}

/**
 * The English form that agrees with `count`: a number, or a figure as it is printed ("1.0",
 * "1,038.5"), whose decimals count.
 */
export function pluralEn(count: number | string, one: string, other: string): string {
  const [value, decimals] =
    typeof count === 'number'
      ? [count, null]
      : [Number(count.replace(/,/g, '')), /\.(\d+)$/.exec(count)?.[1]?.length ?? 0]
  return ruleFor(decimals).select(Math.abs(value)) === 'one' ? one : other
}

/** The count and the noun that agrees with it: "1 city", "20 cities", "1.0 points". */
export function countEn(count: number | string, one: string, other: string): string {
  return `${count} ${pluralEn(count, one, other)}`
}
