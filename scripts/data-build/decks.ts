import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { keyIndicator } from '../../src/domain/key-indicators.ts'
import { DecksFileSchema, type DecksFile } from '../../src/schemas/decks.ts'
import type { TableError } from './errors.ts'
import type { Tables } from './tables.ts'

export const DECKS_FILE = 'decks.json'

/**
 * The presentation decks of data/decks.json, checked with their schema and against the
 * tables: every region must exist and every ranked indicator be a key indicator.
 */
export function readDecks(
  dataDir: string,
  tables: Tables,
): { decks: DecksFile | null; errors: TableError[] } {
  const file = path.join(path.basename(dataDir), DECKS_FILE)
  const full = path.join(dataDir, DECKS_FILE)
  if (!existsSync(full)) return { decks: null, errors: [] }
  const error = (at: string, message: string): TableError => ({
    file,
    row: 0,
    column: 0,
    columnName: at,
    message,
  })
  let json: unknown
  try {
    json = JSON.parse(readFileSync(full, 'utf8'))
  } catch (e) {
    return {
      decks: null,
      errors: [error('', `not valid JSON (${e instanceof Error ? e.message : String(e)})`)],
    }
  }
  const result = DecksFileSchema.safeParse(json)
  if (!result.success) {
    return {
      decks: null,
      errors: result.error.issues.map((issue) => error(issue.path.join('.'), issue.message)),
    }
  }
  const regions = new Set(tables.regions.map((r) => r.code))
  const errors: TableError[] = []
  const ids = new Set<string>()
  result.data.decks.forEach((deck, d) => {
    if (ids.has(deck.id)) errors.push(error(`decks.${d}.id`, `deck "${deck.id}" is defined twice`))
    ids.add(deck.id)
    if (deck.interval !== undefined && deck.mode !== 'rotating') {
      errors.push(
        error(
          `decks.${d}.interval`,
          'an interval is for a rotating deck: a meeting deck has no timer',
        ),
      )
    }
    deck.slides.forEach((slide, s) => {
      const at = `decks.${d}.slides.${s}`
      if (slide.region && !regions.has(slide.region))
        errors.push(error(`${at}.region`, `unknown region "${slide.region}"`))
      if (slide.indicator && !keyIndicator(slide.indicator)) {
        errors.push(
          error(`${at}.indicator`, `"${slide.indicator}" is not one of the key indicators`),
        )
      }
      if (slide.type === 'city' && !slide.region && deck.spotlight === undefined) {
        errors.push(
          error(`${at}.region`, 'a city slide needs its region, or the deck its spotlight'),
        )
      }
      if (slide.seconds !== undefined && deck.mode !== 'rotating') {
        errors.push(
          error(`${at}.seconds`, 'seconds are for a rotating deck: a meeting deck has no timer'),
        )
      }
    })
  })
  return { decks: errors.length === 0 ? result.data : null, errors }
}
