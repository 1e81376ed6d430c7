import { useEffect, useLayoutEffect, useState } from 'react'

/** The design canvas: everything is laid out for 1920×1080 and scaled to the screen. */
const CANVAS = { width: 1920, height: 1080 }
const ROOT_FONT = 16

function fit(): number {
  return Math.min(window.innerWidth / CANVAS.width, window.innerHeight / CANVAS.height)
}

/**
 * The canvas scale for the current screen (letterboxed: never cropped, never scrolled). It is
 * applied as the root font size, so every rem-sized box and text re-lays out at the real
 * resolution and stays sharp on 4K and LED walls, rather than a bitmap being stretched.
 */
export function useCanvasScale(): number {
  const [scale, setScale] = useState(fit)
  useEffect(() => {
    const update = () => {
      setScale(fit())
    }
    window.addEventListener('resize', update)
    return () => {
      window.removeEventListener('resize', update)
    }
  }, [])
  useLayoutEffect(() => {
    const root = document.documentElement
    const before = root.style.fontSize
    root.style.fontSize = `${ROOT_FONT * scale}px`
    return () => {
      root.style.fontSize = before
    }
  }, [scale])
  return scale
}
