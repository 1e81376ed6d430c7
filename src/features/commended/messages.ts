import type { ChangeKind } from '../../domain/change.ts'
import type { Lang } from '../../lib/i18n/lang.ts'

/** A city's rate at two periods: the periods, and each value without its sign ("0.4%"). */
interface Recovery {
  city: string
  indicator: string
  from: string
  a: string
  to: string
  b: string
  kind: ChangeKind
}

const zh = {
  title: '2019年国务院督查激励：广州与深圳',
  intro:
    '国办发〔2020〕9号通报表扬“促进工业稳增长和转型升级、实施技术改造成效明显”的10个城市，广东省是唯一有两个城市入选的省份。',
  officialOnly: '本面板只显示官方发布数据。',
  growthOnly: '图中为增速；比重、贡献率、总量和个数不是增速，列于下表。',
  others: '其他公布数字（2019年）',
  /** The chart's caption where there is no panel title (a slide). */
  growth: '增速',
  /** The one line that stands for the panel in another period: 另见：… (2019年1-12月). */
  seeAlso: '另见',
  /** "广州规上工业增加值由1-2月的1.1%回升至1-12月的5.1%", "…由1-2月下降0.4%转为1-12月增长3.6%". */
  recovery: ({ city, indicator, from, a, to, b, kind }: Recovery): string => {
    switch (kind) {
      case 'flat':
        return `${city}${indicator}${from}和${to}均为${a}`
      case 'turned-up':
        return `${city}${indicator}由${from}下降${a}转为${to}增长${b}`
      case 'turned-down':
        return `${city}${indicator}由${from}增长${a}转为${to}下降${b}`
      case 'narrowed':
        return `${city}${indicator}降幅由${from}的${a}收窄至${to}的${b}`
      case 'widened':
        return `${city}${indicator}降幅由${from}的${a}扩大至${to}的${b}`
      case 'up':
        return `${city}${indicator}由${from}的${a}回升至${to}的${b}`
      case 'down':
        return `${city}${indicator}由${from}的${a}回落至${to}的${b}`
    }
  },
}

const en: typeof zh = {
  title: '2019 State Council commendation: Guangzhou and Shenzhen',
  intro:
    'In 2020 the State Council General Office commended ten cities for industrial growth, upgrading and technical transformation in 2019 (Guobanfa [2020] No. 9); Guangdong was the only province with two of them.',
  officialOnly: 'This panel shows official published figures only.',
  growthOnly:
    'The chart shows growth rates; shares, the contribution rate, amounts and counts are not, and are listed below.',
  others: 'Other published figures (2019)',
  growth: 'Growth rates',
  seeAlso: 'See also',
  recovery: ({ city, indicator, from, a, to, b, kind }) => {
    switch (kind) {
      case 'flat':
        return `${city}, ${indicator}: ${a} in both ${from} and ${to}`
      case 'turned-up':
        return `${city}, ${indicator}: from a fall of ${a} in ${from} to growth of ${b} in ${to}`
      case 'turned-down':
        return `${city}, ${indicator}: from growth of ${a} in ${from} to a fall of ${b} in ${to}`
      case 'narrowed':
        return `${city}, ${indicator}: the fall narrowed from ${a} in ${from} to ${b} in ${to}`
      case 'widened':
        return `${city}, ${indicator}: the fall widened from ${a} in ${from} to ${b} in ${to}`
      case 'up':
        return `${city}, ${indicator}: up from ${a} in ${from} to ${b} in ${to}`
      case 'down':
        return `${city}, ${indicator}: down from ${a} in ${from} to ${b} in ${to}`
    }
  },
}

export type CommendedMessages = typeof zh

export const COMMENDED_MESSAGES: Record<Lang, CommendedMessages> = { zh, en }
