import { z } from 'zod/mini'
import { CodeSchema, DatasetIdSchema, SchemaVersionSchema } from './common.ts'
import { SourceIdSchema } from './sources.ts'

/** growth: a rate (增长5%); level: an amount (1320亿元); count: a number of firms; qualitative: words. */
export const TARGET_KINDS = ['growth', 'level', 'count', 'qualitative'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

/**
 * Part of the target, always shown with its number: 左右 about, 以上 at least (also printed 超),
 * 以内 at most, 力争 aim, 力争以上 aim for at least; '' a bare figure.
 */
export const TARGET_QUALIFIERS = ['', '左右', '以上', '以内', '力争', '力争以上'] as const
export const TargetQualifierSchema = z.enum(TARGET_QUALIFIERS)
export type TargetQualifier = z.infer<typeof TargetQualifierSchema>

const YearSchema = z.int().check(z.gte(1000), z.lte(9999))
const DecimalsSchema = z.int().check(z.gte(0), z.lte(6))

/**
 * The growth a qualitative target names in words, read as a number: 两位数增长 is growth of at
 * least 10% (`at-least`, 10), 实现正增长 growth above 0 (`above`, 0). A reader says that the
 * words were read so.
 */
export const TargetThresholdSchema = z.object({
  comparison: z.enum(['at-least', 'above']),
  value: z.number(),
  decimals: DecimalsSchema,
})
export type TargetThreshold = z.infer<typeof TargetThresholdSchema>

/** Which figure the target is for. */
const subject = {
  region: CodeSchema,
  /** The year the target is for. */
  year: YearSchema,
  /** The indicator the target is read against: a year-to-date rate, amount or count. */
  indicator: CodeSchema,
}

/** A number as printed (5, 5.5, 1320) with its printed decimals; the unit says what it counts. */
const printedNumber = { value: z.number(), decimals: DecimalsSchema }

/** Where it was printed, and how. */
const printed = {
  /** The target as printed, in simplified Chinese. */
  text: z.string().check(z.minLength(1)),
  source: SourceIdSchema,
  /** The sentence it was read from, shortened to the clause with the target (…… marks a cut). */
  note: z.optional(z.string()),
}

const qualifier = TargetQualifierSchema

export const TargetSchema = z.discriminatedUnion('kind', [
  z.object({
    ...subject,
    kind: z.literal('growth'),
    ...printedNumber,
    qualifier,
    unit: z.literal('%'),
    ...printed,
    threshold: z.null(),
  }),
  z.object({
    ...subject,
    kind: z.literal('level'),
    ...printedNumber,
    qualifier,
    unit: z.enum(['亿元', '万亿元']),
    ...printed,
    threshold: z.null(),
  }),
  z.object({
    ...subject,
    kind: z.literal('count'),
    ...printedNumber,
    qualifier,
    unit: z.literal('家'),
    ...printed,
    threshold: z.null(),
  }),
  z.object({
    ...subject,
    kind: z.literal('qualitative'),
    value: z.null(),
    decimals: z.null(),
    qualifier,
    /** % when the words speak of growth (两位数增长, 实现正增长, 大幅增长), empty otherwise (提质提效). */
    unit: z.enum(['%', '']),
    ...printed,
    threshold: z.nullable(TargetThresholdSchema),
  }),
])
export type Target = z.infer<typeof TargetSchema>

/**
 * targets/{dataset}.json: the annual targets of one dataset, read against that dataset's
 * figures. official: the targets published for the regions (政府工作报告, plans), one entry a
 * row of data/targets.csv; demo: synthetic targets made by the demo generator. Several entries
 * for one region, year and indicator come from different documents and are all kept; the first
 * is the target, the others corroborate it.
 */
export const TargetsFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  /** The dataset the targets belong to and are read against. */
  dataset: DatasetIdSchema,
  synthetic: z.boolean(),
  targets: z.array(TargetSchema),
})
export type TargetsFile = z.infer<typeof TargetsFileSchema>

export { targetsPath } from './constants.ts'
