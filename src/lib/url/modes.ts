/**
 * The page's mode, also in the URL: the dashboard (default), the printable brief (view=brief)
 * and presentation mode (present=1). Like the filters, each parameter has one parser and one
 * serializer, and an invalid value falls back with a notice. Presentation mode's own
 * parameters (its deck) are parsed by the presentation, which loads only when asked for.
 */
import { shorten, type IgnoredParam } from './params.ts'

export type View = 'dashboard' | 'brief'

export interface Modes {
  view: View
  present: boolean
}

export const DEFAULT_MODES: Modes = { view: 'dashboard', present: false }

/** Parameters of presentation mode: see presentation.ts, loaded with the presentation. */
export const PRESENTATION_KEYS = [
  'deck',
  'slides',
  'interval',
  'regions',
  'refresh',
  'presenter',
] as const

/** The URL parameters of the modes. */
export const MODE_KEYS: readonly string[] = ['view', 'present', ...PRESENTATION_KEYS]

export function parseModes(search: string): { modes: Modes; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search)
  const ignored: IgnoredParam[] = []
  const modes = { ...DEFAULT_MODES }
  const view = params.get('view')
  if (view === 'brief' || view === 'dashboard') modes.view = view
  else if (view !== null) ignored.push({ key: 'view', value: shorten(view), reason: 'invalid' })
  const present = params.get('present')
  if (present === '1') modes.present = true
  else if (present !== null && present !== '0') {
    ignored.push({ key: 'present', value: shorten(present), reason: 'invalid' })
  }
  return { modes, ignored }
}

/** The mode parameters of a canonical URL: defaults left out, presentation's own kept as they are. */
export function serializeModes(
  modes: Modes,
  params: URLSearchParams,
  original: URLSearchParams,
): void {
  if (modes.view === DEFAULT_MODES.view) params.delete('view')
  else params.set('view', modes.view)
  if (modes.present) params.set('present', '1')
  else params.delete('present')
  for (const key of PRESENTATION_KEYS) {
    const value = original.get(key)
    if (value !== null) params.set(key, value)
  }
}
