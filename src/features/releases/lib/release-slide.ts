/**
 * The 本期更新 slide's words, for the screen and the PowerPoint alike: the day and its summary,
 * the revisions (由X修订为Y with sources) and the ranks they moved, as many as a 1080p slide holds
 * at a size read from 5 m; the rest counted (另有N项), never cut or scrolled.
 */
import { textEms } from '../../../components/chart/text-width.ts'
import type { Catalog } from '../../../domain/catalog.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import { RELEASE_MESSAGES } from '../messages.ts'
import type { ReleaseNews } from './release-news.ts'
import { rankMoveLines, releaseSummary, revisionLines } from './release-text.ts'

/** The lines of text (1.75rem at 1080p) the slide holds for its revisions and rank moves. */
export const SLIDE_LINES = 12
/** About the ems one such line holds (textEms counts a Latin letter wide, 0.68): set short. */
const LINE_EMS: Record<Lang, number> = { zh: 58, en: 78 }
/** What the gap between two items, and a list's heading, take, in lines. */
const GAP = 0.3
const HEADING = 1.3

export interface SlideList {
  title: string
  lines: string[]
  /** 另有N项, when not every line fits; else null. */
  more: string | null
}

export interface ReleaseSlideText {
  /** 本期更新（2026-01-18）：新增：…；修订：2项 */
  summary: string
  /** 本期发布：… (the tables the day brought in). */
  tables: string
  /** Each list, when it has any line: 修订数据 first, then 位次变化. */
  lists: SlideList[]
  /** Every line in full, for the presenter's notes. */
  all: string[]
}

const linesOf = (text: string, lang: Lang) => Math.max(1, Math.ceil(textEms(text) / LINE_EMS[lang]))

export function releaseSlideText(
  news: ReleaseNews,
  catalog: Catalog,
  lang: Lang,
  room: number = SLIDE_LINES,
): ReleaseSlideText {
  const t = RELEASE_MESSAGES[lang]
  const revisions = revisionLines(news, catalog, lang)
  const moves = rankMoveLines(news, catalog, lang)
  let left = room
  const lists = [
    { title: t.revisedTitle, all: revisions },
    { title: t.rankMoves, all: moves },
  ]
    .filter((l) => l.all.length > 0)
    .map(({ title, all }): SlideList => {
      left -= HEADING
      const lines: string[] = []
      for (const line of all) {
        const cost = linesOf(line, lang) + GAP
        // The count of what is left takes a line of its own.
        const last = lines.length === all.length - 1
        if (cost > left - (last ? 0 : 1)) break
        lines.push(line)
        left -= cost
      }
      const rest = all.length - lines.length
      if (rest > 0) left -= 1
      return { title, lines, more: rest > 0 ? t.more(rest) : null }
    })
  const summary = `${t.line(news.day)}${lang === 'zh' ? '：' : ': '}${releaseSummary(news, lang)}`
  return { summary, tables: t.tables(news.tables), lists, all: [...revisions, ...moves] }
}
