import type { Page } from 'playwright-core'

/**
 * What a reader would see as broken on the page as it stands, measured from the boxes the
 * browser laid out: a page wider than the screen; text that runs out of its box or over other
 * text; a panel showing more than three 暂无数据; a chart that draws fewer than three figures as
 * a line, or whose two axes carry a single series. Each problem is one line naming the place.
 */
export function layoutProblems(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = []
    const root = document.querySelector(selector)
    if (!root) return [`nothing matches ${selector}`]
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      problems.push(
        `horizontal scroll: ${document.documentElement.scrollWidth} > ${window.innerWidth}`,
      )

    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0')
        return false
      // sr-only text and what a control bar hides until it is used are not seen.
      if (
        el.closest('.sr-only, [hidden], [role=toolbar], option, select, [aria-hidden=true] title')
      )
        return false
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.height > 0
    }
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 24)}”`

    /** The nearest box that clips or scrolls what is inside it; the screen's width otherwise. */
    const clipOf = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box)
        if (/(hidden|auto|scroll|clip)/.test(style.overflowX + style.overflowY))
          return {
            box: box.getBoundingClientRect(),
            scrolls: /(auto|scroll)/.test(style.overflowX + style.overflowY),
          }
      }
      return { box: new DOMRect(0, -1e6, window.innerWidth, 2e6), scrolls: false }
    }

    // Every run of visible text, with its box (the part of it its clipping box lets be seen).
    const texts: { rect: DOMRect; el: Element; text: string }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const text = (node.textContent ?? '').trim()
      if (!el || !text || !visible(el)) continue
      const { box, scrolls } = clipOf(el)
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        if (rect.width <= 1 || rect.height <= 1) continue
        // Text out of its box: past the box that clips it (a scrolling box may hold more).
        if (!scrolls && (rect.right > box.right + 2 || rect.left < box.left - 2))
          problems.push(`text out of its box: ${label(el)}`)
        const left = Math.max(rect.left, box.left)
        const right = Math.min(rect.right, box.right)
        const top = Math.max(rect.top, box.top)
        const bottom = Math.min(rect.bottom, box.bottom)
        if (right - left > 1 && bottom - top > 1)
          texts.push({ rect: new DOMRect(left, top, right - left, bottom - top), el, text })
      }
    }

    // Text over text: two runs of different elements whose boxes overlap by more than 2 px.
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!
        const b = texts[j]!
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
        if (x > 2 && y > 2) problems.push(`text over text: ${label(a.el)} / ${label(b.el)}`)
      }
    }

    // A wall of 暂无数据: more than three in one panel.
    for (const panel of root.querySelectorAll('figure, section, article, [data-slide]')) {
      if (panel.querySelector('figure, section, [data-slide]')) continue // the innermost only
      const missing = texts.filter(
        ({ el, text }) => panel.contains(el) && /暂无数据|No data/.test(text),
      ).length
      if (missing > 3) problems.push(`${missing} × 暂无数据 in ${label(panel)}`)
    }

    // Charts: fewer than three figures drawn as a line; two axes and a single series.
    for (const chart of root.querySelectorAll('.recharts-wrapper')) {
      const dots = chart.querySelectorAll('.recharts-line-dots circle, .recharts-line-dot').length
      const bars = chart.querySelectorAll('.recharts-bar-rectangle').length
      const lines = chart.querySelectorAll('.recharts-line').length
      if (lines > 0 && bars === 0 && dots < 3)
        problems.push(`a line chart of ${dots} figure(s): ${label(chart)}`)
      const axes = chart.querySelectorAll('.recharts-yAxis').length
      const series = lines + chart.querySelectorAll('.recharts-bar').length
      if (axes > 1 && series < 2) problems.push(`two axes for ${series} series: ${label(chart)}`)
    }
    return [...new Set(problems)]
  }, scope)
}

/**
 * Layout checks of the current slide, in the page: no scrollbars, nothing outside the canvas
 * or the canvas outside the screen, and no visible text under 20 design pixels (its on-screen
 * size divided by the canvas scale), SVG text included.
 */
export function slideProblems(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('main')!.getBoundingClientRect()
    const scale = canvas.width / 1920
    const problems: string[] = []
    if (
      document.documentElement.scrollWidth > window.innerWidth ||
      document.documentElement.scrollHeight > window.innerHeight
    ) {
      problems.push('scrollbars')
    }
    if (
      canvas.left < -0.5 ||
      canvas.top < -0.5 ||
      canvas.right > window.innerWidth + 0.5 ||
      canvas.bottom > window.innerHeight + 0.5
    ) {
      problems.push('canvas outside the screen')
    }
    let smallest = Infinity
    for (const element of document.querySelectorAll('main *')) {
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      if (
        box.width === 0 ||
        box.height === 0 ||
        style.visibility === 'hidden' ||
        style.opacity === '0'
      )
        continue
      if (element.closest('[role="toolbar"]')) continue // the control bar: hidden until used
      if (
        box.left < canvas.left - 1 ||
        box.right > canvas.right + 1 ||
        box.top < canvas.top - 1 ||
        box.bottom > canvas.bottom + 1
      ) {
        problems.push(`cut off: ${element.tagName} ${element.textContent.slice(0, 30)}`)
      }
      const ownText = [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      )
      if (!ownText) continue
      let size = parseFloat(style.fontSize)
      if (element instanceof SVGElement) {
        const ctm = (element as SVGGraphicsElement).getScreenCTM()
        size *= ctm ? Math.hypot(ctm.a, ctm.b) : 1
      }
      const design = size / scale
      smallest = Math.min(smallest, design)
      if (design < 19.5)
        problems.push(`text ${design.toFixed(1)}px: ${element.textContent.slice(0, 30)}`)
    }
    return { problems: [...new Set(problems)].slice(0, 10), smallest, scale }
  })
}
