/**
 * The page's mode, also in the URL: the dashboard (default), the printable brief (view=brief).
 * Like the filters, each parameter has one parser and an invalid value falls back with a notice.
 */
import type { IgnoredParam } from './filters.ts'

export type View = 'dashboard' | 'brief'

export interface Modes {
  view: View
}

export const DEFAULT_MODES: Modes = { view: 'dashboard' }

export function parseModes(search: string): { modes: Modes; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search)
  const ignored: IgnoredParam[] = []
  const modes = { ...DEFAULT_MODES }
  const view = params.get('view')
  if (view === 'brief' || view === 'dashboard') modes.view = view
  else if (view !== null) ignored.push({ key: 'view', value: view.slice(0, 40), reason: 'invalid' })
  return { modes, ignored }
}

/** The mode parameters of a canonical URL: defaults left out. */
export function serializeModes(modes: Modes, params: URLSearchParams): void {
  if (modes.view === DEFAULT_MODES.view) params.delete('view')
  else params.set('view', modes.view)
}
