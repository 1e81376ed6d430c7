import type { Page } from 'playwright-core'

/** The two phone screens of issue 28: a small Android and an iPhone, in CSS pixels. */
export const PHONES = [
  { name: '360×740', width: 360, height: 740 },
  { name: '390×844', width: 390, height: 844 },
] as const

/** WCAG 2.2 target size (2.5.8, minimum): 24 × 24 CSS pixels. */
export const TARGET_PX = 24
/** Body text (paragraphs, list items, table cells) no smaller than this. */
export const BODY_PX = 14
/**
 * Fine print, which may be smaller than body text (down to SMALLEST_PX): a unit and period line,
 * a source line, a note. The page says which text that is, with the elements HTML has for it
 * (<small>, <figcaption>, <caption>, <footer>) or, where none fits, data-fine-print.
 */
export const FINE_PRINT = 'small, figcaption, caption, footer, [data-fine-print]'
/** Nothing drawn smaller than this: captions, source lines, chart labels included. */
export const SMALLEST_PX = 12

/**
 * What a phone reader would find too small or too wide on the page as it stands, each one line
 * naming the place: the page scrolling sideways; a tap target smaller than 24 × 24 px (a link
 * inside a sentence excepted, as WCAG excepts it); body text under 14 px (FINE_PRINT excepted);
 * any text under 12 px,
 * SVG text at the size it is drawn on the screen (a chart drawn wide and shrunk to the screen
 * shrinks its labels too). Only what is seen counts: sr-only text, hidden controls and closed
 * <details> are skipped.
 */
export function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ target, body, smallest, finePrint }) => {
      const problems: string[] = []
      // Against the screen, not the window: a phone's browser widens its layout viewport (and
      // window.innerWidth with it) to hold a page wider than the screen, then zooms out.
      const width = Math.max(document.documentElement.scrollWidth, window.innerWidth)
      if (width > screen.width + 1)
        problems.push(`scrolls sideways: page ${width} px wide on a ${screen.width} px screen`)

      const seen = (el: Element) => {
        if (el.closest('.sr-only, [hidden], [aria-hidden=true] title, option')) return false
        const style = getComputedStyle(el)
        if (style.visibility === 'hidden' || style.display === 'none') return false
        // Hidden until used (the deck's control bar before the pointer moves).
        if (el.closest('.opacity-0, .pointer-events-none')) return false
        const box = el.getBoundingClientRect()
        // Off the page altogether (Recharts measures text in a span 20000 px above it).
        if (box.bottom + window.scrollY <= 0 || box.right + window.scrollX <= 0) return false
        return box.width > 1 && box.height > 1
      }
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 30)}”`

      // Tap targets.
      const controls = document.querySelectorAll(
        'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=link], [tabindex]:not([tabindex="-1"])',
      )
      for (const el of controls) {
        if (!seen(el)) continue
        const box = el.getBoundingClientRect()
        if (box.width >= target && box.height >= target) continue
        // A link in a sentence: inline, with text of its own block around it.
        const inline = getComputedStyle(el).display === 'inline'
        const block = el.parentElement
        const sentence =
          inline && block !== null && block.textContent.trim().length > el.textContent.trim().length
        if (el.tagName === 'A' && sentence) continue
        problems.push(
          `tap target ${Math.round(box.width)}×${Math.round(box.height)} px: ${name(el)}`,
        )
      }

      // Text sizes, as drawn.
      const small = new Map<string, number>()
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el: Element | null = node.parentElement
        if (!el || !(node.textContent ?? '').trim() || !seen(el)) continue
        let px = parseFloat(getComputedStyle(el).fontSize)
        // SVG text at its size on the screen: a drawing scaled to fit scales its labels.
        if (el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1
        const isBody =
          !(el instanceof SVGElement) &&
          el.closest('p, li, td, th, dd') !== null &&
          el.closest(finePrint) === null
        const floor = isBody ? body : smallest
        if (px + 0.05 >= floor) continue
        const key = `${isBody ? 'body text' : 'text'} ${px.toFixed(1)} px (< ${floor}): ${name(el)}`
        small.set(key, (small.get(key) ?? 0) + 1)
      }
      for (const [key, count] of small) problems.push(count > 1 ? `${key} ×${count}` : key)
      return problems
    },
    { target: TARGET_PX, body: BODY_PX, smallest: SMALLEST_PX, finePrint: FINE_PRINT },
  )
}
