import { useSyncExternalStore } from 'react'
import type { ColorConvention, Theme } from './url/filters.ts'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(listener: () => void) {
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', listener)
  return () => {
    media.removeEventListener('change', listener)
  }
}

/** Whether the page is dark: the URL's theme, or the system's when theme=system. */
export function useIsDark(theme: Theme): boolean {
  // The prerendered page is drawn light; a dark system turns it dark right after hydration.
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  )
  return theme === 'dark' || (theme === 'system' && systemDark)
}

/** Concrete colours for SVG charts: they must survive serialisation into a PNG. */
export interface ChartColors {
  background: string
  foreground: string
  muted: string
  grid: string
  /** Series colours, the selected region first; never red or green, which mean up and down. */
  series: string[]
  province: string
  up: string
  down: string
}

const LIGHT = {
  background: '#ffffff',
  foreground: '#0f172a',
  muted: '#475569',
  grid: '#e2e8f0',
  series: ['#1d4ed8', '#c2410c', '#7e22ce', '#0f766e', '#a16207', '#be185d'],
  province: '#334155',
}

const DARK = {
  background: '#0f172a',
  foreground: '#f1f5f9',
  muted: '#cbd5e1',
  grid: '#334155',
  series: ['#60a5fa', '#fb923c', '#c084fc', '#2dd4bf', '#facc15', '#f472b6'],
  province: '#e2e8f0',
}

export function chartColors(dark: boolean, colors: ColorConvention): ChartColors {
  const base = dark ? DARK : LIGHT
  const red = dark ? '#f87171' : '#b91c1c'
  const green = dark ? '#4ade80' : '#15803d'
  return colors === 'red-up' ? { ...base, up: red, down: green } : { ...base, up: green, down: red }
}
