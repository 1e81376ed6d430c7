import type { RegionMarks } from '../../../components/region-marks.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import { regionName } from '../../../lib/format/names.ts'
import { MAP_COLORS, type MapClass } from '../lib/tile-map.ts'
import type { StandingMessages } from '../messages.ts'
import { GROUP_TINTS } from './tile-map.tsx'

const SIZES = {
  desk: {
    text: 'text-sm gap-2 sm:text-xs',
    swatch: 'h-3 w-5',
    tint: 'h-3 w-3',
    gap: 'gap-x-3 gap-y-1',
  },
  slide: {
    text: 'text-[1.5rem] gap-[1rem]',
    swatch: 'h-[1.5rem] w-[2.5rem]',
    tint: 'h-[1.25rem] w-[1.25rem]',
    gap: 'gap-x-[1.25rem] gap-y-[0.25rem]',
  },
}

/** The map's legend: the classes of the figure, the hatch for no data, the region groups' tints. */
export function MapLegend({
  classes,
  labels,
  catalog,
  lang,
  t,
  dark,
  size = 'desk',
  marks,
}: {
  classes: MapClass[]
  /** The label of each class ("3.0–5.4%"), see legendLabels. */
  labels: string[]
  catalog: Catalog
  lang: 'zh' | 'en'
  t: StandingMessages
  dark: boolean
  size?: keyof typeof SIZES
  /** The symbols drawn on tiles (需关注), when any tile has one. */
  marks?: RegionMarks | undefined
}) {
  const sizes = SIZES[size]
  return (
    <div className={`flex flex-col text-slate-700 dark:text-slate-200 ${sizes.text}`}>
      <ul aria-label={t.mapLegend} className={`flex flex-wrap items-center ${sizes.gap}`}>
        {classes.map((c, i) => (
          <li key={c.from} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block rounded-sm border border-slate-400 ${sizes.swatch}`}
              style={{ background: MAP_COLORS[i] }}
            />
            {labels[i]}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className={`inline-block rounded-sm border border-slate-400 bg-[repeating-linear-gradient(45deg,#64748b_0_2px,transparent_2px_5px)] ${sizes.swatch}`}
          />
          {t.mapMissing}
        </li>
      </ul>
      {marks && <MarksLegend marks={marks} />}
      <ul aria-label={t.groupsLegend} className={`flex flex-wrap ${sizes.gap}`}>
        {catalog.groups.map((group) => (
          <li key={group.code} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block rounded-sm ${sizes.tint}`}
              style={{
                background: dark ? GROUP_TINTS[group.code]?.dark : GROUP_TINTS[group.code]?.light,
              }}
            />
            {regionName(group, lang)}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What the symbols on the cities mean: ◆ 预警 ◇ 关注 (需关注). */
export function MarksLegend({ marks }: { marks: RegionMarks }) {
  return (
    <ul
      aria-label={marks.title}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:text-xs"
    >
      <li className="font-medium">{marks.title}</li>
      {marks.legend.map((entry) => (
        <li key={entry.symbol} className="flex items-center gap-1">
          <span aria-hidden="true">{entry.symbol}</span>
          {entry.label}
        </li>
      ))}
    </ul>
  )
}
