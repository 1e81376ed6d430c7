import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, useBrowser } from './browser.ts'

const SCREENSHOTS = 'test-results/screenshots'
const ALL_SLIDES = 'overview,iva,investment,hightech,tech,ranking,map,scorecard,city:guangzhou'

const heading = (page: Page) => page.locator('main h1').first().textContent()

/**
 * Layout checks of the current slide, in the page: no scrollbars, nothing outside the canvas
 * or the canvas outside the screen, and no visible text under 20 design pixels (its on-screen
 * size divided by the canvas scale), SVG text included.
 */
function inspectLayout(page: Page) {
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

describe('presentation mode', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 } })

  it('is entered from the dashboard with the same filters, and left with Esc', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&region=shenzhen`)
    await page.getByRole('button', { name: '演示模式' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1')
    expect(new URL(page.url()).searchParams.get('region')).toBe('shenzhen')
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    expect(await page.locator('main').textContent()).toContain('深圳市')
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false)
    await page.getByRole('heading', { name: '广东工业“三稳”监测' }).waitFor()
  })

  it('advances by itself, each slide for its own duration', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=overview@3,map@5`)
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    expect(await page.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('3')
    await expect.poll(() => heading(page), { timeout: 6000 }).toBe('各市分布（示意图）')
    expect(await page.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('5')
    expect(await page.locator('main').textContent()).toContain('第 2/2 页')
  })

  it('follows the keys a presentation clicker sends, pauses and jumps', async () => {
    const { page } = session
    await page.goto(
      `${baseUrl()}/?present=1&dataset=demo&slides=overview,iva,map,ranking&interval=60`,
    )
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    const steps: [string, string][] = [
      ['ArrowRight', '稳增长：规模以上工业增加值'],
      ['PageDown', '各市分布（示意图）'],
      [' ', '各市排名'],
      ['ArrowRight', '“三稳”与技改总览'],
      ['ArrowLeft', '各市排名'],
      ['PageUp', '各市分布（示意图）'],
      ['2', '稳增长：规模以上工业增加值'],
      ['4', '各市排名'],
    ]
    for (const [key, title] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key)
      await expect.poll(() => heading(page)).toBe(title)
    }
    await page.keyboard.press('p')
    await expect.poll(() => page.locator('main footer').textContent()).toContain('已暂停')
    await page.keyboard.press('P')
    await expect.poll(() => page.locator('main footer').textContent()).not.toContain('已暂停')
  })

  it('goes full screen with F', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=overview`)
    await expect.poll(() => page.locator('main footer').textContent()).toContain('按 F 全屏')
    await page.keyboard.press('f')
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
    await expect.poll(() => page.locator('main footer').textContent()).not.toContain('按 F 全屏')
  })

  it('plays a named deck and the interval of the URL', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&deck=cities&interval=7`)
    await expect.poll(() => heading(page)).toBe('各市分布（示意图）')
    // The deck gives this slide no duration of its own: interval=7 applies.
    expect(await page.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('7')
    expect(await page.locator('main').textContent()).toContain('第 1/5 页')
  })

  it('makes one spotlight per city of regions=', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=city&regions=guangzhou,shenzhen`)
    await expect.poll(() => heading(page)).toBe('聚焦：广州市')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => heading(page)).toBe('聚焦：深圳市')
  })

  it('shows the control bar when the mouse moves, and hides it again', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=overview,map`)
    const bar = page.getByRole('toolbar', { name: '演示控制' })
    expect(await bar.evaluate((el) => getComputedStyle(el).opacity)).toBe('0')
    await page.mouse.move(200, 200)
    await page.mouse.move(300, 300)
    await expect.poll(() => bar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
    await bar.getByRole('button', { name: '下一页' }).click()
    await expect.poll(() => heading(page)).toBe('各市分布（示意图）')
    await expect
      .poll(() => bar.evaluate((el) => getComputedStyle(el).opacity), { timeout: 5000 })
      .toBe('0')
  })

  it('keeps the last data and says so when the API stops answering', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=overview&refresh=2`)
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('规模以上工业增加值累计增速')
    expect(await page.locator('main').textContent()).not.toContain('数据未更新')
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'))
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '数据未更新' }).textContent(), {
        timeout: 10_000,
      })
      .toMatch(/^数据未更新 · 最后更新 \d\d:\d\d$/)
    // The figures stay on screen.
    expect(await page.locator('main').textContent()).toContain('5.7%')
    session.problems.splice(0) // the aborted requests are logged by the browser, as expected
  })
})

describe.each([
  ['1280x720', { width: 1280, height: 720 }],
  ['1920x1080', { width: 1920, height: 1080 }],
  ['3840x2160', { width: 3840, height: 2160 }],
  ['3840x1080', { width: 3840, height: 1080 }],
])('presentation at %s', (size, viewport) => {
  const session = useBrowser({ viewport })

  it(
    'fits every slide: no scrollbars, nothing cut off, no text under 20 px (scaled)',
    { timeout: 120_000 },
    async () => {
      const { page } = session
      await page.goto(`${baseUrl()}/?present=1&dataset=demo&slides=${ALL_SLIDES}&interval=600`)
      mkdirSync(SCREENSHOTS, { recursive: true })
      const count = ALL_SLIDES.split(',').length
      for (let i = 0; i < count; i++) {
        await page.waitForFunction(
          (label) => {
            const main = document.querySelector('main')
            const slide = main?.querySelector('[data-slide]')
            return main?.textContent.includes(label) && !slide?.textContent.includes('加载中')
          },
          `第 ${i + 1}/${count} 页`,
        )
        // Charts are drawn by a lazily loaded module: give it its frame.
        await page.waitForFunction(
          () => !document.querySelector('main [data-slide] .animate-pulse'),
        )
        await page.waitForTimeout(300)
        const layout = await inspectLayout(page)
        expect(layout.problems, `${size}, slide ${i + 1}`).toEqual([])
        expect(layout.smallest).toBeGreaterThanOrEqual(19.5)
        if (size === '1920x1080' || size === '3840x2160') {
          await page.screenshot({ path: `${SCREENSHOTS}/present-${size}-${i + 1}.png` })
        }
        await page.keyboard.press('ArrowRight')
      }
    },
  )
})
