import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAttentionRules } from '../../../scripts/data-build/attention-rules.ts'
import { checkAttentionFigures, evaluateAttention } from '../../../scripts/data-build/attention.ts'
import { formatTableError } from '../../../scripts/data-build/errors.ts'
import { DEMO_CALM_YEAR } from '../../../scripts/data-build/demo.ts'
import { runDataBuild } from '../../../scripts/data-build/run.ts'
import { readTables } from '../../../scripts/data-build/tables.ts'
import { periodYear } from '../../../src/domain/period.ts'
import type { Observation } from '../../../src/schemas/observations.ts'
import type { Target } from '../../../src/schemas/targets.ts'
import { ATTENTION_CONDITIONS, AttentionFileSchema } from '../../../src/schemas/attention.ts'
import { copyFixtures, GENERATED_AT, tempDir } from './helpers.ts'

const { tables } = readTables('data')
const { rules } = readAttentionRules('data', tables.indicators)
const CITIES = tables.regions.filter((r) => r.type === 'city').map((r) => r.code)

const IVA = 'iva_above_scale_yoy_pct'
const INVEST = 'industrial_investment_100m_yuan'

function obs(
  region: string,
  period: string,
  value: number,
  indicator = IVA,
  decimals = 1,
): Observation {
  return { region, period, indicator, value, decimals, source: 's1', release: 'r1' }
}

function growthTarget(
  region: string,
  year: number,
  value: number,
  qualifier: Target['qualifier'] = '',
): Target {
  return {
    region,
    year,
    indicator: IVA,
    kind: 'growth',
    value,
    decimals: String(value).includes('.') ? 1 : 0,
    qualifier,
    unit: '%',
    text: `规上工业增加值增长${value}%${qualifier}`,
    source: 't1',
    threshold: null,
  }
}

/** The findings of one period, with only the rules whose ids are given. */
function run(
  observations: Observation[],
  period: string,
  ruleIds: string[],
  targets: Target[] = [],
) {
  const [found] = evaluateAttention({
    rules: rules.filter((r) => ruleIds.includes(r.id)),
    regions: tables.regions,
    indicators: tables.indicators,
    observations,
    targets,
    periods: [period],
  })
  return found!
}
const rulesOf = (p: ReturnType<typeof run>) => p.alerts.map((a) => `${a.region}:${a.rule}`)

describe('负增长 (negative)', () => {
  it('finds growth below 0, and not growth of exactly 0', () => {
    const p = run([obs('guangzhou', '2024-06', -0.1), obs('shenzhen', '2024-06', 0)], '2024-06', [
      'negative',
    ])
    expect(rulesOf(p)).toEqual(['guangzhou:negative'])
    expect(p.alerts[0]!.text.zh).toBe('广州市：规模以上工业增加值累计增速-0.1%，负增长')
    expect(p.alerts[0]!.figures).toEqual([
      {
        role: 'current',
        kind: 'figure',
        region: 'guangzhou',
        indicator: IVA,
        period: '2024-06',
        value: -0.1,
        decimals: 1,
        source: 's1',
      },
    ])
  })
})

describe('由正转负 (turned negative)', () => {
  const ids = ['turned_negative', 'negative']
  it('compares with the previous published period of the year, and says so', () => {
    const p = run(
      [obs('guangzhou', '2024-03', 2.1), obs('guangzhou', '2024-05', -1.3)],
      '2024-05',
      ids,
    )
    expect(rulesOf(p)).toEqual(['guangzhou:turned_negative'])
    expect(p.alerts[0]!.text.zh).toBe(
      '广州市：规模以上工业增加值累计增速-1.3%，较上期由正转负（2024年1-3月2.1%）',
    )
  })
  it('at 1-2月, compares with the previous year’s 1-12月 (较上年全年)', () => {
    const p = run([obs('foshan', '2023-12', 6.6), obs('foshan', '2024-02', -1.2)], '2024-02', ids)
    expect(p.alerts[0]!.text.zh).toContain('较上年全年由正转负（2023年1-12月6.6%）')
    expect(p.alerts[0]!.text.en).toContain(
      'turned negative from the previous full year (Jan–Dec 2023: 6.6%)',
    )
  })
  it('without a previous figure, or after a negative one, it is 负增长 only', () => {
    expect(rulesOf(run([obs('foshan', '2024-05', -1)], '2024-05', ids))).toEqual([
      'foshan:negative',
    ])
    const p = run([obs('foshan', '2024-03', -0.5), obs('foshan', '2024-05', -1)], '2024-05', ids)
    expect(rulesOf(p)).toEqual(['foshan:negative'])
  })
  it('a previous figure of exactly 0 was not negative', () => {
    const p = run([obs('foshan', '2024-03', 0), obs('foshan', '2024-05', -1)], '2024-05', ids)
    expect(rulesOf(p)).toEqual(['foshan:turned_negative'])
  })
})

describe('低于年度目标 (below the target)', () => {
  const ids = ['below_target', 'far_below_target']
  it('fires past the 左右 tolerance, not at it (equal is not below)', () => {
    const targets = [
      growthTarget('guangzhou', 2024, 5, '左右'),
      growthTarget('shenzhen', 2024, 5, '左右'),
    ]
    const p = run(
      [obs('guangzhou', '2024-06', 4.5), obs('shenzhen', '2024-06', 4.4)],
      '2024-06',
      ids,
      targets,
    )
    expect(rulesOf(p)).toEqual(['shenzhen:below_target'])
    expect(p.alerts[0]!.text.zh).toBe(
      '深圳市：规模以上工业增加值累计增速4.4%，低于年度目标（增长5%左右）0.6个百分点',
    )
    expect(p.alerts[0]!.figures[1]).toMatchObject({
      role: 'target',
      kind: 'target',
      value: 5,
      source: 't1',
    })
  })
  it('is a 预警 more than 3 points below, once (not also 关注)', () => {
    const p = run([obs('guangzhou', '2024-06', 1.9)], '2024-06', ids, [
      growthTarget('guangzhou', 2024, 5),
    ])
    expect(p.alerts.map((a) => `${a.rule}:${a.level}`)).toEqual(['far_below_target:warning'])
  })
  it('reads a qualitative target only where it names a threshold', () => {
    const words = (text: string, threshold: Target['threshold']): Target =>
      ({
        ...growthTarget('guangzhou', 2024, 0),
        kind: 'qualitative',
        value: null,
        decimals: null,
        text,
        threshold,
      }) as Target
    const named = words('两位数增长', { comparison: 'at-least', value: 10, decimals: 0 })
    expect(rulesOf(run([obs('guangzhou', '2024-06', 9.4)], '2024-06', ids, [named]))).toEqual([
      'guangzhou:below_target',
    ])
    const unnamed = words('提质提效', null)
    expect(run([obs('guangzhou', '2024-06', 1)], '2024-06', ids, [unnamed]).alerts).toEqual([])
  })
  it('does not read a ceiling (以内) as a line to stay above', () => {
    const ceiling = growthTarget('guangzhou', 2024, 8, '以内')
    expect(run([obs('guangzhou', '2024-06', 1)], '2024-06', ids, [ceiling]).alerts).toEqual([])
  })
})

describe('慢于序时进度 (behind schedule)', () => {
  const plan: Target = {
    region: 'dongguan',
    year: 2025,
    indicator: INVEST,
    kind: 'level',
    value: 1200,
    decimals: 0,
    qualifier: '',
    unit: '亿元',
    text: '计划完成工业投资1200亿元',
    source: 't1',
    threshold: null,
  }
  it('fires when completion trails 序时进度 by at least the threshold', () => {
    // 1-6月: 序时进度 50%; 480 of 1200 is 40.0%, 10 points behind; 481 is 40.1%.
    const at = (value: number) =>
      run([obs('dongguan', '2025-06', value, INVEST, 0)], '2025-06', ['behind_schedule'], [plan])
    expect(at(480).alerts.map((a) => a.text.zh)).toEqual([
      '东莞市：工业投资480亿元，完成年度计划（1200亿元）的40.0%，慢于序时进度（50%）10.0个百分点',
    ])
    expect(at(480).alerts[0]!.figures.map((f) => `${f.role}:${f.kind}:${f.source}`)).toEqual([
      'current:figure:s1',
      'target:target:t1',
      'completion:computed:null',
      'schedule:computed:null',
    ])
    expect(at(481).alerts).toEqual([])
  })
})

describe('低于全省 (below the province)', () => {
  const ids = ['below_province_iva']
  it('fires at a gap of at least the threshold, only for cities', () => {
    const p = run(
      [
        obs('guangdong', '2024-06', 6),
        obs('guangzhou', '2024-06', 3),
        obs('shenzhen', '2024-06', 3.1),
      ],
      '2024-06',
      ids,
    )
    expect(rulesOf(p)).toEqual(['guangzhou:below_province_iva'])
    expect(p.alerts[0]!.text.zh).toBe(
      '广州市：规模以上工业增加值累计增速3.0%，低于全省（6.0%）3.0个百分点',
    )
  })
  it('says nothing when the province’s figure for the period is not published', () => {
    expect(
      run([obs('guangdong', '2024-05', 6), obs('guangzhou', '2024-06', 1)], '2024-06', ids).alerts,
    ).toEqual([])
  })
})

describe('位次下降 (rank drop)', () => {
  // All 21 cities at 1-5月 and 1-6月: values 30, 29, … so the rank is the position in CITIES.
  const complete = (period: string, swap?: [string, number]) =>
    CITIES.map((code, i) => obs(code, period, swap && swap[0] === code ? swap[1] : 30 - i))
  it('fires on a fall of at least 3 places between two complete sets', () => {
    const second = CITIES[1]!
    // 29 (2nd) → 25.5: below 30, 28, 27 and 26: 5th, 3 places down.
    const p = run([...complete('2024-05'), ...complete('2024-06', [second, 25.5])], '2024-06', [
      'rank_drop',
    ])
    expect(rulesOf(p)).toEqual([`${second}:rank_drop`])
    expect(p.alerts[0]!.text.zh).toContain('全省第5位，较2024年1-5月（全省第2位）下降3位')
    // 29 → 26.5: 4th, two places down.
    expect(
      run([...complete('2024-05'), ...complete('2024-06', [second, 26.5])], '2024-06', [
        'rank_drop',
      ]).alerts,
    ).toEqual([])
  })
  it('never on a partial set', () => {
    const second = CITIES[1]!
    // 广州 missing at 1-5月: neither the province's set nor 珠三角's is complete.
    const partial = complete('2024-05').filter((o) => o.region !== 'guangzhou')
    const p = run([...partial, ...complete('2024-06', [second, 20.5])], '2024-06', ['rank_drop'])
    expect(p.alerts).toEqual([])
    // A city of another group missing: 珠三角's set is complete, and its rank is said.
    const outside = complete('2024-05').filter((o) => o.region !== 'yunfu')
    const q = run([...outside, ...complete('2024-06', [second, 20.5])], '2024-06', ['rank_drop'])
    expect(q.alerts[0]!.text.zh).toContain('珠三角第')
  })
})

describe('连续回落 (falling)', () => {
  it('fires when each of the last 3 published periods of the year was lower', () => {
    const series = [
      obs('zhaoqing', '2024-03', 7.2),
      obs('zhaoqing', '2024-05', 7.1),
      obs('zhaoqing', '2024-06', 7),
      obs('zhaoqing', '2024-08', 6.9),
    ]
    const p = run(series, '2024-08', ['falling'])
    expect(p.alerts[0]!.text.zh).toBe(
      '肇庆市：规模以上工业增加值累计增速6.9%，连续3期回落（1-3月7.2%、1-5月7.1%、1-6月7.0%、1-8月6.9%）',
    )
    expect(p.alerts[0]!.figures.map((f) => f.role)).toEqual([
      'earlier',
      'earlier',
      'earlier',
      'current',
    ])
  })
  it('not on a tie, nor with too few periods, nor across years', () => {
    const tie = [
      obs('zhaoqing', '2024-03', 7.2),
      obs('zhaoqing', '2024-05', 7.1),
      obs('zhaoqing', '2024-06', 7.1),
      obs('zhaoqing', '2024-08', 6.9),
    ]
    expect(run(tie, '2024-08', ['falling']).alerts).toEqual([])
    const across = [
      obs('zhaoqing', '2023-12', 9),
      obs('zhaoqing', '2024-02', 8),
      obs('zhaoqing', '2024-03', 7),
      obs('zhaoqing', '2024-04', 6),
    ]
    expect(run(across, '2024-04', ['falling']).alerts).toEqual([])
  })
})

describe('a period’s findings', () => {
  it('puts 预警 first, then region order, and says what was evaluated', () => {
    const p = run(
      [
        obs('guangdong', '2024-06', 6),
        obs('shenzhen', '2024-06', -1),
        obs('guangzhou', '2024-06', 2),
      ],
      '2024-06',
      ['negative', 'below_province_iva'],
    )
    expect(rulesOf(p)).toEqual([
      'shenzhen:negative',
      'guangzhou:below_province_iva',
      'shenzhen:below_province_iva',
    ])
    expect(p.coverage.cities).toEqual({ evaluated: 2, notEvaluated: 19 })
    expect(p.coverage.province).toBe(true)
    expect(p.evaluated.map((e) => e.region)).toEqual(['guangdong', 'guangzhou', 'shenzhen'])
  })
  it('a city whose figure is not published has no finding and counts as not evaluated', () => {
    const p = run([obs('guangzhou', '2024-06', 5)], '2024-06', ['negative'])
    expect(p.alerts).toEqual([])
    expect(p.coverage).toEqual({
      cities: { evaluated: 1, notEvaluated: 20 },
      province: false,
      // 22 regions × the 4 key growth indicators the rule reads, less the one published.
      figures: { evaluated: 1, notEvaluated: 87 },
    })
  })
  it('a finding resting on a figure not in the API is a build error', () => {
    const p = run([obs('guangzhou', '2024-06', -1)], '2024-06', ['negative'])
    expect(checkAttentionFigures([p], [obs('guangzhou', '2024-06', -1)], [])).toEqual([])
    expect(checkAttentionFigures([p], [obs('guangzhou', '2024-06', -2)], [])).toEqual([
      'negative guangzhou 2024-06: current iva_above_scale_yoy_pct 2024-06 = -1 (s1) is not a published figure',
    ])
  })
})

describe('data/attention-rules.csv', () => {
  const rulesFile = (dataDir: string) => path.join(dataDir, 'attention-rules.csv')
  const withRow = (row: string) => {
    const dataDir = copyFixtures()
    writeFileSync(rulesFile(dataDir), `${readFileSync(rulesFile(dataDir), 'utf8')}${row}\n`)
    const outDir = path.join(tempDir(), 'v1')
    const result = runDataBuild({ dataDir, outDir, generatedAt: GENERATED_AT, demo: null })
    expect(existsSync(outDir), 'nothing is written').toBe(false)
    return result.ok ? [] : result.errors.map(formatTableError)
  }
  it.each([
    [
      'an unknown indicator',
      'x,no_such_indicator,negative,0,warning,{region},{region}',
      'data/attention-rules.csv:8:2 (indicator): "no_such_indicator" is not an indicator of indicators.csv',
    ],
    [
      'a threshold that does not parse',
      'x,growth,negative,zero,warning,{region},{region}',
      'data/attention-rules.csv:8:4 (threshold): "zero" is not a number (digits, optional - and .)',
    ],
    [
      'an unknown condition',
      'x,growth,worse,0,warning,{region},{region}',
      'data/attention-rules.csv:8:3 (condition): "worse" is not a condition: negative, turned_negative, below_target, behind_schedule, below_province, rank_drop, falling',
    ],
    [
      'an unknown level',
      'x,growth,negative,0,alarm,{region},{region}',
      'data/attention-rules.csv:8:5 (level): "alarm" is not a level: warning (预警) or watch (关注)',
    ],
    [
      'a placeholder the condition has not',
      'x,growth,negative,0,warning,{region}{gap},{region}',
      'data/attention-rules.csv:8:6 (text_zh): {gap} is not a placeholder of negative: {region} {indicator} {period} {value}',
    ],
    [
      'a kind the condition does not read',
      'x,level,negative,0,warning,{region},{region}',
      'data/attention-rules.csv:8:2 (indicator): negative reads growth indicators, not level',
    ],
    [
      'a rank drop of no places',
      'x,growth,rank_drop,0,watch,{region},{region}',
      'data/attention-rules.csv:8:4 (threshold): rank_drop counts a fall of at least this many places: a whole number ≥ 1',
    ],
  ])('refuses %s with file:row:column, writing nothing', (_, row, message) => {
    expect(withRow(row)).toEqual([message])
  })

  it('is the README’s table of rules', () => {
    const readme = readFileSync('README.md', 'utf8')
    const [, block] = readme.split('<!-- attention-rules -->')
    const rows = block!
      .trim()
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim().replace(/^`|`$/g, '')),
      )
    const levels = { warning: '预警', watch: '关注' }
    expect(rows).toEqual(
      rules.map((r) => [
        r.id,
        readFileSync('data/attention-rules.csv', 'utf8')
          .split('\n')
          .find((l) => l.startsWith(`${r.id},`))!
          .split(',')[1]!,
        r.condition,
        String(r.threshold.value),
        levels[r.level],
      ]),
    )
  })
})

describe('the findings of the bundled data', () => {
  const outDir = path.join(tempDir(), 'v1')
  const result = runDataBuild({ dataDir: 'data', outDir, generatedAt: GENERATED_AT, demo: {} })
  const files = (dataset: string) =>
    result.ok
      ? [...result.files]
          .filter(([p]) => p.startsWith(`attention/${dataset}/`))
          .map(([, text]) => AttentionFileSchema.parse(JSON.parse(text)))
      : []
  const alerts = (dataset: string) =>
    files(dataset).flatMap((f) => f.periods.flatMap((p) => p.alerts))

  it('official: the published negative figures are found, each with its sources', () => {
    const official = alerts('official')
    expect(official.length).toBeGreaterThan(0)
    expect(
      official.some(
        (a) =>
          a.region === 'guangzhou' &&
          a.period === '2024-08' &&
          a.condition === 'negative' &&
          a.text.zh.includes('-1.3%'),
      ),
    ).toBe(true)
    for (const alert of official) expect(alert.figures.some((f) => f.source)).toBe(true)
  })

  it('demo: every condition and both levels occur', () => {
    const demo = alerts('demo')
    expect(new Set(demo.map((a) => a.condition))).toEqual(new Set(ATTENTION_CONDITIONS))
    expect(new Set(demo.map((a) => a.level))).toEqual(new Set(['warning', 'watch']))
  })

  it('demo: periods with nothing to report, in the calm year only; every other period has findings', () => {
    const periods = files('demo').flatMap((f) => f.periods)
    const calm = periods.filter((p) => periodYear(p.period) === DEMO_CALM_YEAR)
    const quiet = calm.filter((p) => p.alerts.length === 0)
    console.log(
      `demo: ${quiet.length} of ${calm.length} periods of ${DEMO_CALM_YEAR} without findings; ` +
        `the other years ${Math.min(...periods.filter((p) => !calm.includes(p)).map((p) => p.alerts.length))}` +
        `–${Math.max(...periods.map((p) => p.alerts.length))} a period`,
    )
    expect(quiet.length).toBeGreaterThanOrEqual(3)
    expect(quiet.length).toBeLessThan(calm.length)
    for (const period of quiet) expect(period.coverage.cities.evaluated).toBe(21)
    for (const period of periods.filter((p) => !calm.includes(p)))
      expect(period.alerts.length, period.period).toBeGreaterThan(0)
  })
})
