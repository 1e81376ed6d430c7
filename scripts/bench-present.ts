/**
 * npm run bench:present — the presentation heap benchmark on its own (npm run bench runs it
 * too). Budget: heap growth ≤ 10% over ≥ 500 slides. Exits non-zero when the budget is broken.
 *
 *   --slides N     how many slides to advance (≥ 500 for the budget)
 *   --warmup N     slides shown before the first measurement (default 300)
 *   --no-build     reuse dist/
 */
import { parseArgs } from 'node:util'
import { heapGrowth, presentationHeap, printHeap } from './bench/present.ts'
import { launchChromium } from './chromium.ts'
import { serveDist } from './bench/serve.ts'

const { values } = parseArgs({
  options: {
    slides: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '300' },
    'no-build': { type: 'boolean', default: false },
  },
})
const slides = Number(values.slides)
const BUDGET = 0.1

const server = await serveDist({ build: !values['no-build'] })
const browser = await launchChromium()
try {
  const result = await presentationHeap(browser, server.url, {
    slides,
    warmup: Number(values.warmup),
  })
  printHeap(result)
  const growth = heapGrowth(result)
  console.log(`heap growth: ${(growth * 100).toFixed(1)}% (budget ≤ ${BUDGET * 100}%)`)
  if (slides < 500) console.log('note: fewer than 500 slides: the budget is not judged')
  if (slides >= 500 && growth > BUDGET) {
    console.error('FAIL: the heap grew beyond the budget')
    process.exitCode = 1
  }
} finally {
  await browser.close()
  await server.close()
}
