import { describe, expect, it } from 'vitest'
import { ObservationTable } from '../../../src/domain/observation-table.ts'
import {
  groupTargets,
  readTarget,
  sameTarget,
  type TargetReading,
} from '../../../src/domain/targets.ts'
import { completionOf, growthStatus, scheduleOf } from '../../../src/domain/target-arithmetic.ts'
import type { Observation } from '../../../src/schemas/observations.ts'
import {
  TargetSchema,
  TargetsFileSchema,
  targetsPath,
  type Target,
} from '../../../src/schemas/targets.ts'
import { loadTable, readApiFile } from '../../support/api-data.ts'

const targets = TargetsFileSchema.parse(readApiFile(targetsPath('official'))).targets
const official = loadTable('official', [2019, 2020, 2021, 2022, 2023, 2024, 2025])

/** The one published target of a region, year and indicator (from the given source, if several). */
function target(region: string, year: number, indicator: string, source?: string): Target {
  const found = targets.filter(
    (t) =>
      t.region === region &&
      t.year === year &&
      t.indicator === indicator &&
      (source === undefined || t.source === source),
  )
  expect(found, `${region} ${year} ${indicator}`).toHaveLength(1)
  return found[0]!
}

function growth(reading: TargetReading) {
  if (reading.kind !== 'growth') throw new Error(`a ${reading.kind} reading, not growth`)
  return reading
}

function level(reading: TargetReading) {
  if (reading.kind !== 'level') throw new Error(`a ${reading.kind} reading, not level`)
  return reading
}

/** A table of constructed figures, for what the collected data does not hold. */
function constructed(rows: [region: string, period: string, indicator: string, value: string][]) {
  const observations: Observation[] = rows.map(([region, period, indicator, value]) => ({
    region,
    period,
    indicator,
    value: Number(value),
    decimals: value.includes('.') ? value.length - value.indexOf('.') - 1 : 0,
    source: 'constructed',
    release: 'r',
  }))
  const years = [...new Set(observations.map((o) => Number(o.period.slice(0, 4))))]
  return new ObservationTable(
    years.map((year) => ({
      schemaVersion: 1 as const,
      dataset: 'official' as const,
      year,
      synthetic: false,
      observations: observations.filter((o) => o.period.startsWith(`${year}-`)),
    })),
  )
}

describe('a growth target against the published cumulative growth', () => {
  it('guangdong 2024 规上工业增加值 5% (two documents): 1-12月 4.2%, 0.8 points below, 未达', () => {
    const group = groupTargets(targets, {
      region: 'guangdong',
      year: 2024,
      indicator: 'iva_above_scale_yoy_pct',
    })
    expect(group).toHaveLength(1)
    // The 政府工作报告's target as a newspaper reported it (B), the department's statement
    // corroborating it (B), then the report's full text seen only on a copy (C): best-graded first.
    expect(group[0]!.targets.map((t) => t.source)).toEqual(['pd9fe63a2', 't8950180a', 'tb55ba676'])
    for (const row of group[0]!.targets) expect(sameTarget(group[0]!.targets[0]!, row)).toBe(true)
    expect(group[0]!.targets[0]).toMatchObject({ value: 5, decimals: 0, qualifier: '' })

    for (const row of group[0]!.targets) {
      const reading = growth(readTarget(row, official))
      expect(reading).toMatchObject({ basis: 'target', comparison: 'at-least' })
      expect(reading.line).toEqual({ value: 5, decimals: 0 })
      expect(reading.latest).toEqual({
        // The outcome as 新快报 reported the 2025 report (B), not its full text on a copy (C).
        figure: { period: '2024-12', value: 4.2, decimals: 1, source: 'p97dd231f' },
        gap: { value: -0.8, decimals: 1 },
        status: 'not-met',
      })
      expect(reading.outcome).toMatchObject({ gap: { value: -0.8 }, status: 'not-met' })
    }
  })

  it('reads the year only up to the period asked for: 1-6月 6.0%, 1.0 point above, 达到, no outcome yet', () => {
    const reading = growth(
      readTarget(
        target('guangdong', 2024, 'iva_above_scale_yoy_pct', 'tb55ba676'),
        official,
        '2024-06',
      ),
    )
    expect(reading.latest).toEqual({
      figure: { period: '2024-06', value: 6, decimals: 1, source: 's75ebe606' },
      gap: { value: 1, decimals: 1 },
      status: 'met',
    })
    expect(reading.outcome).toBeNull()
    // 1-8月 is not published: the latest figure up to it is 1-6月's.
    expect(growth(readTarget(reading.target, official, '2024-08')).latest?.figure.period).toBe(
      '2024-06',
    )
    // A period of an earlier year has nothing of this year to show.
    expect(growth(readTarget(reading.target, official, '2023-12')).latest).toBeNull()
  })

  it('以上 not met: guangdong 2023 5.5%以上, 1-12月 4.4%, 1.1 points below, 未达 / 未达到', () => {
    const reading = growth(
      readTarget(target('guangdong', 2023, 'iva_above_scale_yoy_pct'), official),
    )
    expect(reading.target).toMatchObject({ value: 5.5, decimals: 1, qualifier: '以上' })
    expect(reading.latest).toMatchObject({
      figure: { period: '2023-12', value: 4.4 },
      gap: { value: -1.1, decimals: 1 },
      status: 'not-met',
    })
    expect(reading.outcome?.status).toBe('not-met')
  })

  it('以上 met by the value itself: shenzhen 2023 6%以上, 1-12月 6.2%, 0.2 points above, 达到', () => {
    const reading = growth(
      readTarget(target('shenzhen', 2023, 'iva_above_scale_yoy_pct'), official),
    )
    expect(reading.latest).toMatchObject({
      figure: { period: '2023-12', value: 6.2 },
      gap: { value: 0.2, decimals: 1 },
      status: 'met',
    })
    expect(reading.outcome?.status).toBe('met')
  })

  it('接近 for the year so far, 未达到 as the outcome: shenzhen 2022 5%, 1-12月 4.8%', () => {
    const reading = growth(
      readTarget(target('shenzhen', 2022, 'iva_above_scale_yoy_pct'), official),
    )
    expect(reading.latest).toMatchObject({ gap: { value: -0.2, decimals: 1 }, status: 'near' })
    expect(reading.outcome).toMatchObject({ gap: { value: -0.2 }, status: 'not-met' })
  })

  it('力争以上 needs the value itself: guangdong 2023 工业投资 10%, 1-6月 23.2%, 13.2 points above, no 1-12月', () => {
    const reading = growth(
      readTarget(target('guangdong', 2023, 'industrial_investment_yoy_pct'), official),
    )
    expect(reading).toMatchObject({ comparison: 'at-least', target: { qualifier: '力争以上' } })
    expect(reading.latest).toMatchObject({
      figure: { period: '2023-06', value: 23.2 },
      gap: { value: 13.2, decimals: 1 },
      status: 'met',
    })
    expect(reading.outcome).toBeNull()
  })

  it('左右 far below the band: guangdong 2021 固定资产投资 8%左右, 1-12月 6.3%, 1.7 points below, 未达', () => {
    const reading = growth(
      readTarget(target('guangdong', 2021, 'fixed_asset_investment_yoy_pct'), official),
    )
    expect(reading.comparison).toBe('about')
    expect(reading.latest).toMatchObject({ gap: { value: -1.7, decimals: 1 }, status: 'not-met' })
  })

  it('左右 above the target is met: foshan 2021 5%左右, 1-12月 9.3%, 4.3 points above', () => {
    const reading = growth(readTarget(target('foshan', 2021, 'iva_above_scale_yoy_pct'), official))
    expect(reading.latest).toMatchObject({ gap: { value: 4.3, decimals: 1 }, status: 'met' })
  })

  it('左右 is met within ±0.5 百分点 (constructed figures: no real one falls in the band)', () => {
    const about = target('guangdong', 2025, 'iva_above_scale_yoy_pct')
    expect(about).toMatchObject({ value: 6, qualifier: '左右' })
    const at = (value: string) =>
      growth(
        readTarget(
          about,
          constructed([['guangdong', '2025-06', 'iva_above_scale_yoy_pct', value]]),
        ),
      ).latest
    expect(at('5.5')).toMatchObject({ gap: { value: -0.5, decimals: 1 }, status: 'met' })
    expect(at('6.5')).toMatchObject({ gap: { value: 0.5 }, status: 'met' })
    expect(at('5.4')).toMatchObject({ gap: { value: -0.6 }, status: 'near' })
    expect(at('5.0')).toMatchObject({ gap: { value: -1, decimals: 1 }, status: 'near' })
    expect(at('4.9')).toMatchObject({ gap: { value: -1.1 }, status: 'not-met' })
    // The real 1-12月: 3%, 3 points below.
    expect(growth(readTarget(about, official)).latest).toMatchObject({
      figure: { period: '2025-12', value: 3, decimals: 0 },
      gap: { value: -3, decimals: 0 },
      status: 'not-met',
    })
  })
})

describe('the status of a gap', () => {
  it('以上 / 力争 / a bare figure: met from 0, near within 0.5 short', () => {
    expect(growthStatus({ value: 0, decimals: 1 }, 'at-least')).toBe('met')
    expect(growthStatus({ value: -0.5, decimals: 1 }, 'at-least')).toBe('near')
    expect(growthStatus({ value: -0.6, decimals: 1 }, 'at-least')).toBe('not-met')
  })

  it('以内: met up to the ceiling, near within 0.5 over it', () => {
    expect(growthStatus({ value: 0, decimals: 1 }, 'at-most')).toBe('met')
    expect(growthStatus({ value: -3, decimals: 0 }, 'at-most')).toBe('met')
    expect(growthStatus({ value: 0.5, decimals: 1 }, 'at-most')).toBe('near')
    expect(growthStatus({ value: 0.6, decimals: 1 }, 'at-most')).toBe('not-met')
  })

  it('above (实现正增长): 0 is not met', () => {
    expect(growthStatus({ value: 0.1, decimals: 1 }, 'above')).toBe('met')
    expect(growthStatus({ value: 0, decimals: 1 }, 'above')).toBe('near')
    expect(growthStatus({ value: -0.6, decimals: 1 }, 'above')).toBe('not-met')
  })
})

describe('qualitative targets', () => {
  it('两位数增长 is read as ≥ 10 and says so: guangdong 2024 技改投资 11.5%, 1.5 points above, 达到', () => {
    const reading = growth(
      readTarget(target('guangdong', 2024, 'tech_transformation_investment_yoy_pct'), official),
    )
    expect(reading).toMatchObject({
      basis: 'threshold',
      comparison: 'at-least',
      line: { value: 10, decimals: 0 },
      target: { kind: 'qualitative', value: null, text: '工业投资和技改投资继续保持两位数增长' },
    })
    expect(reading.latest).toEqual({
      figure: { period: '2024-12', value: 11.5, decimals: 1, source: 'p436fd049' },
      gap: { value: 1.5, decimals: 1 },
      status: 'met',
    })
    expect(reading.outcome?.status).toBe('met')
  })

  it('两位数增长 not met: guangdong 2024 工业投资 6.7%, 3.3 points below (23.5% in 1-3月 was above)', () => {
    const t = target('guangdong', 2024, 'industrial_investment_yoy_pct')
    expect(growth(readTarget(t, official)).latest).toMatchObject({
      gap: { value: -3.3, decimals: 1 },
      status: 'not-met',
    })
    expect(growth(readTarget(t, official, '2024-03')).latest).toMatchObject({
      figure: { period: '2024-03', value: 23.5 },
      gap: { value: 13.5 },
      status: 'met',
    })
  })

  it('实现正增长 is read as > 0 (huizhou 2025; constructed figures: none is published)', () => {
    const t = target('huizhou', 2025, 'fixed_asset_investment_yoy_pct')
    expect(growth(readTarget(t, official))).toMatchObject({
      basis: 'threshold',
      comparison: 'above',
      line: { value: 0, decimals: 0 },
      latest: null,
      outcome: null,
    })
    const at = (value: string) =>
      growth(
        readTarget(
          t,
          constructed([['huizhou', '2025-12', 'fixed_asset_investment_yoy_pct', value]]),
        ),
      ).outcome
    expect(at('0.3')).toMatchObject({ gap: { value: 0.3, decimals: 1 }, status: 'met' })
    expect(at('0')).toMatchObject({ gap: { value: 0, decimals: 0 }, status: 'not-met' })
  })

  it('提质提效 gets no gap and no status, only the latest figure beside its text', () => {
    const t = target('guangdong', 2025, 'fixed_asset_investment_yoy_pct')
    expect(t).toMatchObject({ text: '固定资产投资提质提效', threshold: null })
    expect(readTarget(t, official)).toEqual({
      kind: 'text',
      reason: 'qualitative',
      target: t,
      latest: { period: '2025-06', value: -9.7, decimals: 1, source: 'bdd8d188b' },
    })
  })

  it('大幅增长 names no threshold either', () => {
    expect(
      readTarget(target('zhuhai', 2024, 'industrial_investment_yoy_pct'), official),
    ).toMatchObject({
      kind: 'text',
      reason: 'qualitative',
      latest: null,
    })
  })
})

describe('count targets', () => {
  it('are text only: guangdong 2022 推动8500家工业企业开展技改', () => {
    const t = target('guangdong', 2022, 'tech_transformation_firms_count')
    expect(t).toMatchObject({ value: 8500, unit: '家', text: '推动8500家工业企业开展技改' })
    expect(readTarget(t, official)).toEqual({
      kind: 'text',
      reason: 'count',
      target: t,
      latest: null,
    })
  })
})

describe('a level target: 完成年度计划 and 序时进度', () => {
  it('序时进度 is months ÷ 12: 1-2月 16.7%, 1-3月 25%, 1-6月 50%, 1-7月 58.3%, 1-12月 100%', () => {
    expect(scheduleOf('2025-02')).toEqual({ value: 16.7, decimals: 1, computed: true, months: 2 })
    expect(scheduleOf('2025-03')).toEqual({ value: 25, decimals: 0, computed: true, months: 3 })
    expect(scheduleOf('2025-06')).toMatchObject({ value: 50, decimals: 0 })
    expect(scheduleOf('2025-07')).toMatchObject({ value: 58.3, decimals: 1 })
    expect(scheduleOf('2025-12')).toMatchObject({ value: 100, decimals: 0 })
  })

  it('the share of the plan is rounded half up on the exact quotient', () => {
    expect(completionOf({ value: 843.48, decimals: 2 }, { value: 1320, decimals: 0 })).toEqual({
      value: 63.9,
      decimals: 1,
      computed: true,
    })
    // 150 ÷ 1320 = 11.36…%; 13.86 ÷ 1320 = 1.05% exactly, which floating point makes 1.0499…
    expect(completionOf({ value: 150, decimals: 0 }, { value: 1320, decimals: 0 }).value).toBe(11.4)
    expect(completionOf({ value: 13.86, decimals: 2 }, { value: 1320, decimals: 0 }).value).toBe(
      1.1,
    )
  })

  // No level target has a cumulative amount of its region and year in the collected data
  // (广州 2023, 佛山 2020, 东莞 2025): the amounts here are constructed.
  const dongguan = () => target('dongguan', 2025, 'industrial_investment_100m_yuan')
  const amounts = (rows: [period: string, value: string][]) =>
    constructed(
      rows.map(([period, value]) => ['dongguan', period, 'industrial_investment_100m_yuan', value]),
    )

  it('东莞 2025 计划完成工业投资1320亿元, 1-7月 843.48亿元: 完成63.9%, 超序时进度5.6个百分点', () => {
    expect(dongguan()).toMatchObject({ kind: 'level', value: 1320, unit: '亿元', qualifier: '' })
    const reading = level(readTarget(dongguan(), amounts([['2025-07', '843.48']])))
    expect(reading.plan).toEqual({ value: 1320, decimals: 0 })
    expect(reading.latest).toEqual({
      figure: { period: '2025-07', value: 843.48, decimals: 2, source: 'constructed' },
      completion: { value: 63.9, decimals: 1, computed: true },
      months: 7,
      schedule: { value: 58.3, decimals: 1, computed: true },
      gap: { value: 5.6, decimals: 1, computed: true },
      pace: 'ahead',
    })
    expect(reading.outcome).toBeNull()
  })

  it('behind and on schedule: 1-2月 150亿元 is 11.4% against 16.7%; 1-6月 660亿元 is 50.0% against 50%', () => {
    expect(level(readTarget(dongguan(), amounts([['2025-02', '150']]))).latest).toMatchObject({
      completion: { value: 11.4 },
      schedule: { value: 16.7 },
      gap: { value: -5.3, decimals: 1 },
      pace: 'behind',
    })
    expect(level(readTarget(dongguan(), amounts([['2025-06', '660']]))).latest).toMatchObject({
      completion: { value: 50, decimals: 1 },
      schedule: { value: 50, decimals: 0 },
      gap: { value: 0, decimals: 1 },
      pace: 'on-schedule',
    })
  })

  it('the 1-12月 amount is the outcome, judged on the amount itself, not its rounded share', () => {
    const at = (value: string) => level(readTarget(dongguan(), amounts([['2025-12', value]])))
    expect(at('1402.5').outcome).toEqual({
      figure: { period: '2025-12', value: 1402.5, decimals: 1, source: 'constructed' },
      completion: { value: 106.3, decimals: 1, computed: true },
      status: 'met',
    })
    expect(at('1402.5').latest).toMatchObject({ schedule: { value: 100 }, gap: { value: 6.3 } })
    expect(at('1319.96').outcome).toMatchObject({ completion: { value: 100 }, status: 'not-met' })
    expect(at('1320').outcome?.status).toBe('met')
  })

  it('以内 is met at or under the plan; 左右 has no rule for an amount (constructed qualifiers)', () => {
    const as = (qualifier: string) => TargetSchema.parse({ ...dongguan(), qualifier })
    const table = amounts([['2025-12', '1402.5']])
    expect(level(readTarget(as('以内'), table)).outcome?.status).toBe('not-met')
    expect(level(readTarget(as('左右'), table)).outcome).toMatchObject({
      completion: { value: 106.3 },
      status: null,
    })
  })

  it('a plan in 万亿元 is read in 亿元 (a constructed 1.2万亿元: none is collected)', () => {
    const trillion = TargetSchema.parse({ ...dongguan(), value: 1.2, decimals: 1, unit: '万亿元' })
    const reading = level(readTarget(trillion, amounts([['2025-06', '6000']])))
    expect(reading.plan).toEqual({ value: 12000, decimals: 0 })
    expect(reading.latest).toMatchObject({ completion: { value: 50 }, pace: 'on-schedule' })
  })

  it('has nothing to show where no amount is published (the real data)', () => {
    for (const t of targets.filter((t) => t.kind === 'level')) {
      expect(level(readTarget(t, official))).toMatchObject({ latest: null, outcome: null })
    }
  })
})

describe('groupTargets', () => {
  it('lists the province 2021–2025 targets by year, one group per indicator', () => {
    const groups = groupTargets(targets, { region: 'guangdong' })
    expect(groups.map((g) => g.year)).toEqual([
      2021, 2021, 2022, 2022, 2022, 2023, 2023, 2023, 2023, 2024, 2024, 2024, 2024, 2025, 2025,
    ])
    // Several documents state only 2024's 规上工业增加值 and 固定资产投资 targets.
    expect(
      groups.filter((g) => g.targets.length > 1).map((g) => `${g.year} ${g.indicator}`),
    ).toEqual(['2024 iva_above_scale_yoy_pct', '2024 fixed_asset_investment_yoy_pct'])
  })

  it('puts the cities with a target for one indicator and year side by side', () => {
    expect(
      groupTargets(targets, { year: 2024, indicator: 'iva_above_scale_yoy_pct' }).map(
        (g) => g.region,
      ),
    ).toEqual(['guangdong', 'guangzhou', 'zhuhai', 'dongguan'])
  })
})
