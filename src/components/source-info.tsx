import { Suspense, useEffect, useId, useRef, useState } from 'react'
import { lazyRetry } from '../lib/lazy-retry.ts'
import { sourceLabel } from '../lib/format/names.ts'
import type { Lang } from '../lib/i18n/lang.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'
import type { Source } from '../schemas/sources.ts'
import { useHydrated } from '../lib/use-hydrated.ts'

const loadDetails = () => import('./source-details.tsx')
/** The details load the first time any source is opened: the first view does not need them. */
const SourceDetails = lazyRetry(loadDetails)

/**
 * A figure's source one hover, focus or tap away: the button opens a small panel with the
 * publisher, title, date, a link to the original and the phrase the figure was read from.
 * Escape or a click elsewhere closes it; nothing is reachable only by hover.
 */
export function SourceInfo({
  source,
  note,
  label,
  lang,
}: {
  source: Source
  note?: string | undefined
  /** The accessible name of the button, e.g. "规上工业增加值累计增速的来源". */
  label: string
  lang: Lang
}) {
  const t = useMessages()
  const [open, setOpen] = useState(false)
  const [pinned, setPinned] = useState(false)
  const id = useId()
  const hydrated = useHydrated()
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return
      if (event instanceof PointerEvent && root.current?.contains(event.target as Node)) return
      setOpen(false)
      setPinned(false)
    }
    document.addEventListener('keydown', close)
    document.addEventListener('pointerdown', close)
    return () => {
      document.removeEventListener('keydown', close)
      document.removeEventListener('pointerdown', close)
    }
  }, [open])

  return (
    <div
      ref={root}
      className="relative inline-block"
      onMouseEnter={() => {
        setOpen(true)
      }}
      onPointerEnter={() => void loadDetails()}
      onMouseLeave={() => {
        if (!pinned) setOpen(false)
      }}
      onFocus={() => {
        setOpen(true)
      }}
      onBlur={(event) => {
        if (!pinned && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        type="button"
        disabled={!hydrated}
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setPinned(!pinned)
          setOpen(!pinned)
        }}
        className="inline-flex min-h-6 shrink-0 items-center gap-1 rounded px-1 text-xs whitespace-nowrap text-slate-600 underline decoration-dotted underline-offset-2 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v5M8 4.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        {t.source}
      </button>
      <div
        id={id}
        hidden={!open}
        data-fine-print
        className="absolute bottom-full left-0 z-20 mb-1 w-72 max-w-[80vw] rounded-md border border-slate-300 bg-white p-3 text-left text-xs leading-relaxed break-words text-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        {open && (
          <Suspense fallback={<p>{sourceLabel(source, lang)}</p>}>
            <SourceDetails source={source} note={note} lang={lang} />
          </Suspense>
        )}
      </div>
    </div>
  )
}
