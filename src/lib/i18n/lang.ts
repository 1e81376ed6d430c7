/** The interface languages: 简体中文 (the default) and English. */
export type Lang = 'zh' | 'en'
