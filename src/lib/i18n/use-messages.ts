import { use } from 'react'
import { parseFilters } from '../url/filters.ts'
import { loadEnglish, zh, type Messages } from './messages.ts'
import type { Lang } from './lang.ts'
import { useLocationSearch } from '../url/use-location.ts'

// Every string reader asks: the URL is parsed once per address, not once per reader.
let last: { search: string; lang: Lang } | null = null
function langOf(search: string): Lang {
  if (last?.search !== search) last = { search, lang: parseFilters(search).filters.lang }
  return last.lang
}

/** The interface language comes from the URL (lang=en), like every other setting. */
export function useLang(): Lang {
  return langOf(useLocationSearch())
}

/** The strings of the URL's language; suspends only while the English strings first load. */
export function useMessages(): Messages {
  return useLang() === 'zh' ? zh : use(loadEnglish())
}
