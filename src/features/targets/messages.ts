import type { Lang } from '../../lib/i18n/lang.ts'
import { countEn } from '../../lib/i18n/plural.ts'

const zh = {
  title: '目标完成情况',
  target: (text: string) => `目标：${text}`,
  gapAbove: (size: string) => `高于目标${size}个百分点`,
  gapBelow: (size: string) => `低于目标${size}个百分点`,
  gapLevel: '与目标持平',
  threshold: (positive: boolean, line: string) =>
    `${positive ? '正增长' : '两位数增长'}按${line}计`,
  completion: (completion: string) => `完成年度计划${completion}%`,
  ahead: (size: string) => `超序时进度${size}个百分点`,
  behind: (size: string) => `慢序时进度${size}个百分点`,
  onSchedule: '与序时进度持平',
  computed: '计算值',
  planDone: '完成年度计划（%）',
  status: { met: '达到', near: '接近', 'not-met': '未达' },
  outcome: { met: '达到', 'not-met': '未达到' },
  outcomeOf: (value: string, status: string) => `全年${value}，${status}目标`,
  textOnly: '文字目标，不作比较',
  noBars: '没有可与已公布数字对照画出的目标（文字目标，或尚无数字），见表格。',
  countOnly: '企业数目标：未公布可比数字',
  noFigure: '未公布',
  columns: {
    target: '目标（原文）',
    latest: '最新累计值',
    gap: '与目标相比',
    schedule: '序时进度',
    status: '状态',
    outcome: '全年结果',
    region: '地区 · 指标',
    indicator: '指标',
    yearIndicator: '年份 · 指标',
    yearFigure: '全年累计值',
  },
  history: '历年目标完成情况',
  noOutcome: '未公布1-12月数据',
  notApplicable: '不适用',
  note: (about: number) =>
    `增速目标按百分点比较：“左右”在目标±${about}个百分点以内为达到；“以上”“力争”需达到目标值；“接近”为距达到不超过0.5个百分点。完成年度计划（计算值）= 累计完成额 ÷ 年度计划 × 100；序时进度 = 已过月数 ÷ 12。`,
  others: '其他地区同一指标的目标',
  none: (region: string, year: string) => `${region}${year}没有收录的目标`,
}

export type TargetMessages = typeof zh

const en: TargetMessages = {
  title: 'Targets',
  target: (text) => `Target: ${text}`,
  gapAbove: (size) => `${countEn(size, 'point', 'points')} above the target`,
  gapBelow: (size) => `${countEn(size, 'point', 'points')} below the target`,
  gapLevel: 'level with the target',
  threshold: (positive, line) => `${positive ? 'Positive' : 'Double-digit'} growth read as ${line}`,
  completion: (completion) => `${completion}% of the annual plan done`,
  ahead: (size) => `${countEn(size, 'point', 'points')} ahead of schedule`,
  behind: (size) => `${countEn(size, 'point', 'points')} behind schedule`,
  onSchedule: 'on schedule',
  computed: 'computed',
  planDone: 'share of the annual plan (%)',
  status: { met: 'Met', near: 'Near', 'not-met': 'Not met' },
  outcome: { met: 'met', 'not-met': 'not met' },
  outcomeOf: (value, status) => `Year: ${value}, target ${status}`,
  textOnly: 'A target in words: not compared',
  noBars:
    'No target to draw against a published figure (targets in words, or no figure yet): see the table.',
  countOnly: 'A number of firms: no comparable figure published',
  noFigure: 'Not published',
  columns: {
    target: 'Target (as printed)',
    latest: 'Latest year to date',
    gap: 'Against the target',
    schedule: 'Schedule',
    status: 'Status',
    outcome: 'Year',
    region: 'Region · indicator',
    indicator: 'Indicator',
    yearIndicator: 'Year · indicator',
    yearFigure: 'Year to date',
  },
  history: 'Targets of past years',
  noOutcome: 'No Jan–Dec figure published',
  notApplicable: 'n/a',
  note: (about) =>
    `Growth is compared in percentage points: “about” (左右) is met within ±${countEn(about, 'point', 'points')} of the target; “at least” and “aim for” need the target itself; “near” is at most ${countEn('0.5', 'point', 'points')} short. Share of the plan (computed) = amount so far ÷ annual plan × 100; schedule = months elapsed ÷ 12.`,
  others: 'Other regions’ targets for the same indicators',
  none: (region, year) => `No target of ${region} for ${year} is recorded`,
}

export const TARGET_MESSAGES: Record<Lang, TargetMessages> = { zh, en }
