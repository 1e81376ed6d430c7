import { sourceLabel } from '../lib/format/names.ts'
import type { Lang } from '../lib/i18n/lang.ts'
import type { Source } from '../schemas/sources.ts'

const STRINGS = {
  zh: {
    quoted: '原文',
    grade: { A: '政府官方网站', B: '主流媒体', synthetic: '模拟生成' },
    noUrl: '仅找到转载，未附原文链接',
  },
  en: {
    quoted: 'Quoted',
    grade: { A: 'Official government site', B: 'Mainstream media', synthetic: 'Synthetic' },
    noUrl: 'Only a reprint was found: no link to the original',
  },
}

/** A source in full: publisher, title, date, grade, the phrase quoted and the original's link. */
export default function SourceDetails({
  source,
  note,
  lang,
}: {
  source: Source
  note?: string | undefined
  lang: Lang
}) {
  const t = STRINGS[lang]
  return (
    <>
      <p className="font-medium">{sourceLabel(source, lang)}</p>
      <p className="text-slate-600 dark:text-slate-300">{t.grade[source.grade]}</p>
      {note && (
        <p className="mt-1">
          {t.quoted}：<q>{note}</q>
        </p>
      )}
      {source.url ? (
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-1 block text-sky-800 underline dark:text-sky-300"
        >
          {source.url}
        </a>
      ) : (
        source.grade !== 'synthetic' && (
          <p className="mt-1 text-slate-600 dark:text-slate-300">{t.noUrl}</p>
        )
      )}
    </>
  )
}
