import type { Lang } from '../../lib/i18n/lang.ts'

/** The side-by-side table of the compared regions' key figures (#29). */
export const COMPARE_MESSAGES: Record<
  Lang,
  {
    caption: (period: string) => string
    indicator: string
    source: string
    none: string
    revised: string
  }
> = {
  zh: {
    caption: (period) => `主要指标对比（${period}）`,
    indicator: '指标',
    source: '资料来源：',
    none: '各地区均未公布：',
    revised: '修订',
  },
  en: {
    caption: (period) => `Key figures compared, ${period}`,
    indicator: 'Indicator',
    source: 'Source: ',
    none: 'Published by none of these regions: ',
    revised: 'revised',
  },
}
