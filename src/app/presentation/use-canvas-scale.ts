import { useSyncExternalStore } from 'react'
import { PHONE_QUERY } from '../../lib/use-media.ts'

/** The design canvas: everything is laid out for 1920×1080 and scaled to the screen. */
const CANVAS = { width: 1920, height: 1080 }
/**
 * A phone held upright (narrower than Tailwind's sm, the `max-sm:` of the deck's shell) gets a
 * narrow canvas instead: 36rem wide, as tall as its slide, scrolled. Letterboxed, the 1920 canvas
 * would draw its text at 4–9 px on a 360 px phone (issue 28); at 36rem a slide's 1.5rem body text
 * is 15 px there. The slides reflow to it by container queries on the canvas. (src/index.css
 * holds the same two canvases.)
 */
const PHONE_CANVAS_REM = 36
const ROOT_FONT = 16

function fit(): number {
  if (window.matchMedia(PHONE_QUERY).matches)
    return window.innerWidth / (PHONE_CANVAS_REM * ROOT_FONT)
  return Math.min(window.innerWidth / CANVAS.width, window.innerHeight / CANVAS.height)
}

function subscribe(update: () => void): () => void {
  window.addEventListener('resize', update)
  return () => {
    window.removeEventListener('resize', update)
  }
}

/**
 * The canvas scale for the current screen (letterboxed: never cropped, never scrolled; on a
 * phone, the narrow canvas at the screen's width), for the chart library's pixel sizes. The
 * layout scales by itself: while the canvas ([data-canvas]) is on the page the root font size is
 * 16 px × this scale (src/index.css), so every rem-sized box and text re-lays out at the real
 * resolution and stays sharp on 4K and LED walls, rather than a bitmap being stretched; and a
 * prerendered slide is drawn at the screen's size before any script. 1 on the server.
 */
export function useCanvasScale(): number {
  return useSyncExternalStore(subscribe, fit, () => 1)
}
