import { z } from 'zod/mini'
import { SchemaVersionSchema } from './common.ts'

export const SourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and -'))

export const SourceDateSchema = z
  .string()
  .check(z.regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'))

/**
 * A pattern rather than z.url(): the full URL parser costs the first view's budget, and the
 * generator checks each URL with it anyway.
 */
const HttpUrlOrEmptySchema = z
  .string()
  .check(z.regex(/^(https?:\/\/\S+)?$/, 'an http(s) URL or empty'))

export const SourceSchema = z.object({
  id: SourceIdSchema,
  publisher: z.string().check(z.minLength(1)),
  title: z.string(),
  /** Publication date as far as it is known: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown. */
  date: SourceDateSchema,
  /** The original on the publisher's own site; empty when its address is not known. */
  url: HttpUrlOrEmptySchema,
  /**
   * Where the document was actually read when that is not `url`: a reprint, mirror or
   * aggregator address. Empty when it was read at `url`, or when the copy had no address.
   */
  via: HttpUrlOrEmptySchema,
  /**
   * A: read on the publisher's own official site; B: a mainstream media report; C: an official
   * release read only on a third-party copy (shown with a 转载 marker and `via`); synthetic: the
   * demo generator.
   */
  grade: z.enum(['A', 'B', 'C', 'synthetic']),
})
export type Source = z.infer<typeof SourceSchema>

export const SourcesFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  sources: z.array(SourceSchema),
})
export type SourcesFile = z.infer<typeof SourcesFileSchema>
