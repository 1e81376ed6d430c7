import { use } from 'react'
import { parseFilters } from './filters.ts'
import { loadEnglish, messagesIfLoaded, type Messages } from './i18n.ts'
import type { Lang } from './period.ts'
import { useLocationSearch } from './use-location.ts'

/** The interface language comes from the URL (lang=en), like every other setting. */
export function useLang(): Lang {
  return parseFilters(useLocationSearch()).filters.lang
}

/** The strings of the URL's language; suspends once while the English strings load. */
export function useMessages(): Messages {
  const lang = useLang()
  return messagesIfLoaded(lang) ?? use(loadEnglish())
}
