import { describe, expect, it } from 'vitest'
import { baseUrl, useBrowser } from './browser.ts'

describe('the first screen, end to end through the static API', () => {
  const session = useBrowser()

  it('lists the datasets with their data-as-of and reads Guangzhou 2019 through the API', async () => {
    const { page } = session
    await page.goto(baseUrl())
    await expect
      .poll(() => page.getByText('广州 2019年1-12月 规上工业增加值增速：5.1%').count())
      .toBe(1)
    await expect.poll(() => page.getByText('官方发布数据 · 数据截至 2024年1-8月').count()).toBe(1)
    await expect
      .poll(() =>
        page.getByText('演示数据（模拟生成，非统计数据） · 数据截至 2020年1-12月').count(),
      )
      .toBe(1)
  })
})
