import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, showEveryPanel, useBrowser } from './browser.ts'

/**
 * What a missing value becomes when code turns it into a string: `null`, `undefined`, `NaN`, as
 * words (so "annulled" or "NaNjing" would not count). Issue 29: the trend chart drew 26 SVG
 * labels reading "null", nearly out of sight but read by screen readers and copied with the text.
 */
const STRAY = '\\b(null|undefined|NaN)\\b'

interface Drawn {
  /** Each text that holds a stray word, with the panel or slide it is in. */
  stray: string[]
  /** How many SVG <text> elements were read: a walk that read none saw no chart. */
  svgTexts: number
}

/**
 * Every text of `scope` as the page holds it: each SVG <text> (with its <tspan>s), every other
 * text node, seen or not — what is hidden (sr-only, folded) is still read aloud and copied — and
 * the names a screen reader or a pointer gives an element (aria-label, title, alt).
 */
function drawnText(page: Page, scope: string): Promise<Drawn> {
  return page.evaluate(
    ({ selector, pattern }) => {
      const stray = new RegExp(pattern)
      const root = document.querySelector(selector)
      if (!root) return { stray: [`nothing matches ${selector}`], svgTexts: 0 }
      /** The panel, slide or section the text is in, by its name, and the element. */
      const where = (el: Element) => {
        let name = selector
        for (let at: Element | null = el; at; at = at.parentElement) {
          const heading = at.getAttribute('aria-labelledby')
          const named =
            at.getAttribute('data-panel') ??
            at.getAttribute('aria-label') ??
            (heading ? document.getElementById(heading)?.textContent : null)
          if (named && !(at instanceof SVGElement)) {
            name = named
            break
          }
        }
        return `${name} ${el.tagName.toLowerCase()}`
      }
      const found: string[] = []
      const svgTexts = [...root.querySelectorAll('svg text')]
      for (const text of svgTexts) {
        const content = text.textContent
        if (stray.test(content)) found.push(`${where(text)} “${content.trim().slice(0, 80)}”`)
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement
        if (!el || el.closest('script, style, noscript, template, svg text')) continue
        const content = node.textContent ?? ''
        if (stray.test(content)) found.push(`${where(el)} “${content.trim().slice(0, 80)}”`)
      }
      // What a screen reader says for an element, or a pointer shows over it.
      for (const el of root.querySelectorAll('[aria-label], [title], [alt]')) {
        for (const name of ['aria-label', 'title', 'alt']) {
          const content = el.getAttribute(name)
          if (content !== null && stray.test(content))
            found.push(`${where(el)} [${name}] “${content.trim().slice(0, 80)}”`)
        }
      }
      return { stray: found, svgTexts: svgTexts.length }
    },
    { selector: scope, pattern: STRAY },
  )
}

/** Both languages, both datasets: the demo fills every panel, the official data leave gaps. */
const VARIANTS = ['', 'lang=en', 'dataset=demo', 'dataset=demo&lang=en']

describe('no drawn text reads null, undefined or NaN', () => {
  const session = useBrowser()

  it.each(
    VARIANTS.flatMap((variant) =>
      ['', 'region=guangzhou'].map((region) => [region, variant].filter(Boolean).join('&')),
    ),
  )('the dashboard, every panel: /?%s', async (query) => {
    const { page } = session
    await page.goto(`${baseUrl()}/?${query}`)
    await showEveryPanel(page)
    const drawn = await drawnText(page, 'body')
    expect(drawn.stray).toEqual([])
    expect(drawn.svgTexts).toBeGreaterThan(0)
  })

  it.each(VARIANTS)('the brief: /?view=brief&%s', async (query) => {
    const { page } = session
    await page.goto(`${baseUrl()}/?view=brief&${query}`)
    // The brief draws two charts (the growth trend, investment and 技改): read once both are in.
    await page.locator('.recharts-wrapper > svg').nth(1).waitFor()
    await showEveryPanel(page)
    const drawn = await drawnText(page, 'body')
    expect(drawn.stray).toEqual([])
    expect(drawn.svgTexts).toBeGreaterThan(0)
  })
})

describe('no slide of the default deck reads null, undefined or NaN', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 } })

  it.each(VARIANTS)(
    'every slide: /?present=1&%s',
    async (query) => {
      const { page } = session
      // A long interval: the walk, not the clock, moves from slide to slide.
      await page.goto(`${baseUrl()}/?present=1&interval=600&${query}`)
      const counter = page.locator('[data-slide-count]')
      await counter.waitFor()
      const total = Number(/(\d+)\D*$/.exec((await counter.textContent()) ?? '')?.[1])
      expect(total).toBeGreaterThan(1)
      const slide = page.locator('[data-slide]')
      const found: Record<string, string[]> = {}
      let svgTexts = 0
      for (let i = 1; i <= total; i++) {
        await expect.poll(() => slide.textContent()).not.toMatch(/加载中|Loading/)
        await slide.locator('[data-pending], .animate-pulse').first().waitFor({ state: 'detached' })
        // A chart draws once it has measured its box: wait for the page to stand still.
        await showEveryPanel(page)
        const drawn = await drawnText(page, 'main')
        if (drawn.stray.length > 0) found[`slide ${i}`] = drawn.stray
        svgTexts += drawn.svgTexts
        if (i < total) {
          await page.keyboard.press('ArrowRight')
          await expect
            .poll(() => counter.textContent())
            .toMatch(new RegExp(`(第 ${i + 1}/|^${i + 1} /)`))
        }
      }
      expect(found).toEqual({})
      expect(svgTexts).toBeGreaterThan(0)
    },
    60_000,
  )
})
