/** The three ways to read the same filters: the dashboard, the printable brief, the presentation. */
export type Mode = 'dashboard' | 'brief' | 'present'

/**
 * The query string of a mode with the filters of `search`: the one place links between the
 * modes are built. The presentation's own parameters (deck=…) are kept, so leaving and
 * re-entering it shows the same deck.
 */
export function hrefFor(mode: Mode, search: string): string {
  const params = new URLSearchParams(search)
  params.delete('view')
  params.delete('present')
  if (mode === 'brief') params.set('view', 'brief')
  if (mode === 'present') params.set('present', '1')
  const query = params.toString()
  return query ? `?${query}` : ''
}
