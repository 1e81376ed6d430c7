import type { Lang } from '../../lib/i18n/lang.ts'
import { countEn, pluralEn } from '../../lib/i18n/plural.ts'

const zh = {
  title: '各市位次',
  indicator: '位次指标',
  mapTitle: '各市分布',
  schematic: '示意图',
  schematicMap: '示意图：等大方块示意各市相对位置，不表示行政区划边界。',
  rankingTitle: '各市排名',
  scorecardTitle: '“三稳”与技改计分卡',
  /** The rank column: a rank of all 21 cities, or only a position among those published. */
  rankColumn: (published: number, total: number) =>
    published === total ? '全省位次' : `已公布${published}市中位次`,
  groupRankColumn: '区域内位次',
  publishedRankColumn: '公布的位次',
  changeColumn: '位次变化',
  tied: (rank: number) => `并列${rank}`,
  rankChangeUp: (n: number) => `↑${n}`,
  rankChangeDown: (n: number) => `↓${n}`,
  rankChangeNone: '–',
  rankChangeHint: (period: string) => `位次变化：与${period}相比`,
  rankChangeRule: '位次及其变化仅在21市均已公布时计算',
  provinceReference: (value: string) => `全省 ${value}`,
  publishedCities: (n: number, total: number) => `${n}/${total} 市已发布`,
  notPublished: (n: number, names: string) => `另有${n}市未公布：${names}`,
  /** Under a partial ranking; with one city there is no order at all, and `city` names it. */
  partialRanking: (n: number, city?: string) =>
    n === 1
      ? `仅${city ?? '1市'}已公布，无从排序，不是全省位次`
      : `仅${n}市已公布，列出的是已公布城市之间的先后，不是全省位次`,
  tileLabel: (city: string, value: string, rank: string | null) =>
    `${city} ${value}${rank ? `，${rank}` : ''}`,
  selectCity: '点击方块或按回车键选择该市',
  mapLegend: '图例',
  mapMissing: '暂无数据（斜线）',
  groupsLegend: '区域',
  statusColumn: (stability: string) => `${stability}：与全省相比`,
  status: {
    above: (points: number) => `高于全省超过${points}个百分点`,
    // Its own name, not "相差1个百分点以内" beside a gap of exactly 1 (#29).
    near: () => '与全省基本持平',
    equal: () => '与全省持平',
    below: (points: number) => `低于全省超过${points}个百分点`,
  },
  gap: (direction: 'above' | 'below', size: string) =>
    `${direction === 'above' ? '高于' : '低于'}全省${size}个百分点`,
  statusNone: '全省暂无数据，不作比较',
  scorecardRule: (points: number) =>
    `与全省同期同指标相比：相差超过${points}个百分点为“高于 / 低于全省”，相差${points}个百分点以内（含）为“与全省基本持平”，按公布精度相等为“与全省持平”。`,
  regionOrder: '地区',
  noCityPublished: (period: string, what: string) => `${period}各市均未公布${what}`,
}

export type StandingMessages = typeof zh

const en: StandingMessages = {
  title: 'Where each city stands',
  indicator: 'Indicator',
  mapTitle: 'The cities',
  schematic: 'schematic map',
  schematicMap:
    'Schematic map: equal tiles show the cities’ rough arrangement, not administrative boundaries.',
  rankingTitle: 'Ranking of the cities',
  scorecardTitle: 'Scorecard: the three stabilities and technical transformation',
  rankColumn: (published, total) =>
    published === total ? 'Rank of 21' : `Position among ${published} published`,
  groupRankColumn: 'Rank in group',
  publishedRankColumn: 'Published rank',
  changeColumn: 'Rank change',
  tied: (rank) => `joint ${rank}`,
  rankChangeUp: (n) => `↑${n}`,
  rankChangeDown: (n) => `↓${n}`,
  rankChangeNone: '–',
  rankChangeHint: (period) => `Change of rank since ${period}`,
  rankChangeRule: 'ranks and their changes are computed only when all 21 cities are published',
  provinceReference: (value) => `Province ${value}`,
  publishedCities: (n, total) => `${n} of ${total} cities published`,
  notPublished: (n, names) => `${n} more ${pluralEn(n, 'city', 'cities')} not published: ${names}`,
  partialRanking: (n, city) =>
    n === 1
      ? `only ${city ?? 'one city'} is published: there is no order to show, nor a rank in the province`
      : `only ${countEn(n, 'city', 'cities')} ${pluralEn(n, 'is', 'are')} published: this is their order among themselves, not a rank in the province`,
  tileLabel: (city, value, rank) => `${city} ${value}${rank ? `, ${rank}` : ''}`,
  selectCity: 'Click a tile or press Enter to select the city',
  mapLegend: 'Legend',
  mapMissing: 'No data (hatched)',
  groupsLegend: 'Region groups',
  statusColumn: (stability) => `${stability}: against the province`,
  status: {
    above: (points) => `More than ${countEn(points, 'point', 'points')} above the province`,
    near: () => 'Roughly level with the province',
    equal: () => 'Level with the province',
    below: (points) => `More than ${countEn(points, 'point', 'points')} below the province`,
  },
  gap: (direction, size) => `${countEn(size, 'point', 'points')} ${direction} the province`,
  statusNone: 'No provincial figure to compare with',
  scorecardRule: (points) =>
    `Against the province's own figure for the same indicator and period: more than ${countEn(points, 'point', 'points')} apart is “above” or “below”, ${countEn(points, 'point', 'points')} or less is “roughly level”, equal at the published precision is “level”.`,
  regionOrder: 'Region',
  noCityPublished: (period, what) => `No city has published ${what} for ${period}`,
}

export const STANDING_MESSAGES: Record<Lang, StandingMessages> = { zh, en }
