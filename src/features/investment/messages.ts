import type { Lang } from '../../lib/i18n/lang.ts'

export const INVESTMENT_MESSAGES: Record<
  Lang,
  { title: string; subject: string; techTitle: string }
> = {
  zh: { title: '工业投资与技改投资', subject: '工业投资与技改投资', techTitle: '技术改造投资' },
  en: {
    title: 'Industrial and technical-transformation investment',
    subject: 'industrial or technical-transformation investment',
    techTitle: 'Technical-transformation investment',
  },
}
