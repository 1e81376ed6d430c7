import type { Lang } from '../../lib/i18n/lang.ts'
import { countEn } from '../../lib/i18n/plural.ts'

/** The strings of the panel frame and the charts: they travel with the panels, not the first view. */
const zh = {
  chart: '图表',
  table: '表格',
  viewAs: '显示方式',
  downloadCsv: '下载 CSV',
  downloadPng: '下载 PNG',
  downloadXlsx: '下载 Excel',
  xlsxFailed: 'Excel 文件未能生成：',
  unit: '单位',
  sourceLine: '资料来源',
  datasetLine: '数据集',
  noteLine: '说明',
  periodColumn: '期间',
  regionColumn: '地区',
  indicatorColumn: '指标',
  valueColumn: '数值',
  notInYear: (region: string, period: string, what: string) =>
    `${region} ${period} 暂无${what}数据`,
  gapNote: '缺失的期间留空，不连线、不插补。',
  fewPoints: (n: number) => `只有${n}个数据点，以表格列出。`,
  outlier: (what: string) => `纵轴为容纳极端值${what}而拉伸。`,
  comparedNone: (region: string, what: string[]) => `${region}本年未公布：${what.join('、')}。`,
}

export type ChartMessages = typeof zh

const en: ChartMessages = {
  chart: 'Chart',
  table: 'Table',
  viewAs: 'Show as',
  downloadCsv: 'Download CSV',
  downloadPng: 'Download PNG',
  downloadXlsx: 'Download Excel',
  xlsxFailed: 'The Excel file could not be made: ',
  unit: 'Unit',
  sourceLine: 'Source',
  datasetLine: 'Dataset',
  noteLine: 'Note',
  periodColumn: 'Period',
  regionColumn: 'Region',
  indicatorColumn: 'Indicator',
  valueColumn: 'Value',
  notInYear: (region, period, what) => `No ${what} data for ${region}, ${period}`,
  gapNote: 'Missing periods are left as gaps: never bridged or interpolated.',
  fewPoints: (n) => `Only ${countEn(n, 'figure', 'figures')}: listed as a table.`,
  outlier: (what) => `The scale is stretched to hold an extreme figure, ${what}.`,
  comparedNone: (region, what) => `Not published for ${region} this year: ${what.join('; ')}.`,
}

export const CHART_MESSAGES: Record<Lang, ChartMessages> = { zh, en }
