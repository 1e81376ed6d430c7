import { useQuery, useQueryClient } from '@tanstack/react-query'
import { PanelStatusView } from '../../components/chart/panel-state.tsx'
import { PanelErrors } from '../../components/panel-errors.tsx'
import { newsQuery, ReleaseSlide } from '../../features/releases/index.ts'
import { useFilters } from '../../lib/url/use-filters.ts'
import type { SlideProps } from './slide-parts.tsx'

/** The 本期更新 slide: the latest release day's news (a deck shows it only when there is one). */
export function ReleasesSlideView({ catalog, lang, t }: SlideProps) {
  const { filters } = useFilters()
  const news = useQuery(newsQuery(useQueryClient(), catalog, filters.dataset))
  if (news.isError)
    return (
      <PanelErrors
        errors={[news.error]}
        retry={() => {
          void news.refetch()
        }}
      />
    )
  if (news.isPending)
    return <PanelStatusView status={{ status: 'loading' }} loading={t.loading} size="slide" />
  if (!news.data)
    return (
      <PanelStatusView
        status={{ status: 'empty', reason: t.missing }}
        loading={t.loading}
        size="slide"
      />
    )
  return <ReleaseSlide news={news.data} catalog={catalog} lang={lang} />
}
