import { z } from 'zod/mini'
import { CodeSchema, SchemaVersionSchema } from './common.ts'

export const RegionTypeSchema = z.enum(['province', 'group', 'city'])
export type RegionType = z.infer<typeof RegionTypeSchema>

const NameSchema = z.string().check(z.minLength(1))

export const RegionSchema = z.object({
  code: CodeSchema,
  nameZh: NameSchema,
  shortZh: NameSchema,
  nameEn: NameSchema,
  type: RegionTypeSchema,
  /** The region group a city belongs to (珠三角九市 …); null for the province and the groups. */
  group: z.nullable(CodeSchema),
})
export type Region = z.infer<typeof RegionSchema>

/** regions.json: the province, the region groups and the cities, in display order. */
export const RegionsFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  regions: z.array(RegionSchema),
})
export type RegionsFile = z.infer<typeof RegionsFileSchema>
