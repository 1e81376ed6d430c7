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

/**
 * How a deck advances: `meeting`, by the presenter (keys, clicker, touch; no timer), or
 * `rotating`, by itself, each slide for its seconds (a lobby screen).
 */
export const DECK_MODES = ['meeting', 'rotating'] as const

/** What a deck does with a slide whose city has no figure for the deck's period. */
export const OLDER_PERIODS = ['mark', 'skip'] as const

export const DeckSchema = z.object({
  id: CodeSchema,
  name: LabelSchema,
  /** Default: meeting. */
  mode: z.optional(z.enum(DECK_MODES)),
  /** Default seconds per slide of a rotating deck. */
  interval: z.optional(SecondsSchema),
  /**
   * City slides without a region show the cities with 预警 in 需关注 for the deck's period, in
   * the findings' order, up to this many.
   */
  spotlight: z.optional(z.int().check(z.gte(1), z.lte(21))),
  /**
   * A city slide that can only show an older period: shown with that period and 非本期数据 in its
   * title (mark, the default), or left out (skip).
   */
  olderPeriods: z.optional(z.enum(OLDER_PERIODS)),
  slides: z.array(SlideSchema).check(z.minLength(1)),
})
export type Deck = z.infer<typeof DeckSchema>

/** decks.json: named slide decks for presentation mode, edited in data/decks.json. */
export const DecksFileSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  decks: z.array(DeckSchema).check(z.minLength(1)),
})
export type DecksFile = z.infer<typeof DecksFileSchema>
