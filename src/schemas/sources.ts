import { z } from 'zod/mini'
import { SchemaVersionSchema } from './common.ts'

export const SourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and -'))

export const SourceDateSchema = z
  .string()
  .check(z.regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'))

export const SourceSchema = z.object({
  id: SourceIdSchema,
  publisher: z.string().check(z.minLength(1)),
  title: z.string(),
  /** Publication date as far as it is known: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown. */
  date: SourceDateSchema,
  /**
   * Only the original on an official or media site; empty when only a copy was found. A
   * pattern rather than z.url(): the full URL parser costs the first view's budget, and the
   * generator checks each URL with it anyway.
   */
  url: z.string().check(z.regex(/^(https?:\/\/\S+)?$/, 'an http(s) URL or empty')),
  /** A: official government site; B: mainstream media; synthetic: the demo generator. */
  grade: z.enum(['A', 'B', 'synthetic']),
})
export type Source = z.infer<typeof SourceSchema>

export const SourcesFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  sources: z.array(SourceSchema),
})
export type SourcesFile = z.infer<typeof SourcesFileSchema>
