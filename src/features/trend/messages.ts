import type { Lang } from '../../lib/i18n/lang.ts'

export const TREND_MESSAGES: Record<Lang, { title: string; titleMonth: string }> = {
  zh: { title: '规模以上工业增加值增速走势', titleMonth: '规模以上工业增加值当月增速走势' },
  en: {
    title: 'Above-scale industrial value added: growth trend',
    titleMonth: 'Above-scale industrial value added: month growth trend',
  },
}
