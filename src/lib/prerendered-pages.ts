/**
 * The pages in the first response: each is written at build time at its address (vite.config.ts,
 * prerenderPages) and served at exactly that address, its query string as here and nothing more
 * (deploy/nginx-site.conf, the service worker); any other address gets shell.html, which the app
 * fills. The default view, the brief and the deck's first slide: what is opened most, on a phone
 * from a forwarded link as in a meeting room.
 */
export const PRERENDERED_PAGES: readonly { file: string; search: string; dark?: true }[] = [
  { file: 'index.html', search: '' },
  // Always on white paper.
  { file: 'brief.html', search: '?view=brief' },
  // Meeting rooms get the dark theme (app.tsx): from the first paint.
  { file: 'present.html', search: '?present=1', dark: true },
]

/** The file that serves the address `search` (with its leading ?, or ''): a page, or the shell. */
export function pageFile(search: string): string {
  return PRERENDERED_PAGES.find((page) => page.search === search)?.file ?? 'shell.html'
}
