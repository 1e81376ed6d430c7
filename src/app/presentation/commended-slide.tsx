import {
  buildCommended,
  COMMENDED_MESSAGES,
  CommendedChart,
  CommendedOthers,
  CommendedRecoveries,
  commendedSeries,
} from '../../features/commended/index.ts'
import { withParens } from '../../lib/format/punctuation.ts'
import type { SlideProps } from './slide-parts.tsx'

/**
 * The 2019 commendation of Guangzhou and Shenzhen (the commended deck's first slide): their
 * growth rates as bars, the recovery through the year under them, and the other figures with
 * their units beside — the commended feature's own pieces, at the slide's size.
 */
export function CommendedSlide({ table, catalog, lang, t, colors, scale }: SlideProps) {
  const strings = { ...t, ...COMMENDED_MESSAGES[lang] }
  const commended = buildCommended(table, catalog, lang, strings)
  return (
    <div className="grid h-full grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-[2.5rem] @max-3xl:grid-cols-1">
      <div className="flex min-h-0 min-w-0 flex-col gap-[1rem]">
        <figure className="flex min-w-0 flex-col gap-[0.5rem]">
          <figcaption className="text-[1.75rem]">
            {withParens(strings.growth, '%', lang)}
          </figcaption>
          <CommendedChart
            commended={commended}
            series={commendedSeries(catalog, lang, colors)}
            colors={colors}
            lang={lang}
            height={36 * 16 * scale}
            missing={t.missing}
            // Never under 14 px: on a phone's canvas 21 × its scale came to 13 px.
            fontSize={Math.max(21 * scale, 14)}
          />
        </figure>
        <CommendedRecoveries commended={commended} size="slide" />
      </div>
      <CommendedOthers
        commended={commended}
        catalog={catalog}
        lang={lang}
        t={strings}
        size="slide"
      />
    </div>
  )
}
