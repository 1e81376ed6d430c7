import type { Lang } from '../lib/i18n/lang.ts'

/** The grid's panels whose place is held before they are first drawn. */
export type PanelName =
  'targets' | 'target-history' | 'trend' | 'investment' | 'hightech' | 'commended' | 'standing'

/**
 * The height each panel of the grid takes once drawn, held by its placeholder until then, so
 * that nothing moves when it appears (the page's layout shift): as measured on the default
 * view (`/`, the official data) at each breakpoint, in px, at widths 390 (phones) / 640 / 768 /
 * 1024 / 1366 / 1920, per language (English wraps more). At xl two panels share a row and take
 * its height (trend and investment). Other views differ somewhat: a panel drawn near the screen
 * (OnScreenPanel) is drawn before it is in view, so a difference moves only what is below it.
 * Whole class names, for Tailwind to find.
 */
const HEIGHTS: Record<Lang, Record<PanelName, string>> = {
  zh: {
    targets:
      'min-h-[483px] sm:min-h-[359px] md:min-h-[309px] lg:min-h-[293px] xl:min-h-[261px] 2xl:min-h-[261px]',
    'target-history':
      'min-h-[1498px] sm:min-h-[1189px] md:min-h-[821px] lg:min-h-[773px] xl:min-h-[725px] 2xl:min-h-[709px]',
    trend:
      'min-h-[666px] sm:min-h-[558px] md:min-h-[542px] lg:min-h-[526px] xl:min-h-[558px] 2xl:min-h-[542px]',
    investment:
      'min-h-[271px] sm:min-h-[255px] md:min-h-[255px] lg:min-h-[255px] xl:min-h-[558px] 2xl:min-h-[542px]',
    hightech:
      'min-h-[363px] sm:min-h-[311px] md:min-h-[271px] lg:min-h-[271px] xl:min-h-[311px] 2xl:min-h-[271px]',
    commended: 'min-h-[40rem]',
    standing:
      'min-h-[1697px] sm:min-h-[1632px] md:min-h-[1616px] lg:min-h-[1584px] xl:min-h-[1138px] 2xl:min-h-[1106px]',
  },
  en: {
    targets:
      'min-h-[570px] sm:min-h-[375px] md:min-h-[359px] lg:min-h-[354px] xl:min-h-[338px] 2xl:min-h-[322px]',
    'target-history':
      'min-h-[1936px] sm:min-h-[1296px] md:min-h-[1173px] lg:min-h-[788px] xl:min-h-[756px] 2xl:min-h-[724px]',
    trend:
      'min-h-[706px] sm:min-h-[558px] md:min-h-[542px] lg:min-h-[526px] xl:min-h-[558px] 2xl:min-h-[542px]',
    investment:
      'min-h-[395px] sm:min-h-[255px] md:min-h-[255px] lg:min-h-[255px] xl:min-h-[558px] 2xl:min-h-[542px]',
    hightech:
      'min-h-[507px] sm:min-h-[311px] md:min-h-[311px] lg:min-h-[311px] xl:min-h-[311px] 2xl:min-h-[311px]',
    commended: 'min-h-[40rem]',
    standing:
      'min-h-[2115px] sm:min-h-[1860px] md:min-h-[1772px] lg:min-h-[1648px] xl:min-h-[1214px] 2xl:min-h-[1154px]',
  },
}

/** The classes that hold a panel's drawn height (min-height per breakpoint) before it is drawn. */
export function panelHeight(name: PanelName, lang: Lang): string {
  return HEIGHTS[lang][name]
}
