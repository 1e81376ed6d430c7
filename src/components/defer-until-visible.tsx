import { useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

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
  minHeight: string
  name: string
  children: ReactNode
}) {
  const placeholder = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    if (visible || !placeholder.current) return
    const reveal = () => {
      flushSync(() => {
        setVisible(true)
      })
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal()
      },
      { rootMargin: '600px 0px' },
    )
    observer.observe(placeholder.current)
    window.addEventListener('beforeprint', reveal)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', reveal)
    }
  }, [visible])
  if (visible) return children
  return (
    <div
      ref={placeholder}
      data-deferred={name}
      style={{ minHeight }}
      className="rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    />
  )
}
