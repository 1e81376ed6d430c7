import { sourceTitle } from '../lib/format/names.ts'
import type { Lang } from '../lib/i18n/lang.ts'
import type { Source } from '../schemas/sources.ts'

const STRINGS = {
  zh: {
    quoted: '原文',
    grade: {
      A: '政府官方网站',
      B: '主流媒体',
      C: '官方发布，仅见于转载',
      synthetic: '模拟生成',
    },
    original: '原文地址',
    copy: '转载地址',
    reprint: '转载',
    noCopyAddress: '副本地址未记录',
    noUrl: '原文地址不详',
  },
  en: {
    quoted: 'Quoted',
    grade: {
      A: 'Official government site',
      B: 'Mainstream media',
      C: 'Official release, seen only on a reprint',
      synthetic: 'Synthetic',
    },
    original: 'Original',
    copy: 'Read on a copy',
    reprint: 'Reprint',
    noCopyAddress: 'The copy’s address was not recorded',
    noUrl: 'Address of the original not known',
  },
}

function Link({ href }: { href: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="block break-all text-sky-800 underline dark:text-sky-300"
    >
      {href}
    </a>
  )
}

/**
 * A source in full: publisher, title, date, grade, the phrase quoted, the original's link and,
 * for a grade C source, the 转载 marker and the address of the copy that was read.
 */
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
  const reprint = source.grade === 'C'
  return (
    <>
      <p className="font-medium">{sourceTitle(source, lang)}</p>
      <p className="text-slate-600 dark:text-slate-300">{t.grade[source.grade]}</p>
      {reprint && (
        <p className="mt-1 w-fit rounded border border-amber-600 px-1 font-semibold text-amber-900 dark:border-amber-400 dark:text-amber-100">
          {t.reprint}
        </p>
      )}
      {note && (
        <p className="mt-1">
          {t.quoted}：<q>{note}</q>
        </p>
      )}
      {source.url ? (
        <div className="mt-1">
          <span className="text-slate-600 dark:text-slate-300">{t.original}：</span>
          <Link href={source.url} />
        </div>
      ) : (
        source.grade !== 'synthetic' && (
          <p className="mt-1 text-slate-600 dark:text-slate-300">{t.noUrl}</p>
        )
      )}
      {reprint && !source.via && (
        <p className="mt-1 text-slate-600 dark:text-slate-300">{t.noCopyAddress}</p>
      )}
      {source.via && (
        <div className="mt-1">
          <span className="text-slate-600 dark:text-slate-300">{t.copy}：</span>
          <Link href={source.via} />
        </div>
      )}
    </>
  )
}
