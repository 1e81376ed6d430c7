import type { Lang } from '../i18n/lang.ts'

/** "单位：%" / "Unit: %": the colon of each language. */
export function labelled(label: string, text: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：${text}` : `${label}: ${text}`
}

/** "增速（%）" / "Growth (%)": a parenthesis of each language. */
export function withParens(text: string, inside: string, lang: Lang): string {
  return lang === 'zh' ? `${text}（${inside}）` : `${text} (${inside})`
}

/** "亿元、%" / "billion yuan, %": the units of a panel, each once, listed as each language lists. */
export function unitList(units: readonly (string | undefined)[], lang: Lang): string {
  return [...new Set(units.filter((u): u is string => Boolean(u)))].join(
    lang === 'zh' ? '、' : ', ',
  )
}
