import { useRef, useState, type ReactNode } from 'react'
import { useNearScreen } from './defer-until-visible.tsx'
import { PanelSearchContext, useLocationSearch } from '../lib/url/use-location.ts'

/**
 * A dashboard panel that costs nothing while it is away from the screen. It is first drawn
 * when it comes near the screen (or the page is printed), so the headline figures paint and
 * respond first; and while it is off the screen it keeps the view it was last drawn with, so a
 * filter change redraws at once only what can be seen, and the other panels as they come back
 * near the screen (as dashboards such as Grafana do). The placeholder keeps the panel's height.
 */
export function OnScreenPanel({
  name,
  minHeight,
  className,
  children,
}: {
  name: string
  minHeight: string
  className: string
  children: ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  const near = useNearScreen(box, '100px')
  const search = useLocationSearch()
  // The query string the panel was last drawn with (null: never drawn yet).
  const [shown, setShown] = useState<string | null>(null)
  if (near && shown !== search) setShown(search)
  const view = near ? search : shown
  return (
    // Behind the filters while off the screen: busy, so assistive technology does not read it
    // as current. Nor laid out or painted there (content-visibility), so a filter change costs
    // what is seen; its last drawn size is kept (auto), so the page does not jump on the way back.
    <div
      ref={box}
      data-panel={name}
      aria-busy={view !== search}
      className={`${className} [contain-intrinsic-size:auto_30rem] [content-visibility:auto]`}
    >
      {view === null ? (
        <div
          data-deferred={name}
          style={{ minHeight }}
          className="rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
        />
      ) : (
        <PanelSearchContext value={view}>{children}</PanelSearchContext>
      )}
    </div>
  )
}
