import type { Lang } from '../../lib/i18n/lang.ts'

export const HIGHTECH_MESSAGES: Record<Lang, { title: string; subject: string }> = {
  zh: { title: '高技术制造业与先进制造业', subject: '高技术制造业与先进制造业' },
  en: {
    title: 'High-tech and advanced manufacturing',
    subject: 'high-tech or advanced manufacturing',
  },
}
