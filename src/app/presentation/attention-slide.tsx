import { PanelStatusView } from '../../components/chart/panel-state.tsx'
import { PanelErrors } from '../../components/panel-errors.tsx'
import { ATTENTION_MESSAGES, AttentionSlide, useAttention } from '../../features/attention/index.ts'
import { useFilters } from '../../lib/url/use-filters.ts'
import type { SlideProps } from './slide-parts.tsx'

/** The 需关注 slide: the deck's period's findings (a deck shows it only when it has some). */
export function AttentionSlideView({ view, lang, t }: SlideProps) {
  const { filters } = useFilters()
  const state = useAttention(filters.dataset, view.period)
  switch (state.status) {
    case 'ready':
      return <AttentionSlide attention={state.attention} lang={lang} t={ATTENTION_MESSAGES[lang]} />
    case 'error':
      return <PanelErrors errors={[state.error]} retry={state.retry} />
    case 'loading':
      return <PanelStatusView status={{ status: 'loading' }} loading={t.loading} size="slide" />
    case 'absent':
      return (
        <PanelStatusView
          status={{ status: 'empty', reason: t.missing }}
          loading={t.loading}
          size="slide"
        />
      )
  }
}
