import type { Catalog } from '../../../domain/catalog.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ReleaseNews } from '../lib/release-news.ts'
import { releaseSlideText } from '../lib/release-slide.ts'

/**
 * 本期更新 on a 1920×1080 canvas (sizes in rem, 1rem = 16 design pixels): the day and what it
 * brought, each revision 由X修订为Y with its sources, the ranks they moved; what does not fit
 * is counted (另有N项), as in the PowerPoint (releaseSlideText).
 */
export function ReleaseSlide({
  news,
  catalog,
  lang,
}: {
  news: ReleaseNews
  catalog: Catalog
  lang: Lang
}) {
  const text = releaseSlideText(news, catalog, lang)
  return (
    <div data-slide-releases className="flex h-full flex-col gap-[1.5rem]">
      <p className="text-[2.25rem] leading-snug font-semibold">{text.summary}</p>
      {text.lists.map((list) => (
        <section key={list.title} aria-label={list.title} className="flex flex-col gap-[0.75rem]">
          <h2 className="text-[2rem] font-bold">{list.title}</h2>
          <ul className="flex list-disc flex-col gap-[0.5rem] pl-[2.5rem] text-[1.75rem] leading-snug">
            {list.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {list.more && <p className="text-[1.75rem] font-semibold">{list.more}</p>}
        </section>
      ))}
      <small className="mt-auto block text-[1.25rem] text-slate-600 dark:text-slate-300">
        {text.tables}
      </small>
    </div>
  )
}
