import { useRef, useState, type ReactNode } from 'react'
import { useNearScreen } from './defer-until-visible.tsx'
import { PanelSearchContext, useLocationSearch } from '../lib/url/use-location.ts'

/**
 * A dashboard panel that costs nothing while it is away from the screen. It is first drawn
 * when it comes near the screen (or the page is printed), so the headline figures paint and
 * respond first; and while it is off the screen it keeps the view it was last drawn with, so a
 * filter change redraws at once only what can be seen, and the other panels as they come back
 * near the screen (as dashboards such as Grafana do). Until it is first drawn, it holds the
 * panel's height (`reserve`), so that the page does not move when the panel appears.
 */
export function OnScreenPanel({
  name,
  reserve,
  className,
  children,
}: {
  name: string
  /** Classes, not a style (the CSP allows no style attribute): the drawn panel's min-height. */
  reserve: string
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
    // Before it is first drawn, skipped or not, it is the height it will be drawn at (reserve).
    <div
      ref={box}
      data-panel={name}
      aria-busy={view !== search}
      className={`${className} ${view === null ? reserve : ''} [contain-intrinsic-size:auto_0px] [content-visibility:auto]`}
    >
      {view === null ? (
        <div
          data-deferred={name}
          className={`${reserve} rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900`}
        />
      ) : (
        <PanelSearchContext value={view}>{children}</PanelSearchContext>
      )}
    </div>
  )
}
