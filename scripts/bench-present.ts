/**
 * npm run bench:present — does presentation mode run all day without growing? In Chromium at
 * 1920×1080 it advances N slides (default 500) through the default deck with demo data, and
 * prints the JS heap after garbage collection and the DOM node count at the start and the
 * end. Budget: heap growth ≤ 10%. Exits non-zero when the budget is broken.
 *
 *   --slides N     how many slides to advance (≥ 500 for the budget)
 *   --warmup N     slides shown before the first measurement (default 300): the JIT compiler's
 *                  code and the caches grow for the first few hundred slides and then settle,
 *                  which is not a leak; a leak keeps growing after that
 *   --no-build     reuse dist/
 */
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, serveDist } from './bench/serve.ts'

const { values } = parseArgs({
  options: {
    slides: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '300' },
    'no-build': { type: 'boolean', default: false },
  },
})
const N = Number(values.slides)
const WARMUP = Number(values.warmup)
const BUDGET = 0.1

const server = await serveDist({ build: !values['no-build'] })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
})
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.goto(`${server.url}/?present=1&dataset=demo&interval=600`)
  const counter = page.locator('main footer')
  await counter.waitFor()

  const advance = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const before = await counter.textContent()
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction(
        (text) => document.querySelector('main footer')?.textContent !== text,
        before,
      )
      // Let the slide draw (its chart module, its data) before moving on, as a viewer would.
      await page.waitForFunction(
        () => !document.querySelector('main [data-slide]')?.textContent.includes('加载中'),
      )
    }
  }
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN
    return { heap: heap.usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') }
  }

  // Warm up: every slide many times, so code chunks, data files and compiled code settle.
  await advance(WARMUP)
  const start = await measure()
  const started = performance.now()
  await advance(N)
  const seconds = (performance.now() - started) / 1000
  const end = await measure()

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
  const growth = (end.heap - start.heap) / start.heap
  console.table([
    {
      when: `start (after ${WARMUP} warm-up slides)`,
      'JS heap after GC': mb(start.heap),
      'DOM nodes': start.nodes,
      'JS listeners': start.listeners,
    },
    {
      when: `after ${N} more slides`,
      'JS heap after GC': mb(end.heap),
      'DOM nodes': end.nodes,
      'JS listeners': end.listeners,
    },
  ])
  console.log(
    `${N} slides in ${seconds.toFixed(1)} s (${((seconds * 1000) / N).toFixed(0)} ms a slide)`,
  )
  console.log(`heap growth: ${(growth * 100).toFixed(1)}% (budget ≤ ${BUDGET * 100}%)`)
  if (N < 500) console.log('note: fewer than 500 slides: the budget is not judged')
  if (N >= 500 && growth > BUDGET) {
    console.error('FAIL: the heap grew beyond the budget')
    process.exitCode = 1
  }
} finally {
  await browser.close()
  await server.close()
}
