import type { Lang } from '../../lib/i18n/lang.ts'

const zh = {
  title: '简报',
  copyText: '复制文字',
  textCopied: '已复制到剪贴板',
  printBrief: '打印简报',
  sourcesUsed: '所用资料来源',
  noBriefing: (region: string, period: string) => `${region} ${period} 暂无可写入简报的数据`,
}

export type BriefingMessages = typeof zh

const en: BriefingMessages = {
  title: 'Briefing',
  copyText: 'Copy text',
  textCopied: 'Copied to the clipboard',
  printBrief: 'Print brief',
  sourcesUsed: 'Sources used',
  noBriefing: (region, period) => `No figures to brief on for ${region}, ${period}`,
}

export const BRIEFING_MESSAGES: Record<Lang, BriefingMessages> = { zh, en }
