/**
 * The bar's height, held while it loads so that nothing below moves when it appears: its
 * lines at each width as measured (zh 81 / 61 / 37 px at 390 / 768 / 1366, English a line more).
 */
export function releaseBarHeight(lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? 'min-h-[5.25rem] md:min-h-[4rem] xl:min-h-[2.375rem]'
    : 'min-h-[6.5rem] md:min-h-[5.25rem] xl:min-h-[2.375rem]'
}
