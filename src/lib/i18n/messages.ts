/** Every string of the interface, in 简体中文 (the default) and English. */
export const zh = {
  appTitle: '广东工业“三稳”监测',
  appSubtitle: '工业增加值 · 工业投资 · 高技术制造业 · 技术改造投资',
  skipToContent: '跳到主要内容',
  loading: '加载中…',
  retry: '重试',
  missing: '暂无数据',
  dataset: '数据集',
  dataAsOf: '数据截至',
  stale: (time: string) => `数据未更新 · 最后更新 ${time}`,
  datasetOption: (label: string, asOf: string) => `${label}（截至${asOf}）`,
  syntheticLabel: '演示数据（模拟生成，非统计数据）',
  region: '地区',
  period: '期间',
  measure: '口径',
  measureYtd: '累计',
  measureMonth: '当月',
  compare: '对比地区',
  addCompare: '添加对比地区…',
  compareSelected: '已选对比地区',
  removeCompare: (name: string) => `移除对比地区：${name}`,
  compareLimit: (n: number) => `最多对比 ${n} 个地区`,
  language: '语言',
  theme: '主题',
  themeLight: '浅色',
  themeDark: '深色',
  themeSystem: '跟随系统',
  colors: '涨跌颜色',
  colorsRedUp: '红涨绿跌',
  colorsGreenUp: '绿涨红跌',
  copyLink: '复制链接',
  presentMode: '演示模式',
  linkCopied: '链接已复制',
  copyFailed: '无法复制，请从地址栏复制链接',
  settings: '显示设置',
  province: '全省',
  groups: '区域',
  periodsWithData: '本地区有数据的期间',
  periodsWithoutData: '本地区暂无数据的期间',
  periodCount: (n: number) => `${n} 项`,
  citiesPublished: (n: number) => `${n}/21 市已发布`,
  stabilityGrowth: '稳增长',
  stabilityInvestment: '稳投资',
  stabilityHightech: '稳中有进',
  stabilityTech: '技术改造',
  stabilityGrowthHint: '工业增加值',
  stabilityInvestmentHint: '工业投资',
  stabilityHightechHint: '高技术与先进制造业',
  stabilityTechHint: '技改投资',
  comparedWith: (span: string) => `比${span}`,
  rankProvince: (n: number) => `全省第${n}位`,
  rankGroup: (group: string, n: number) => `${group}第${n}位`,
  source: '来源',
  sourceOf: (name: string) => `来源：${name}`,
  errorIn: (file: string) => `数据文件 ${file} 加载失败`,
  panelCrashed: '本面板出错，其他面板不受影响。',
  pageError: '无法加载数据清单',
  catalogError: '无法加载基础数据',
  noRegions: '不含任何地区',
  noIndicators: '不含任何指标',
  ytdOnly: '仅发布累计数',
}

export type Messages = typeof zh

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
