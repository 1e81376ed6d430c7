import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { IndicatorsFileSchema, UnitSchema } from '../../src/schemas/indicators.ts'
import { formatValue, unitLabel } from '../../src/lib/format/number.ts'
import { baseUrl, showEveryPanel, useBrowser } from './browser.ts'

/**
 * What a missing value becomes when code turns it into a string: `null`, `undefined`, `NaN`, as
 * words (so "annulled" or "NaNjing" would not count). Issue 29: the trend chart drew 26 SVG
 * labels reading "null", nearly out of sight but read by screen readers and copied with the text.
 */
const STRAY = '\\b(null|undefined|NaN)\\b'

/**
 * A figure on its own: the whole of a phrase is a number or a range of two (digits, grouping
 * commas, decimals), with at most a sign, an arrow or a status symbol beside it, and no unit. A
 * phrase is an SVG <text> or <tspan> (a line), or the text of the nearest element that is not
 * inline markup (a tile's value <p>, a table cell, a list item): "▲3%", "3.0–5.4%" and "1038亿元"
 * carry their unit; "3", "9.8 ▲" and "3.0–5.4" do not.
 */
const NUMBER = '[+\\-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?'
const SYMBOL = '[▲▼■●↑↓]'
const BARE = `^${SYMBOL}?\\s*${NUMBER}(\\s*[–~]\\s*${NUMBER})?\\s*${SYMBOL}?$`

const indicators = IndicatorsFileSchema.parse(
  JSON.parse(readFileSync('public/api/v1/indicators.json', 'utf8')),
).indicators
const LANGS = ['zh', 'en'] as const

/**
 * The units a figure is written in, as the app's formatter writes them in either language
 * (亿元, 万亿元, %, 个, 位, billion yuan, trillion yuan), the 百分点 a change is given in, and
 * what a header says instead of a unit for a figure that has none, a position: 位次, rank.
 */
const UNITS = [
  ...UnitSchema.options.flatMap((unit) =>
    LANGS.flatMap((lang) => [unitLabel(unit, lang), formatValue(10_000, 0, unit, lang).unit]),
  ),
  '百分点',
  'percentage point',
  'rank',
  'position',
].filter(Boolean)

/**
 * The indicators whose figures a language writes with no unit (a count in English: "15,500",
 * under "5G base stations built"): a header that names one says what the figure is.
 */
const NAMED = indicators.flatMap((indicator) =>
  LANGS.filter((lang) => unitLabel(indicator.unit, lang) === '').map((lang) =>
    lang === 'zh' ? indicator.nameZh : indicator.nameEn,
  ),
)

interface Drawn {
  /** Each text that holds a stray word, with the panel or slide it is in. */
  stray: string[]
  /**
   * Each figure drawn without a unit where one is due. The rule, checkable on any page:
   * - a figure in a table cell: its column's header or its row's header names the unit
   *   ("工业投资（亿元）", "全省位次"), or an indicator written without one (NAMED);
   * - a figure on a chart's value axis: that axis has its unit label, so a chart with two
   *   value axes whose ticks are bare numbers has two;
   * - any other figure in a chart (a data label, a bar's value): the chart names a unit on an
   *   axis;
   * - anywhere else (a tile's value, a list, a sentence's own element): never — the unit is
   *   written beside it, in the same phrase.
   */
  unitless: string[]
  /** How many SVG <text> elements were read: a walk that read none saw no chart. */
  svgTexts: number
  /** How many figures without a unit beside them were checked: a walk that found none checked nothing. */
  figures: number
}

/**
 * Every text of `scope` as the page holds it: each SVG <text> (with its <tspan>s), every other
 * text node, seen or not — what is hidden (sr-only, folded) is still read aloud and copied — and
 * the names a screen reader or a pointer gives an element (aria-label, title, alt).
 */
function drawnText(page: Page, scope: string): Promise<Drawn> {
  return page.evaluate(
    ({ selector, pattern, barePattern, units, unitlessNames }) => {
      const stray = new RegExp(pattern)
      const bare = new RegExp(barePattern)
      const root = document.querySelector(selector)
      if (!root)
        return { stray: [`nothing matches ${selector}`], unitless: [], svgTexts: 0, figures: 0 }
      let figures = 0
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
      const quote = (text: string) => `“${text.trim().slice(0, 80)}”`
      const namesUnit = (text: string | null | undefined) =>
        units.some((unit) => text?.toLowerCase().includes(unit))
      const found: string[] = []
      const unitless: string[] = []
      const svgTexts = [...root.querySelectorAll('svg text')]
      for (const text of svgTexts) {
        const content = text.textContent
        if (stray.test(content)) found.push(`${where(text)} ${quote(content)}`)
      }

      // Charts: a value axis whose ticks are bare numbers has its unit label; any other bare
      // figure is in a chart with a unit on an axis. Recharts draws an axis (its line and label,
      // g.recharts-cartesian-axis) apart from its tick labels, one group of each per axis.
      for (const svg of root.querySelectorAll('svg')) {
        if (svg.parentElement?.closest('svg')) continue
        const lines = [...svg.querySelectorAll('text, tspan')].filter((line) =>
          bare.test(line.textContent.trim()),
        )
        if (lines.length === 0) continue
        figures += lines.length
        const unitLabels = (axis: string) =>
          [...svg.querySelectorAll(`g.recharts-cartesian-axis.recharts-${axis}`)].filter((g) =>
            [...g.querySelectorAll('text')].some((text) => namesUnit(text.textContent)),
          ).length
        const labelled = { xAxis: unitLabels('xAxis'), yAxis: unitLabels('yAxis') }
        for (const axis of ['xAxis', 'yAxis'] as const) {
          const bareAxes = [...svg.querySelectorAll(`.recharts-${axis}-tick-labels`)].filter((g) =>
            [...g.querySelectorAll('text')].some((t) => bare.test(t.textContent.trim())),
          )
          if (bareAxes.length > labelled[axis])
            unitless.push(
              `${where(svg)}: ${bareAxes.length} ${axis} of bare figures (${bareAxes
                .map((g) =>
                  quote([...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
                )
                .join(', ')}), ${labelled[axis]} with a unit label`,
            )
        }
        const hasUnit = [...svg.querySelectorAll('text')].some((text) =>
          namesUnit(text.textContent),
        )
        const labels = lines.filter((line) => !line.closest('[class*=tick-labels]'))
        if (labels.length > 0 && !hasUnit)
          unitless.push(
            `${where(svg)}: ${labels.length} figures and no unit (${labels
              .slice(0, 5)
              .map((line) => quote(line.textContent))
              .join(', ')})`,
          )
      }

      /** The header of a cell's column, and of its row. */
      const headersOf = (cell: HTMLTableCellElement) => {
        const table = cell.closest('table')
        const headerRow = table?.tHead?.rows[table.tHead.rows.length - 1]
        const row = cell.parentElement as HTMLTableRowElement
        return [
          headerRow?.cells[cell.cellIndex]?.textContent,
          row.querySelector('th[scope=row]')?.textContent,
        ]
      }
      const INLINE = 'span, a, b, strong, em, i, small, abbr, data, bdi, sup, sub, mark, time'
      const seen = new Set<Element>()
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement
        if (!el || el.closest('script, style, noscript, template, svg')) continue
        const content = node.textContent ?? ''
        if (stray.test(content)) found.push(`${where(el)} ${quote(content)}`)
        let phrase: Element = el
        while (phrase.matches(INLINE) && phrase.parentElement && phrase !== root)
          phrase = phrase.parentElement
        if (seen.has(phrase)) continue
        seen.add(phrase)
        const text = phrase.textContent.trim()
        if (!bare.test(text) || phrase.closest('th')) continue
        figures += 1
        const cell = phrase.closest('td')
        if (
          cell &&
          headersOf(cell).some(
            (header) => namesUnit(header) || unitlessNames.some((name) => header?.includes(name)),
          )
        )
          continue
        unitless.push(
          cell
            ? `${where(cell)} ${quote(text)} under ${quote(headersOf(cell).join(' / '))}`
            : `${where(phrase)} ${quote(text)}`,
        )
      }
      // What a screen reader says for an element, or a pointer shows over it.
      for (const el of root.querySelectorAll('[aria-label], [title], [alt]')) {
        for (const name of ['aria-label', 'title', 'alt']) {
          const content = el.getAttribute(name)
          if (content === null) continue
          if (stray.test(content)) found.push(`${where(el)} [${name}] ${quote(content)}`)
          if (bare.test(content.trim())) unitless.push(`${where(el)} [${name}] ${quote(content)}`)
        }
      }
      return { stray: found, unitless, svgTexts: svgTexts.length, figures }
    },
    { selector: scope, pattern: STRAY, barePattern: BARE, units: UNITS, unitlessNames: NAMED },
  )
}

/** Both languages, both datasets: the demo fills every panel, the official data leave gaps. */
const VARIANTS = ['', 'lang=en', 'dataset=demo', 'dataset=demo&lang=en']

/** The dashboard's text, read in the view each panel opens on and then in its other view. */
async function bothViews(page: Page): Promise<Drawn> {
  await showEveryPanel(page)
  const first = await drawnText(page, 'body')
  // Each panel's view switch: the button not pressed is the view not yet read.
  const switched = await page.evaluate(() => {
    const others = document.querySelectorAll<HTMLButtonElement>(
      'figure [role=group] button[aria-pressed=false]',
    )
    for (const button of others) button.click()
    return others.length
  })
  // A dashboard without a switch would read one view twice.
  expect(switched).toBeGreaterThan(0)
  await showEveryPanel(page)
  const second = await drawnText(page, 'body')
  return {
    stray: [...new Set([...first.stray, ...second.stray])],
    unitless: [...new Set([...first.unitless, ...second.unitless])],
    svgTexts: first.svgTexts + second.svgTexts,
    figures: first.figures + second.figures,
  }
}

describe('no drawn text reads null, undefined or NaN, nor a figure without its unit', () => {
  const session = useBrowser()

  it.each(
    VARIANTS.flatMap((variant) =>
      // With a compared region too: every panel then draws it (#29, compare means compare).
      ['', 'region=guangzhou', 'region=guangzhou&compare=shenzhen'].map((region) =>
        [region, variant].filter(Boolean).join('&'),
      ),
    ),
  )('the dashboard, every panel in both views: /?%s', async (query) => {
    const { page } = session
    await page.goto(`${baseUrl()}/?${query}`)
    const drawn = await bothViews(page)
    expect(drawn.stray).toEqual([])
    expect(drawn.unitless).toEqual([])
    expect(drawn.svgTexts).toBeGreaterThan(0)
    expect(drawn.figures).toBeGreaterThan(0)
  })

  it.each(VARIANTS)('the brief: /?view=brief&%s', async (query) => {
    const { page } = session
    await page.goto(`${baseUrl()}/?view=brief&${query}`)
    // The brief draws two charts (the growth trend, investment and 技改): read once both are in.
    await page.locator('main figure svg[role=img]').nth(1).waitFor()
    await showEveryPanel(page)
    const drawn = await drawnText(page, 'body')
    expect(drawn.stray).toEqual([])
    expect(drawn.unitless).toEqual([])
    expect(drawn.svgTexts).toBeGreaterThan(0)
    expect(drawn.figures).toBeGreaterThan(0)
  })
})

describe('no slide of the default deck reads null, undefined or NaN, nor a figure without its unit', () => {
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
      let figures = 0
      for (let i = 1; i <= total; i++) {
        await expect.poll(() => slide.textContent()).not.toMatch(/加载中|Loading/)
        await slide.locator('[data-pending], .animate-pulse').first().waitFor({ state: 'detached' })
        // A chart draws once it has measured its box: wait for the page to stand still.
        await showEveryPanel(page)
        const drawn = await drawnText(page, 'main')
        const wrong = [...drawn.stray, ...drawn.unitless]
        if (wrong.length > 0) found[`slide ${i}`] = wrong
        svgTexts += drawn.svgTexts
        figures += drawn.figures
        if (i < total) {
          await page.keyboard.press('ArrowRight')
          await expect
            .poll(() => counter.textContent())
            .toMatch(new RegExp(`(第 ${i + 1}/|^${i + 1} /)`))
        }
      }
      expect(found).toEqual({})
      expect(svgTexts).toBeGreaterThan(0)
      expect(figures).toBeGreaterThan(0)
    },
    60_000,
  )
})
