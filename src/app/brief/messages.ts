import type { Lang } from '../../lib/i18n/lang.ts'

const zh = {
  title: '广东工业“三稳”监测简报',
  kpis: '主要指标',
  link: '本页链接',
  print: '打印',
  backToDashboard: '返回仪表盘',
  changeColumn: '比上期',
  rankColumn: '位次',
  notPublished: (names: string) => `本期未公布：${names}`,
  investmentGrowth: '工业投资与技改投资增速',
}

export type BriefMessages = typeof zh

const en: BriefMessages = {
  title: 'Guangdong industrial stability brief',
  kpis: 'Key figures',
  link: 'Link to this brief',
  print: 'Print',
  backToDashboard: 'Back to the dashboard',
  changeColumn: 'Change',
  rankColumn: 'Rank',
  notPublished: (names) => `Not published for this period: ${names}`,
  investmentGrowth: 'Industrial and technical-transformation investment growth',
}

export const BRIEF_MESSAGES: Record<Lang, BriefMessages> = { zh, en }
