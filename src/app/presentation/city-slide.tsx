import type { Kpi } from '../../domain/kpi.ts'
import { STABILITY_HEADLINES } from '../../domain/key-indicators.ts'
import { BRIEFING_MESSAGES, buildBriefing } from '../../features/briefing/index.ts'
import {
  comparisonText,
  compareWithProvince,
  STANDING_MESSAGES,
} from '../../features/standing/index.ts'
import { formatPeriod } from '../../lib/format/period.ts'
import { regionName } from '../../lib/format/names.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import type { Lang } from '../../lib/i18n/lang.ts'
import type { SlideView } from './deck.ts'
import { NotPublished, Tile, type SlideProps } from './slide-parts.tsx'
import {
  ATTENTION_MESSAGES,
  LevelMark,
  moreText,
  useAttention,
} from '../../features/attention/index.ts'
import { useFilters } from '../../lib/url/use-filters.ts'

/** What a spotlight slide that found no 预警 city says (on the screen and in the PowerPoint). */
export function spotlightMessage(view: SlideView, lang: Lang): string {
  const m = PRESENTATION_MESSAGES[lang]
  return view.spotlight === 'unknown' || !view.period
    ? m.spotlightUnknown
    : m.spotlightNone(formatPeriod(view.period, lang))
}

/** A spotlight's findings: as many as fit three lines at the slide's width. */
const SPOTLIGHT_ROOM = 3
/** About three lines of the slide's width: the briefing's first sentences, up to this long. */
const BRIEF_CHARS = { zh: 170, en: 330 }

/** The briefing's first sentences that fit BRIEF_CHARS (at least its first). */
function excerpt(sentences: readonly { text: string }[], lang: Lang): string {
  const taken: string[] = []
  let length = 0
  for (const { text } of sentences) {
    if (taken.length > 0 && length + text.length > BRIEF_CHARS[lang]) break
    taken.push(text)
    length += text.length
  }
  return taken.join(lang === 'zh' ? '' : ' ')
}

/** A finding's sentence without the city's name it opens with: the slide is the city's. */
function withoutRegion(text: string, name: string): string {
  for (const lead of [`${name}：`, `${name}: `])
    if (text.startsWith(lead)) return text.slice(lead.length)
  return text
}

/**
 * A city in the spotlight: its four headline figures side by side, each with its gap to the
 * province's, then what needs attention there (the reason it is in the spotlight), else the
 * opening of its briefing — three lines at most, read from across the room (the whole text is
 * in the presenter's notes). The slide's header says when it is of an older period than the
 * deck's; a spotlight that found no 预警 city says that instead.
 */
export function CitySlide(props: SlideProps) {
  const { view, table, catalog, lang, t } = props
  const { filters } = useFilters()
  const attention = useAttention(filters.dataset, view.spotlight ? null : view.period)
  if (view.spotlight) {
    return (
      <p className="flex h-full items-center justify-center text-[2.5rem]">
        {spotlightMessage(view, lang)}
      </p>
    )
  }
  const briefing = view.period
    ? buildBriefing(
        table,
        catalog,
        { region: view.region, period: view.period },
        lang,
        null,
        props.targets,
      )
    : null
  const s = STANDING_MESSAGES[lang]
  // Against the province: the gap in 百分点 for the same figure and period.
  const gap = (kpi: Kpi) => {
    const province = table.get('guangdong', kpi.period, kpi.indicator.id)
    const comparison =
      kpi.observation && kpi.indicator.kind === 'growth'
        ? compareWithProvince(kpi.observation, province)
        : undefined
    return comparison ? comparisonText(comparison, lang, s) : undefined
  }
  const a = ATTENTION_MESSAGES[lang]
  const region = catalog.region.get(view.region)
  const name = region ? regionName(region, lang) : view.region
  const findings =
    attention.status === 'ready'
      ? attention.attention.alerts.filter((alert) => alert.region === view.region)
      : []
  const more = moreText(findings, SPOTLIGHT_ROOM, a, lang)
  const headlines = STABILITY_HEADLINES.map(({ indicator }) => indicator.ytd)
  return (
    <div className="flex h-full flex-col gap-[1.5rem]">
      <div className="grid grid-cols-4 gap-[1.25rem] @max-3xl:grid-cols-1">
        {headlines.map((id) => (
          <Tile key={id} props={props} id={id} size="slide-small" note={gap} />
        ))}
      </div>
      <NotPublished props={props} ids={headlines} />
      {findings.length > 0 ? (
        <section aria-labelledby="spotlight-findings" className="flex flex-col gap-[0.75rem]">
          <h2 id="spotlight-findings" className="text-[2.25rem] font-bold">
            {a.title}
          </h2>
          <ul className="flex flex-col gap-[0.75rem]">
            {findings.slice(0, SPOTLIGHT_ROOM).map((alert) => (
              <li
                key={`${alert.rule}|${alert.indicator}`}
                className="flex items-baseline gap-[1rem] text-[1.75rem]"
              >
                <LevelMark level={alert.level} label={a.levels[alert.level]} size="slide" />
                <span>{withoutRegion(alert.text[lang], name)}</span>
              </li>
            ))}
          </ul>
          {more && <p className="text-[1.5rem]">{more}</p>}
        </section>
      ) : (
        <section aria-labelledby="spotlight-briefing" className="flex flex-col gap-[0.75rem]">
          <h2 id="spotlight-briefing" className="text-[2.25rem] font-bold">
            {BRIEFING_MESSAGES[lang].title}
          </h2>
          <p className="text-[2rem] leading-relaxed">
            {briefing && briefing.sentences.length > 0
              ? excerpt(briefing.sentences, lang)
              : t.missing}
          </p>
        </section>
      )}
    </div>
  )
}
