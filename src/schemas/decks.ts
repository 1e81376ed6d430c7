import { z } from 'zod/mini'
import { SLIDE_TYPES } from './slide-types.ts'
import { CodeSchema, LabelSchema, PeriodSchema, SchemaVersionSchema } from './common.ts'

export const SlideTypeSchema = z.enum(SLIDE_TYPES)

/** Seconds a slide stays up: long enough to read, short enough to keep a meeting moving. */
export const SecondsSchema = z.int().check(z.gte(3), z.lte(3600))

export const SlideSchema = z.object({
  type: SlideTypeSchema,
  /** The slide's own filters; what is left out comes from the presentation's URL. */
  region: z.optional(CodeSchema),
  period: z.optional(PeriodSchema),
  indicator: z.optional(CodeSchema),
  seconds: z.optional(SecondsSchema),
})
export type Slide = z.infer<typeof SlideSchema>

export const DeckSchema = z.object({
  id: CodeSchema,
  name: LabelSchema,
  /** Default seconds per slide. */
  interval: SecondsSchema,
  slides: z.array(SlideSchema).check(z.minLength(1)),
})
export type Deck = z.infer<typeof DeckSchema>

/** decks.json: named slide decks for presentation mode, edited in data/decks.json. */
export const DecksFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  decks: z.array(DeckSchema).check(z.minLength(1)),
})
export type DecksFile = z.infer<typeof DecksFileSchema>
