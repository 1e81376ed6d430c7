import { describe, expect, it } from 'vitest'
import { localDay, nextRelease } from '../../../src/domain/release-calendar.ts'
import type { CalendarEntry } from '../../../src/schemas/releases.ts'

const entries: CalendarEntry[] = [
  { dataset: 'official', period: '2024-08', date: '2024-09-18' },
  { dataset: 'official', period: '2024-09', date: '2024-10-21' },
  { dataset: 'demo', period: '2024-09', date: '2024-10-10' },
]

describe('when the next figures are due', () => {
  it('the first expected release after the latest period: due, today, then overdue', () => {
    const next = (today: string) => nextRelease(entries, 'official', '2024-07', today)
    expect(next('2024-09-01')).toEqual({ status: 'due', entry: entries[0] })
    expect(next('2024-09-18')?.status).toBe('today')
    expect(next('2024-09-19')).toEqual({ status: 'overdue', entry: entries[0] })
  })

  it('once the period is in, the next one; its own calendar for each dataset; none beyond', () => {
    expect(nextRelease(entries, 'official', '2024-08', '2024-09-19')?.entry.period).toBe('2024-09')
    expect(nextRelease(entries, 'demo', '2024-08', '2024-09-19')?.entry.date).toBe('2024-10-10')
    expect(nextRelease(entries, 'official', '2024-09', '2024-09-19')).toBeUndefined()
  })

  it('reads today as the page’s local day', () => {
    expect(localDay(new Date(2024, 8, 5, 23, 59))).toBe('2024-09-05')
  })
})
