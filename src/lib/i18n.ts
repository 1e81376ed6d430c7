import type { IgnoredParam } from './filters.ts'
import type { Direction } from './format.ts'
import type { Lang } from './period.ts'

/** Every string of the interface, in 简体中文 (the default) and English. */
export const zh = {
  appTitle: '广东工业“三稳”监测',
  appSubtitle: '工业增加值 · 工业投资 · 高技术制造业 · 技术改造投资',
  skipToContent: '跳到主要内容',
  loading: '加载中…',
  retry: '重试',
  dismiss: '关闭',
  missing: '暂无数据',
  dataset: '数据集',
  dataAsOf: '数据截至',
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
  rankUnavailable: '未排名：21市未全部发布',
  source: '来源',
  sourceOf: (name: string) => `来源：${name}`,
  sourceNote: '原文',
  sourceGrade: { A: '政府官方网站', B: '主流媒体', synthetic: '模拟生成' },
  noSourceUrl: '仅找到转载，未附原文链接',
  ignoredParams: '链接中的以下参数无效，已改用默认值：',
  ignoredReason: {
    invalid: '格式无效',
    'unknown-region': '没有这个地区',
    'unknown-period': '本数据集没有这个期间',
    repeated: '参数重复，仅采用第一个',
    'unknown-key': '未知参数',
  } satisfies Record<IgnoredParam['reason'], string>,
  chart: '图表',
  table: '表格',
  viewAs: '显示方式',
  downloadCsv: '下载 CSV',
  downloadPng: '下载 PNG',
  unit: '单位',
  sourceLine: '资料来源',
  datasetLine: '数据集',
  periodColumn: '期间',
  regionColumn: '地区',
  indicatorColumn: '指标',
  valueColumn: '数值',
  errorIn: (file: string) => `数据文件 ${file} 加载失败`,
  panelCrashed: '本面板出错，其他面板不受影响。',
  pageError: '无法加载数据清单',
  catalogError: '无法加载基础数据',
  notInYear: (region: string, period: string, what: string) =>
    `${region} ${period} 暂无${what}数据`,
  noDataForRegion: (region: string, what: string) => `${region}在所选期间暂无${what}数据`,
  trendTitle: '规模以上工业增加值增速走势',
  trendTitleMonth: '规模以上工业增加值当月增速走势',
  investmentTitle: '工业投资与技改投资',
  hightechTitle: '高技术制造业与先进制造业',
  investmentSubject: '工业投资与技改投资',
  hightechSubject: '高技术制造业与先进制造业',
  commendedTitle: '2019年国务院督查激励：广州与深圳',
  commendedIntro:
    '国办发〔2020〕9号通报表扬“促进工业稳增长和转型升级、实施技术改造成效明显”的10个城市，广东省是唯一有两个城市入选的省份。',
  gapNote: '缺失的期间留空，不连线、不插补。',
  recovery: (
    city: string,
    indicator: string,
    from: string,
    a: string,
    to: string,
    b: string,
    direction: Direction,
  ) =>
    direction === 'flat'
      ? `${city}${indicator}${from}和${to}均为${a}`
      : `${city}${indicator}由${from}的${a}${direction === 'up' ? '回升至' : '回落至'}${to}的${b}`,
  commendedLevels: '其他公布数字（2019年）',
  commendedOfficialOnly: '本面板只显示官方发布数据。',
  ytdOnly: '仅发布累计数',
  growthLegend: '增速（%）',
  valueLegend: '完成额（亿元）',
  shareLegend: '占比（%）',
}

export type Messages = typeof zh

let english: Messages | undefined
let englishLoading: Promise<Messages> | undefined

/** Starts loading the English strings (idempotent); resolves with them. */
export function loadEnglish(): Promise<Messages> {
  englishLoading ??= import('./i18n-en.ts').then((module) => (english = module.en))
  return englishLoading
}

/** The strings of a language if they are here already: Chinese always, English once loaded. */
export function messagesIfLoaded(lang: Lang): Messages | undefined {
  return lang === 'zh' ? zh : english
}
