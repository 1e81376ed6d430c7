import type { Lang } from '../../lib/i18n/lang.ts'
import { countEn } from '../../lib/i18n/plural.ts'

const zh = {
  /** 本期更新（2024-09-20）：新增：2024年1-8月 全省及3市 12项；修订：2项. */
  line: (date: string) => `本期更新（${date}）`,
  added: (parts: string[]) => `新增：${parts.join('；')}`,
  addedPart: (period: string, where: string, n: number) => `${period} ${where} ${n}项`,
  addedPeriods: (first: string, last: string, periods: number, n: number) =>
    `${first}至${last}共${periods}期 ${n}项`,
  revised: (n: number) => `修订：${n}项`,
  nothing: '未新增或修订数据',
  where: (province: boolean, cities: number) =>
    province ? (cities > 0 ? `全省及${cities}市` : '全省') : `${cities}市`,
  details: '查看明细',
  listLabel: '本期更新明细',
  hideDetails: '收起明细',
  tables: (tables: string[]) => `本期发布：${tables.join('；')}`,
  addedTitle: '新增数据',
  revisedTitle: '修订数据',
  columns: { region: '地区', indicator: '指标', period: '统计期', value: '数值', source: '来源' },
  revision: (from: string, to: string) => `由${from}修订为${to}`,
  revisionSources: (from: string, to: string) => `原：${from}；现：${to}`,
  rankMoves: '位次变化',
  /** What a slide has no room for: 另有3项. */
  more: (n: number) => `另有${n}项`,
  /** The 本期更新 slide's subtitle: the day of the release. */
  released: (date: string) => `${date}发布`,
  rankMove: (city: string, from: number, to: number) => `${city} 全省第${from}位→第${to}位`,
  failed: '本期更新信息未能读取：',
  revisedMark: '修订',
  revisedMarkLabel: (values: string) => `已修订，历次公布：${values}`,
  earlierValue: (value: string, date: string, source: string) =>
    `${value}（${date}发布 · ${source}）`,
  nextDue: (date: string) => `下次更新预计 ${date}`,
  nextToday: (date: string) => `预计今日（${date}）发布`,
  overdue: (date: string) => `预计发布日（${date}）已过，尚未更新`,
}

export type ReleaseMessages = typeof zh

const en: ReleaseMessages = {
  line: (date) => `This release (${date})`,
  added: (parts) => `new: ${parts.join('; ')}`,
  addedPart: (period, where, n) => `${period}, ${where}, ${countEn(n, 'figure', 'figures')}`,
  addedPeriods: (first, last, periods, n) =>
    `${countEn(n, 'figure', 'figures')} of ${countEn(periods, 'period', 'periods')}, ${first} to ${last}`,
  revised: (n) => `revised: ${countEn(n, 'figure', 'figures')}`,
  nothing: 'no figure added or revised',
  where: (province, cities) =>
    province
      ? cities > 0
        ? `the province and ${countEn(cities, 'city', 'cities')}`
        : 'the province'
      : countEn(cities, 'city', 'cities'),
  details: 'Show the list',
  listLabel: 'What this release brought',
  hideDetails: 'Hide the list',
  tables: (tables) => `Released: ${tables.join('; ')}`,
  addedTitle: 'New figures',
  revisedTitle: 'Revised figures',
  columns: {
    region: 'Region',
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    source: 'Source',
  },
  revision: (from, to) => `revised from ${from} to ${to}`,
  revisionSources: (from, to) => `before: ${from}; now: ${to}`,
  rankMoves: 'Rank changes',
  more: (n) => `and ${n} more`,
  released: (date) => `released ${date}`,
  rankMove: (city, from, to) => `${city}: from ${from} to ${to} in the province`,
  failed: 'The release could not be read: ',
  revisedMark: 'revised',
  revisedMarkLabel: (values) => `Revised; as published: ${values}`,
  earlierValue: (value, date, source) => `${value} (released ${date} · ${source})`,
  nextDue: (date) => `Next figures expected ${date}`,
  nextToday: (date) => `Next figures expected today (${date})`,
  overdue: (date) => `Expected on ${date}, not yet released`,
}

export const RELEASE_MESSAGES: Record<Lang, ReleaseMessages> = { zh, en }
