import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** Whether the element is on or near the screen (within `margin`), or the page is printing. */
export function useNearScreen(ref: RefObject<HTMLElement | null>, margin: string): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new IntersectionObserver(
      (entries) => {
        setNear(entries.at(-1)?.isIntersecting ?? false)
      },
      { rootMargin: `${margin} 0px` },
    )
    observer.observe(element)
    // Printing lays out every panel: draw them all, before the print snapshot is taken.
    const print = () => {
      flushSync(() => {
        setNear(true)
      })
    }
    window.addEventListener('beforeprint', print)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', print)
    }
  }, [ref, margin])
  return near
}

/**
 * Renders its children once they come near the screen (or the page is printed): panels far
 * below the first view cost nothing until someone scrolls to them, so the headline figures
 * paint and respond first. The placeholder keeps the panel's height.
 */
export function DeferUntilVisible({
  minHeight,
  name,
  children,
}: {
  /** A class, not a style: the prerendered page's CSP allows no style attribute. */
  minHeight: `min-h-${string}`
  name: string
  children: ReactNode
}) {
  const placeholder = useRef<HTMLDivElement>(null)
  const near = useNearScreen(placeholder, '600px')
  // Once drawn, drawn for good.
  const [drawn, setDrawn] = useState(false)
  if (near && !drawn) setDrawn(true)
  if (drawn) return children
  return (
    <div
      ref={placeholder}
      data-deferred={name}
      className={`${minHeight} rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900`}
    />
  )
}
