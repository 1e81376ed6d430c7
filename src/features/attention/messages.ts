import type { Lang } from '../../lib/i18n/lang.ts'
import type { AttentionLevel } from '../../schemas/attention.ts'
import { countEn, pluralEn } from '../../lib/i18n/plural.ts'

const zh = {
  title: '需关注',
  levels: { warning: '预警', watch: '关注' } satisfies Record<AttentionLevel, string>,
  counts: (warning: number, watch: number) => `预警${warning}项 · 关注${watch}项`,
  none: '本期没有需关注事项',
  coverage: (cities: number, province: boolean, figures: number, notCities: number) =>
    `已评估${province ? '全省及' : ''}${cities}市的${figures}项数据${notCities > 0 ? `；${notCities}市本期无数据，未评估` : ''}`,
  nothingEvaluated: '本期没有可评估的数据',
  open: '查看',
  sources: '来源',
  more: (n: number) => `另有关注${n}项`,
  watchOnly: (n: number) => `无预警事项，关注${n}项`,
  paragraph: '需重点关注',
  moreWarnings: (n: number) => `另有预警${n}项`,
  rulesNote:
    '按数据表 data/attention-rules.csv 中的规则逐项判断，只用已公布的数据；未公布的数据不作判断（未评估）。',
  columns: { level: '级别', indicator: '指标', finding: '内容', source: '来源' },
  region: '地区',
  unavailable: '本期需关注事项未能加载',
  legend: '需关注（本指标）',
}

export type AttentionMessages = typeof zh

const en: AttentionMessages = {
  title: 'Needs attention',
  levels: { warning: 'Warning', watch: 'Watch' },
  counts: (warning, watch) => `${countEn(warning, 'warning', 'warnings')} · ${watch} to watch`,
  none: 'Nothing needs attention in this period',
  coverage: (cities, province, figures, notCities) =>
    `Evaluated ${countEn(figures, 'figure', 'figures')} of ${province ? 'the province and ' : ''}${countEn(cities, 'city', 'cities')}${notCities > 0 ? `; ${countEn(notCities, 'city has', 'cities have')} no figures this period and ${pluralEn(notCities, 'was', 'were')} not evaluated` : ''}`,
  nothingEvaluated: 'No figures to evaluate in this period',
  open: 'Open',
  sources: 'Sources',
  more: (n) => `${n} more to watch`,
  watchOnly: (n) => `no warnings; ${n} to watch`,
  paragraph: 'Needing particular attention',
  moreWarnings: (n) => `${n} more ${pluralEn(n, 'warning', 'warnings')}`,
  rulesNote:
    'Found by the rules of data/attention-rules.csv on the published figures only; a figure not published is not judged (not evaluated).',
  columns: { level: 'Level', indicator: 'Indicator', finding: 'Finding', source: 'Source' },
  region: 'Region',
  unavailable: "This period's findings could not be loaded",
  legend: 'Needs attention (this indicator)',
}

export const ATTENTION_MESSAGES: Record<Lang, AttentionMessages> = { zh, en }
