import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts'
import { median } from './interaction.ts'

export type Preset = 'mobile' | 'desktop'

type Run = Omit<LighthouseResult, 'runs' | 'performanceRuns'>

export interface LighthouseResult {
  runs: number
  /** Scores 0–100: the median over the runs. */
  performance: number
  accessibility: number
  bestPractices: number
  /** The median of each metric over the runs (ms; CLS unitless). */
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** Each run's performance score, to show the spread. */
  performanceRuns: number[]
}

/**
 * Lighthouse 12 against `url`, `runs` times, each in a fresh Chromium (a cold cache, as a first
 * visit): the mobile preset (a mid-range phone on slow 4G, CPU slowed 4×) or the desktop one.
 */
export async function runLighthouse(
  url: string,
  preset: Preset,
  runs: number,
): Promise<LighthouseResult> {
  const results: Run[] = []
  for (let i = 0; i < runs; i++) {
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
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      })
    } finally {
      chrome.kill()
    }
  }
  const med = (key: keyof Run) => median(results.map((r) => r[key]))
  return {
    runs,
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
    fcp: med('fcp'),
    lcp: med('lcp'),
    tbt: med('tbt'),
    cls: med('cls'),
    performanceRuns: results.map((r) => r.performance),
  }
}
