import type { Release } from '../../src/schemas/releases.ts'

/** A release of crafted histories: its id and day; the rest as a test needs it not. */
export const release = (id: string, date: string): Release => ({
  id,
  date,
  source: null,
  table: id,
  periods: [],
  added: 0,
  revised: 0,
  unchanged: 0,
})
