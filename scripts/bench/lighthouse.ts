import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts'
import { median } from './interaction.ts'

export type Preset = 'mobile' | 'desktop'

/** One Lighthouse run: scores 0–100; FCP, LCP and TBT in ms; CLS unitless. */
export interface LighthouseRun {
  performance: number
  accessibility: number
  bestPractices: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
}

/** The median of each number over the runs, and the runs themselves. */
export interface LighthouseResult extends LighthouseRun {
  runs: LighthouseRun[]
}

/**
 * One Lighthouse 12 run against `url` in a fresh Chromium (a cold cache, as a first visit): the
 * mobile preset (a mid-range phone on slow 4G, CPU slowed 4×) or the desktop one. A run whose
 * recording Lighthouse itself reports as failed (e.g. NO_NAVSTART, once in some 40 runs here)
 * is run again, once, and said so: it measured nothing.
 */
export async function lighthouseRun(url: string, preset: Preset): Promise<LighthouseRun> {
  try {
    return await lighthouseOnce(url, preset)
  } catch (error) {
    if (!(error instanceof LighthouseRuntimeError)) throw error
    console.log(`${preset} ${url}: ${error.message}; run again`)
    return lighthouseOnce(url, preset)
  }
}

class LighthouseRuntimeError extends Error {}

async function lighthouseOnce(url: string, preset: Preset): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS })
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error('Lighthouse returned no result')
    const lhr = result.lhr
    if (lhr.runtimeError)
      throw new LighthouseRuntimeError(`Lighthouse: ${lhr.runtimeError.message}`)
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    }
  } finally {
    chrome.kill()
  }
}

/** The median of each number over `runs`. */
export function summarize(runs: LighthouseRun[]): LighthouseResult {
  const med = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]))
  return {
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
    fcp: med('fcp'),
    lcp: med('lcp'),
    tbt: med('tbt'),
    cls: med('cls'),
    runs,
  }
}

/**
 * The pages measured side by side: the dashboard's default view, the floor app (benchmarks/),
 * the presentation's first slide and the one-page brief.
 */
export const PAGES = ['dashboard', 'floor', 'presentation', 'brief'] as const
export type LighthousePage = (typeof PAGES)[number]

/** dashboard / floor of the medians of each metric (null when the floor's is 0). */
export interface FloorRatios {
  fcp: number | null
  lcp: number | null
  tbt: number | null
}

/** The app's pages, each measured beside the floor app. */
export const APP_PAGES = ['dashboard', 'brief', 'presentation'] as const

/** A page's medians over the floor app's, measured in the same run. */
export function floorRatios(
  result: Record<LighthousePage, LighthouseResult>,
  page: (typeof APP_PAGES)[number] = 'dashboard',
): FloorRatios {
  const ratio = (key: keyof FloorRatios) =>
    result.floor[key] > 0 ? result[page][key] / result.floor[key] : null
  return { fcp: ratio('fcp'), lcp: ratio('lcp'), tbt: ratio('tbt') }
}

export const ms = (value: number) => `${value.toFixed(0)} ms`
export const times = (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)}×`)

/**
 * `runs` rounds of the pages in turn (dashboard, floor, presentation, brief, dashboard, …), so
 * that whatever else the machine does weighs on all alike; prints each run, then the medians
 * and each page's ratios to the floor app's.
 */
export async function lighthouseSideBySide(
  urls: Record<LighthousePage, string>,
  preset: Preset,
  runs: number,
): Promise<Record<LighthousePage, LighthouseResult>> {
  const all = { dashboard: [], floor: [], presentation: [], brief: [] } as Record<
    LighthousePage,
    LighthouseRun[]
  >
  for (let i = 1; i <= runs; i++) {
    for (const page of PAGES) {
      const r = await lighthouseRun(urls[page], preset)
      all[page].push(r)
      console.log(
        `${preset} ${i}/${runs} ${page.padEnd(12)} performance ${String(r.performance).padStart(3)}, ` +
          `FCP ${ms(r.fcp)}, LCP ${ms(r.lcp)}, TBT ${ms(r.tbt)}, CLS ${r.cls.toFixed(3)}`,
      )
    }
  }
  const result = {} as Record<LighthousePage, LighthouseResult>
  for (const page of PAGES) result[page] = summarize(all[page])
  console.log(`${preset}: medians of ${runs} runs`)
  console.table(
    PAGES.map((page) => {
      const r = result[page]
      return {
        page,
        performance: r.performance,
        accessibility: r.accessibility,
        'best practices': r.bestPractices,
        FCP: ms(r.fcp),
        LCP: ms(r.lcp),
        TBT: ms(r.tbt),
        CLS: r.cls.toFixed(3),
      }
    }),
  )
  for (const page of APP_PAGES) {
    const ratios = floorRatios(result, page)
    console.log(
      `${preset} ${page}/floor: LCP ${times(ratios.lcp)}, FCP ${times(ratios.fcp)}, ` +
        `TBT ${times(ratios.tbt)}`,
    )
  }
  return result
}
