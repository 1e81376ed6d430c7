import type { Lang } from '../../../lib/i18n/lang.ts'

/**
 * The height the tiles take under the region's heading (the headline sentence, the tiles, the
 * line of figures not published), held while their code and figures load so that what is below
 * (需关注, the briefing) does not move when they appear: as measured on the default view (`/`)
 * at widths 390 / 640 / 768 / 1024 / 1366 / 1920, in px, per language. A page whose first view
 * is not prerendered (any address with a query, English) shows this box first.
 */
export function kpiHeight(lang: Lang): string {
  return lang === 'zh'
    ? 'min-h-[865px] sm:min-h-[633px] md:min-h-[377px] lg:min-h-[341px] xl:min-h-[321px] 2xl:min-h-[321px]'
    : 'min-h-[1077px] sm:min-h-[713px] md:min-h-[517px] lg:min-h-[442px] xl:min-h-[387px] 2xl:min-h-[422px]'
}
