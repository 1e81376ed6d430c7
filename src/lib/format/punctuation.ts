import type { Lang } from '../i18n/lang.ts'

/** "单位：%" / "Unit: %": the colon of each language. */
export function labelled(label: string, text: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：${text}` : `${label}: ${text}`
}

/** "增速（%）" / "Growth (%)": a parenthesis of each language. */
export function withParens(text: string, inside: string, lang: Lang): string {
  return lang === 'zh' ? `${text}（${inside}）` : `${text} (${inside})`
}
