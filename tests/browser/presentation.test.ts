import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, useBrowser } from './browser.ts'

const heading = (page: Page) => page.locator('main h1').first().textContent()

describe('presentation mode', () => {
  const session = useBrowser({ viewport: { width: 1920, height: 1080 } })

  it('is entered from the dashboard with the same filters, and left with Esc', async () => {
    const { page } = session
    await page.goto(`${baseUrl()}/?dataset=demo&region=shenzhen`)
    await page.getByRole('button', { name: '演示模式' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1')
    expect(new URL(page.url()).searchParams.get('region')).toBe('shenzhen')
    await expect.poll(() => heading(page)).toBe('“三稳”与技改总览')
    // The title is drawn before the slide's figures (加载中… until they are in).
    await expect.poll(() => page.locator('main').textContent()).toContain('深圳市')
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
    expect(await page.locator('main').textContent()).toContain('第 1/8 页') // the 计分卡 in four pages, one per region group
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
    await page.locator('[data-slide] [data-pending]').waitFor({ state: 'detached' })
    const shown = (await page.locator('main').textContent())!.match(/-?\d+\.\d%/g)
    expect(shown?.length).toBeGreaterThan(2)
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'))
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '数据未更新' }).textContent(), {
        timeout: 10_000,
      })
      .toMatch(/^数据未更新 · 最后更新 \d\d:\d\d$/)
    // The figures stay on screen.
    expect((await page.locator('main').textContent())!.match(/-?\d+\.\d%/g)).toEqual(shown)
    session.problems.splice(0) // the aborted requests are logged by the browser, as expected
  })
})
