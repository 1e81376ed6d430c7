import { use } from 'react'
import { useLocationSearch } from '../url/use-location.ts'
import { parseFilters } from '../url/filters.ts'
import type { Lang } from './lang.ts'
import { zh, type Messages } from './messages.ts'

type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T }

let englishLoading: TrackedPromise<Messages> | undefined

/**
 * Starts loading the English strings (idempotent). The promise is marked fulfilled when it
 * settles, the way React's use() reads a promise it can return synchronously, so switching to
 * English after the strings arrived never suspends again.
 */
export function loadEnglish(): Promise<Messages> {
  if (!englishLoading) {
    const loading: TrackedPromise<Messages> = import('./messages-en.ts').then((module) => {
      loading.status = 'fulfilled'
      loading.value = module.en
      return module.en
    })
    englishLoading = loading
  }
  return englishLoading
}

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

/** The shared strings of the URL's language; suspends only while the English ones first load. */
export function useMessages(): Messages {
  return useLang() === 'zh' ? zh : use(loadEnglish())
}

/**
 * A feature's own strings, kept next to the feature in both languages (they travel in the
 * feature's chunk), in the URL's language.
 */
export function useStrings<T>(strings: Record<Lang, T>): T {
  return strings[useLang()]
}
