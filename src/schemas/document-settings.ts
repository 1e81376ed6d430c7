import { z } from 'zod/mini'
import { DatasetIdSchema, SchemaVersionSchema } from './common.ts'

/** The placeholders a 发文字号 pattern may hold: the period's year and its issue in the year (1-2月 is 1). */
export const NUMBER_PLACEHOLDERS = ['{year}', '{issue}'] as const

/**
 * What the deployment sets for the documents it issues (data/document-settings.csv): the
 * issuing office (发文机关), the 发文字号 pattern, the addressees (主送) and an optional contact.
 */
export const DocumentSettingSchema = z.object({
  dataset: DatasetIdSchema,
  issuer: z.string().check(z.minLength(1)),
  /** "粤工信〔{year}〕{issue}号"; empty: the document carries no 发文字号. */
  numberPattern: z.string(),
  recipients: z.string().check(z.minLength(1)),
  /** "联系人：张三，电话：020-12345678"; empty: none printed. */
  contact: z.string(),
})
export type DocumentSetting = z.infer<typeof DocumentSettingSchema>

/** document-settings.json: one row per dataset. */
export const DocumentSettingsFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  settings: z.array(DocumentSettingSchema),
})
export type DocumentSettingsFile = z.infer<typeof DocumentSettingsFileSchema>
