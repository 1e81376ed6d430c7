import { use } from 'react'
import { parseFilters } from './filters.ts'
import { loadEnglish, zh, type Messages } from './i18n.ts'
import type { Lang } from './period.ts'
import { useLocationSearch } from './use-location.ts'

/** The interface language comes from the URL (lang=en), like every other setting. */
export function useLang(): Lang {
  return parseFilters(useLocationSearch()).filters.lang
}

/** The strings of the URL's language; suspends only while the English strings first load. */
export function useMessages(): Messages {
  return useLang() === 'zh' ? zh : use(loadEnglish())
}
