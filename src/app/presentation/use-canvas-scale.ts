import { useSyncExternalStore } from 'react'

/** The design canvas: everything is laid out for 1920×1080 and scaled to the screen. */
const CANVAS = { width: 1920, height: 1080 }

function fit(): number {
  return Math.min(window.innerWidth / CANVAS.width, window.innerHeight / CANVAS.height)
}

function subscribe(update: () => void): () => void {
  window.addEventListener('resize', update)
  return () => {
    window.removeEventListener('resize', update)
  }
}

/**
 * The canvas scale for the current screen (letterboxed: never cropped, never scrolled), for the
 * chart library's pixel sizes. The layout scales by itself: while the canvas ([data-canvas]) is on
 * the page the root font size is 16 px × this scale (src/index.css), so every rem-sized box and
 * text re-lays out at the real resolution and stays sharp on 4K and LED walls, rather than a
 * bitmap being stretched; and a prerendered slide is drawn at the screen's size before any script.
 * 1 on the server (the design canvas).
 */
export function useCanvasScale(): number {
  return useSyncExternalStore(subscribe, fit, () => 1)
}
