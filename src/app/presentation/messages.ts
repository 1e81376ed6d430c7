import type { Lang } from '../../lib/i18n/lang.ts'
import type { SlideType } from '../../schemas/slide-types.ts'

const zh = {
  presentation: '演示',
  slideTitles: {
    overview: '“三稳”与技改总览',
    targets: '目标完成情况',
    iva: '稳增长：规模以上工业增加值',
    investment: '稳投资：工业投资与技改投资',
    hightech: '稳中有进：高技术与先进制造业',
    tech: '技术改造投资',
    ranking: '各市排名',
    map: '各市分布（示意图）',
    scorecard: '“三稳”与技改计分卡',
    city: '聚焦',
  } satisfies Record<SlideType, string>,
  pressF: '按 F 全屏',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  next: '下一页',
  previous: '上一页',
  pause: '暂停',
  resume: '继续',
  paused: '已暂停',
  exitPresentation: '退出演示',
  slideOf: (n: number, total: number) => `第 ${n}/${total} 页`,
  secondsLeft: (n: number) => `${n} 秒后翻页`,
  controlsHint: '← → 翻页 · P 暂停 · 数字键跳页 · F 全屏 · Esc 退出',
  deckProblems: (items: string) => `已忽略：${items}`,
  presentationControls: '演示控制',
  noSlides: '没有可放映的页面',
  noSlidesWhy: '本期各页均无已公布的数据，没有可放映的页面',
  skipped: (n: number) => `已跳过${n}页（无数据）`,
  cityPeriod: (from: string, to: string) => `本市${from}未公布，显示${to}`,
}

export type PresentationMessages = typeof zh

const en: PresentationMessages = {
  presentation: 'Presentation',
  slideTitles: {
    overview: 'The three stabilities and technical transformation',
    targets: 'Targets',
    iva: 'Stable growth: above-scale industrial value added',
    investment: 'Stable investment: industrial and technical-transformation investment',
    hightech: 'Progress: high-tech and advanced manufacturing',
    tech: 'Technical-transformation investment',
    ranking: 'Ranking of the cities',
    map: 'The cities (schematic map)',
    scorecard: 'Scorecard',
    city: 'Spotlight',
  },
  pressF: 'Press F for full screen',
  fullscreen: 'Full screen',
  exitFullscreen: 'Leave full screen',
  next: 'Next',
  previous: 'Previous',
  pause: 'Pause',
  resume: 'Resume',
  paused: 'Paused',
  exitPresentation: 'Leave presentation',
  slideOf: (n, total) => `${n} / ${total}`,
  secondsLeft: (n) => `next in ${n} s`,
  controlsHint: '← → slides · P pause · digits jump · F full screen · Esc leave',
  deckProblems: (items) => `Ignored: ${items}`,
  presentationControls: 'Presentation controls',
  noSlides: 'No slides to show',
  noSlidesWhy: 'No slide has published figures for this period: nothing to show',
  skipped: (n) => `${n} skipped (no data)`,
  cityPeriod: (from, to) => `Not published for ${from}: showing ${to}`,
}

export const PRESENTATION_MESSAGES: Record<Lang, PresentationMessages> = { zh, en }
