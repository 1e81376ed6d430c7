import { useMemo } from 'react'
import type { Direction } from './format.ts'
import type { Messages } from './i18n.ts'
import type { Lang } from './period.ts'
import { useLang, useMessages } from './use-messages.ts'

/**
 * The strings only the chart panels use, in both languages: they travel in the panels' own
 * chunk, so the first view does not download them.
 */
const zh = {
  briefingTitle: '简报',
  copyText: '复制文字',
  textCopied: '已复制到剪贴板',
  printBrief: '打印简报',
  sourcesUsed: '所用资料来源',
  noBriefing: (region: string, period: string) => `${region} ${period} 暂无可写入简报的数据`,
  briefTitle: '广东工业“三稳”监测简报',
  briefKpis: '主要指标',
  briefLink: '本页链接',
  print: '打印',
  backToDashboard: '返回仪表盘',
  valueColumn: '数值',
  changeShort: '比上期',
  rankShort: '位次',
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
  notInYear: (region: string, period: string, what: string) =>
    `${region} ${period} 暂无${what}数据`,
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
  standingTitle: '各市位次',
  standingIndicator: '位次指标',
  mapTitle: '各市分布',
  schematicMap: '示意图：等大方块示意各市相对位置，不表示行政区划边界。',
  rankingTitle: '各市排名',
  scorecardTitle: '“三稳”与技改计分卡',
  rankColumn: '全省排名',
  groupRankColumn: '区域内排名',
  changeColumn: '位次变化',
  rankChangeUp: (n: number) => `↑${n}`,
  rankChangeDown: (n: number) => `↓${n}`,
  rankChangeNone: '–',
  rankChangeNew: '新上榜',
  rankChangeHint: (period: string) => `位次变化：与${period}相比`,
  rankChangeNoPrevious: '本年无更早期间可比',
  provinceReference: (value: string) => `全省 ${value}`,
  publishedCities: (n: number) => `${n}/21 市已发布`,
  notRanked: '暂无数据，不参与排名',
  tileLabel: (city: string, value: string, rank: string) =>
    `${city} ${value}${rank ? `，${rank}` : ''}`,
  selectCity: '点击方块或按回车键选择该市',
  mapLegend: '图例',
  mapMissing: '暂无数据（斜线）',
  groupsLegend: '区域',
  statusAbove: '高于全省',
  statusWithin: '与全省持平',
  statusBelow: '低于全省',
  statusNone: '全省暂无数据，不作比较',
  scorecardRule: (points: number) =>
    `状态按与全省同期同指标相比：高于全省${points}个百分点以上为“高于全省”，低于全省${points}个百分点以上为“低于全省”，相差在${points}个百分点以内（含）为“与全省持平”。`,
  regionOrder: '地区',
  commendedOfficialOnly: '本面板只显示官方发布数据。',
}

export type PanelMessages = typeof zh

/** Everything a panel may say: the interface strings and the panels' own. */
export type PanelStrings = Messages & PanelMessages

const en: PanelMessages = {
  briefingTitle: 'Briefing',
  copyText: 'Copy text',
  textCopied: 'Copied to the clipboard',
  printBrief: 'Print brief',
  sourcesUsed: 'Sources used',
  noBriefing: (region, period) => `No figures to brief on for ${region}, ${period}`,
  briefTitle: 'Guangdong industrial stability brief',
  briefKpis: 'Key figures',
  briefLink: 'Link to this view',
  print: 'Print',
  backToDashboard: 'Back to the dashboard',
  valueColumn: 'Value',
  changeShort: 'Change',
  rankShort: 'Rank',
  chart: 'Chart',
  table: 'Table',
  viewAs: 'Show as',
  downloadCsv: 'Download CSV',
  downloadPng: 'Download PNG',
  unit: 'Unit',
  sourceLine: 'Source',
  datasetLine: 'Dataset',
  periodColumn: 'Period',
  regionColumn: 'Region',
  indicatorColumn: 'Indicator',
  notInYear: (region, period, what) => `No ${what} data for ${region}, ${period}`,
  trendTitle: 'Above-scale industrial value added: growth trend',
  trendTitleMonth: 'Above-scale industrial value added: month growth trend',
  investmentTitle: 'Industrial and technical-transformation investment',
  hightechTitle: 'High-tech and advanced manufacturing',
  investmentSubject: 'industrial or technical-transformation investment',
  hightechSubject: 'high-tech or advanced manufacturing',
  commendedTitle: '2019 State Council commendation: Guangzhou and Shenzhen',
  commendedIntro:
    'In 2020 the State Council General Office commended ten cities for industrial growth, upgrading and technical transformation in 2019 (Guobanfa [2020] No. 9); Guangdong was the only province with two of them.',
  gapNote: 'Missing periods are left as gaps: never bridged or interpolated.',
  recovery: (city, indicator, from, a, to, b, direction) =>
    `${city}, ${indicator}: ${a} in ${from}, ${direction === 'up' ? 'up to' : direction === 'down' ? 'down to' : 'also'} ${b} in ${to}`,
  commendedLevels: 'Other published figures (2019)',
  standingTitle: 'Where each city stands',
  standingIndicator: 'Indicator',
  mapTitle: 'The cities',
  schematicMap:
    'Schematic map: equal tiles show the cities’ rough arrangement, not administrative boundaries.',
  rankingTitle: 'Ranking of the cities',
  scorecardTitle: 'Scorecard: the three stabilities and technical transformation',
  rankColumn: 'Rank',
  groupRankColumn: 'Rank in group',
  changeColumn: 'Change',
  rankChangeUp: (n) => `↑${n}`,
  rankChangeDown: (n) => `↓${n}`,
  rankChangeNone: '–',
  rankChangeNew: 'new',
  rankChangeHint: (period) => `Change of rank since ${period}`,
  rankChangeNoPrevious: 'No earlier period this year to compare with',
  provinceReference: (value) => `Province ${value}`,
  publishedCities: (n) => `${n}/21 cities published`,
  notRanked: 'No data: not ranked',
  tileLabel: (city, value, rank) => `${city} ${value}${rank ? `, ${rank}` : ''}`,
  selectCity: 'Click a tile or press Enter to select the city',
  mapLegend: 'Legend',
  mapMissing: 'No data (hatched)',
  groupsLegend: 'Region groups',
  statusAbove: 'Above the province',
  statusWithin: 'In line with the province',
  statusBelow: 'Below the province',
  statusNone: 'No provincial figure to compare with',
  scorecardRule: (points) =>
    `Status against the province's own figure for the same indicator and period: more than ${points} point above is “above”, more than ${points} point below is “below”, within ${points} point (inclusive) is “in line”.`,
  regionOrder: 'Region',
  commendedOfficialOnly: 'This panel shows official published figures only.',
}

/** The interface strings together with the panels' own, in the URL's language. */
export function usePanelMessages(): PanelStrings {
  const lang = useLang()
  const core = useMessages()
  return useMemo(() => ({ ...core, ...PANEL_MESSAGES[lang] }), [core, lang])
}

export const PANEL_MESSAGES: Record<Lang, PanelMessages> = { zh, en }
