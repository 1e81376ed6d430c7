/**
 * data/attention-rules.csv: the rules that find what needs the department's attention (需关注,
 * README). Each row names the indicators it reads (an indicator id, or `growth` / `level`: the
 * key year-to-date indicators of that kind), a condition, its threshold, a level and its
 * sentence in zh and en, whose {placeholders} the condition fills. Validated like every table:
 * every problem as file:row:column, and nothing is written while there is one.
 */
import path from 'node:path'
import { z } from 'zod'
import { ALL_KEY_INDICATORS } from '../../src/domain/key-indicators.ts'
import {
  ATTENTION_CONDITIONS,
  ATTENTION_LEVELS,
  type AttentionCondition,
  type AttentionLevel,
} from '../../src/schemas/attention.ts'
import type { Indicator } from '../../src/schemas/indicators.ts'
import { readCsv } from './csv.ts'
import type { TableError } from './errors.ts'
import { NUMBER_TEXT, decimalsOf, locate, parseRows } from './tables.ts'

export const ATTENTION_RULES_FILE = 'attention-rules.csv'

export interface AttentionRule {
  id: string
  /** The indicators the rule reads (a kind expanded to the key indicators of that kind). */
  indicators: string[]
  condition: AttentionCondition
  threshold: { value: number; decimals: number }
  level: AttentionLevel
  text: { zh: string; en: string }
}

/** What each condition reads: the kind of indicator, and the placeholders its sentence may use. */
export const CONDITIONS: Record<
  AttentionCondition,
  { kind: 'growth' | 'level'; placeholders: readonly string[]; threshold: string }
> = {
  negative: { kind: 'growth', placeholders: [], threshold: 'growth below it (%)' },
  turned_negative: {
    kind: 'growth',
    placeholders: ['previous', 'previous_period', 'previous_label'],
    threshold: 'growth below it now, not below it in the previous published period (%)',
  },
  below_target: {
    kind: 'growth',
    placeholders: ['target', 'gap'],
    threshold: 'below the target by more than this (百分点)',
  },
  behind_schedule: {
    kind: 'level',
    placeholders: ['target', 'completion', 'schedule', 'gap'],
    threshold: 'completion trails 序时进度 by at least this (百分点)',
  },
  below_province: {
    kind: 'growth',
    placeholders: ['province', 'gap'],
    threshold: "below the province's growth by at least this (百分点)",
  },
  rank_drop: {
    kind: 'growth',
    placeholders: ['rank', 'previous_rank', 'places', 'previous_period'],
    threshold: 'a fall of at least this many places',
  },
  falling: {
    kind: 'growth',
    placeholders: ['count', 'values'],
    threshold: 'lower in each of this many consecutive published periods',
  },
}

/** Placeholders every sentence may use. */
export const COMMON_PLACEHOLDERS = ['region', 'indicator', 'period', 'value'] as const

const quoted = (issue: { input?: unknown }) => `"${String(issue.input)}"`

const RuleRowSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, {
    error: (issue) => `${quoted(issue)} is not an id (lower-case letters, digits and _)`,
  }),
  indicator: z.string().min(1, 'is empty: an indicator id, or growth / level'),
  condition: z.enum(ATTENTION_CONDITIONS, {
    error: (issue) => `${quoted(issue)} is not a condition: ${ATTENTION_CONDITIONS.join(', ')}`,
  }),
  threshold: z.string().refine((value) => NUMBER_TEXT.test(value), {
    error: (issue) => `${quoted(issue)} is not a number (digits, optional - and .)`,
  }),
  level: z.enum(ATTENTION_LEVELS, {
    error: (issue) => `${quoted(issue)} is not a level: warning (预警) or watch (关注)`,
  }),
  text_zh: z.string().min(1, 'is empty: the sentence in Chinese'),
  text_en: z.string().min(1, 'is empty: the sentence in English'),
})

const COLUMNS = Object.keys(RuleRowSchema.shape)

/** The key year-to-date indicators of a kind, in the tiles' order. */
function keyIndicatorsOf(kind: 'growth' | 'level', indicators: Map<string, Indicator>): string[] {
  return ALL_KEY_INDICATORS.map((k) => k.ytd).filter((id) => indicators.get(id)?.kind === kind)
}

/** Reads and validates data/attention-rules.csv against the indicators. */
export function readAttentionRules(
  dataDir: string,
  indicators: readonly Indicator[],
): { rules: AttentionRule[]; errors: TableError[] } {
  const file = path.join(path.basename(dataDir), ATTENTION_RULES_FILE)
  const { table, errors } = readCsv(path.join(dataDir, ATTENTION_RULES_FILE), file, COLUMNS)
  if (errors.length > 0) return { rules: [], errors }
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const rules: AttentionRule[] = []
  const seen = new Set<string>()
  for (const { row, line } of parseRows(table, RuleRowSchema, errors)) {
    const error = (column: string, message: string) => {
      errors.push(locate(table, line, column, message))
    }
    const before = errors.length
    const condition = CONDITIONS[row.condition]
    if (seen.has(row.id)) error('id', `"${row.id}" is the id of an earlier rule`)
    seen.add(row.id)
    let ids: string[] = []
    if (row.indicator === 'growth' || row.indicator === 'level') {
      if (row.indicator !== condition.kind)
        error(
          'indicator',
          `${row.condition} reads ${condition.kind} indicators, not ${row.indicator}`,
        )
      ids = keyIndicatorsOf(row.indicator, byId)
    } else {
      const indicator = byId.get(row.indicator)
      if (!indicator) error('indicator', `"${row.indicator}" is not an indicator of indicators.csv`)
      else if (indicator.kind !== condition.kind || indicator.measure !== 'ytd')
        error(
          'indicator',
          `${row.condition} reads year-to-date ${condition.kind} indicators; "${row.indicator}" is a ${indicator.measure} ${indicator.kind}`,
        )
      ids = [row.indicator]
    }
    const threshold = { value: Number(row.threshold), decimals: decimalsOf(row.threshold) }
    const whole = row.condition === 'rank_drop' || row.condition === 'falling'
    if (whole && !(Number.isInteger(threshold.value) && threshold.value >= 1))
      error('threshold', `${row.condition} counts ${condition.threshold}: a whole number ≥ 1`)
    if (!whole && row.condition !== 'negative' && row.condition !== 'turned_negative')
      if (threshold.value < 0) error('threshold', `a gap in 百分点 is ≥ 0, not ${row.threshold}`)
    const allowed = new Set<string>([...COMMON_PLACEHOLDERS, ...condition.placeholders])
    for (const column of ['text_zh', 'text_en'] as const) {
      for (const [, name] of row[column].matchAll(/\{([^}]*)\}/g)) {
        if (!allowed.has(name!))
          error(
            column,
            `{${name}} is not a placeholder of ${row.condition}: ${[...allowed].map((p) => `{${p}}`).join(' ')}`,
          )
      }
    }
    if (errors.length > before) continue
    rules.push({
      id: row.id,
      indicators: ids,
      condition: row.condition,
      threshold,
      level: row.level,
      text: { zh: row.text_zh, en: row.text_en },
    })
  }
  return { rules, errors }
}
