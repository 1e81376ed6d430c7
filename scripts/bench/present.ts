import type { Browser } from 'playwright-core'

export interface HeapSample {
  heap: number
  nodes: number
  listeners: number
}

export interface HeapResult {
  start: HeapSample
  end: HeapSample
  slides: number
  warmup: number
  msPerSlide: number
}

/**
 * Does presentation mode run all day without growing? At 1920×1080 it shows `warmup` slides of
 * the default deck with demo data (the JIT compiler's code and the caches grow for the first few
 * hundred slides and then settle, which is not a leak), then measures the JS heap after garbage
 * collection, the DOM nodes and the listeners, advances `slides` more and measures again.
 */
export async function presentationHeap(
  browser: Browser,
  url: string,
  { slides, warmup }: { slides: number; warmup: number },
): Promise<HeapResult> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  try {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(`${url}/?present=1&dataset=demo&interval=600`)
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
    const measure = async (): Promise<HeapSample> => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      const heap = await cdp.send('Runtime.getHeapUsage')
      const { metrics } = await cdp.send('Performance.getMetrics')
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN
      return { heap: heap.usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') }
    }

    // Both measurements on the same slide of the deck (whole rounds of it): the slides differ in
    // what they hold (a map, a list, a table), and comparing two of them measured that, not a leak.
    await page.waitForFunction(() =>
      /\d+\/\d+/.test(document.querySelector('main footer')?.textContent ?? ''),
    )
    const deckLength = Number(/\d+\/(\d+)/.exec((await counter.textContent()) ?? '')![1])
    console.log(`the deck has ${deckLength} slides: each measurement after whole rounds of it`)
    const rounds = (count: number) => Math.ceil(count / deckLength) * deckLength
    await advance(rounds(warmup))
    const start = await measure()
    const started = performance.now()
    await advance(rounds(slides))
    const msPerSlide = (performance.now() - started) / rounds(slides)
    const end = await measure()
    return { start, end, slides: rounds(slides), warmup: rounds(warmup), msPerSlide }
  } finally {
    await page.close()
  }
}

export function printHeap(result: HeapResult): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
  console.table([
    {
      when: `start (after ${result.warmup} warm-up slides)`,
      'JS heap after GC': mb(result.start.heap),
      'DOM nodes': result.start.nodes,
      'JS listeners': result.start.listeners,
    },
    {
      when: `after ${result.slides} more slides`,
      'JS heap after GC': mb(result.end.heap),
      'DOM nodes': result.end.nodes,
      'JS listeners': result.end.listeners,
    },
  ])
  console.log(`${result.slides} slides, ${result.msPerSlide.toFixed(0)} ms a slide`)
}

export function heapGrowth(result: HeapResult): number {
  return (result.end.heap - result.start.heap) / result.start.heap
}
