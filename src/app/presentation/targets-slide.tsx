import { PanelStatusView } from '../../components/chart/panel-state.tsx'
import { indicatorName } from '../../lib/format/names.ts'
import { labelled } from '../../lib/format/punctuation.ts'
import {
  readingText,
  regionTargets,
  TARGET_MESSAGES,
  TargetBullets,
  targetBullets,
  targetShort,
} from '../../features/targets/index.ts'
import type { SlideProps } from './slide-parts.tsx'

/**
 * The region's targets for the year: the figures against their targets as bars, each with its
 * status; under them, each target as printed with what its figure says of it (the gap in
 * 百分点, 序时进度), or that it has no figure to read.
 */
export function TargetsSlide(props: SlideProps) {
  const { view, table, catalog, lang, t, colors, targets } = props
  const s = TARGET_MESSAGES[lang]
  const rows = view.period ? regionTargets(targets, table, view.region, view.period) : []
  if (rows.length === 0)
    return (
      <PanelStatusView
        status={{ status: 'empty', reason: t.missing }}
        loading={t.loading}
        size="slide"
      />
    )
  const bullets = targetBullets(rows, catalog, lang, s)
  return (
    <div className="flex h-full flex-col gap-[2.5rem]">
      {bullets.length > 0 && (
        // On a phone's narrow canvas the bars, drawn for the room, would shrink their words
        // under 12 px: the list under them says each in words (issue 28).
        <div className="max-h-[55%] min-h-0 @max-3xl:hidden">
          <TargetBullets
            bullets={bullets}
            colors={colors}
            label={s.title}
            empty={s.noBars}
            fontSize={30}
            stacked
          />
        </div>
      )}
      <ul className="grid grid-cols-2 gap-x-[3rem] gap-y-[1.5rem] text-[1.75rem] leading-snug @max-3xl:grid-cols-1">
        {rows.map((row) => (
          <li key={row.indicator}>
            <p className="font-semibold">
              {indicatorName(catalog.indicator.get(row.indicator)!, lang)}
            </p>
            <p>{s.target(targetShort(row.reading, lang))}</p>
            <p>
              {readingText(row.reading, lang, s) ?? labelled(s.columns.latest, s.noFigure, lang)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
