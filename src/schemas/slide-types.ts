/** The kinds of slide presentation mode shows (kept apart from their schema: the first view needs only these names). */
export const SLIDE_TYPES = [
  'overview',
  'targets',
  'iva',
  'investment',
  'hightech',
  'tech',
  'ranking',
  'map',
  'scorecard',
  'city',
  'attention',
  'commended',
  'releases',
] as const

export type SlideType = (typeof SLIDE_TYPES)[number]
