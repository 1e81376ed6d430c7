import { describe, expect, it } from 'vitest'
import { ATTENTION_MESSAGES } from '../../../../src/features/attention/messages.ts'
import { STANDING_MESSAGES } from '../../../../src/features/standing/messages.ts'
import { TARGET_MESSAGES } from '../../../../src/features/targets/messages.ts'
import { CHART_MESSAGES } from '../../../../src/components/chart/messages.ts'
import { changeText } from '../../../../src/lib/format/change.ts'
import { en } from '../../../../src/lib/i18n/messages-en.ts'
import { countEn, pluralEn } from '../../../../src/lib/i18n/plural.ts'

describe('English number agreement (Intl.PluralRules)', () => {
  it('agrees a noun with a count: one, none, many', () => {
    expect(countEn(1, 'city', 'cities')).toBe('1 city')
    expect(countEn(0, 'city', 'cities')).toBe('0 cities')
    expect(countEn(2, 'city', 'cities')).toBe('2 cities')
    expect(countEn(21, 'city', 'cities')).toBe('21 cities')
    expect(pluralEn(1, 'is', 'are')).toBe('is')
    expect(pluralEn(20, 'is', 'are')).toBe('are')
  })

  it('agrees with a figure as printed: its decimals count, its sign and separators do not', () => {
    expect(countEn('1', 'point', 'points')).toBe('1 point')
    expect(countEn('1.0', 'point', 'points')).toBe('1.0 points')
    expect(countEn('0.5', 'point', 'points')).toBe('0.5 points')
    expect(countEn('-1', 'point', 'points')).toBe('-1 point')
    expect(countEn('1,038.5', 'point', 'points')).toBe('1,038.5 points')
    expect(countEn(0.5, 'point', 'points')).toBe('0.5 points')
  })

  it('is the rule of every English count the interface writes', () => {
    const standing = STANDING_MESSAGES.en
    expect(standing.notPublished(1, 'Yunfu')).toBe('1 more city not published: Yunfu')
    expect(standing.notPublished(2, 'Heyuan, Yunfu')).toBe(
      '2 more cities not published: Heyuan, Yunfu',
    )
    expect(standing.partialRanking(5)).toMatch(/^only 5 cities are published: /)
    expect(standing.gap('above', '1')).toBe('1 point above the province')
    expect(standing.gap('below', '1.0')).toBe('1.0 points below the province')
    expect(standing.status.below(1)).toBe('More than 1 point below the province')
    expect(standing.status.above(2)).toBe('More than 2 points above the province')

    const attention = ATTENTION_MESSAGES.en
    expect(attention.counts(1, 3)).toBe('1 warning · 3 to watch')
    expect(attention.coverage(1, true, 1, 1)).toBe(
      'Evaluated 1 figure of the province and 1 city; 1 city has no figures this period and was not evaluated',
    )
    expect(attention.coverage(2, false, 8, 19)).toBe(
      'Evaluated 8 figures of 2 cities; 19 cities have no figures this period and were not evaluated',
    )
    expect(attention.moreWarnings(1)).toBe('1 more warning')

    const targets = TARGET_MESSAGES.en
    expect(targets.gapBelow('1')).toBe('1 point below the target')
    expect(targets.ahead('1')).toBe('1 point ahead of schedule')
    expect(targets.behind('5.6')).toBe('5.6 points behind schedule')

    expect(en.periodCount(1)).toBe('1 figure')
    expect(en.periodCount(0)).toBe('0 figures')
    expect(CHART_MESSAGES.en.fewPoints(1)).toBe('Only 1 figure: listed as a table.')
    expect(changeText({ kind: 'up', value: 1, decimals: 0 }, 'en')).toBe('up 1 point')
    expect(changeText({ kind: 'down', value: -1, decimals: 1 }, 'en')).toBe('down 1.0 points')
  })
})
