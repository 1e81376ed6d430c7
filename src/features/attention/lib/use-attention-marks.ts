import { useMemo } from 'react'
import type { RegionMarks } from '../../../components/region-marks.ts'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { useFilters } from '../../../lib/url/use-filters.ts'
import { ATTENTION_LEVELS } from '../../../schemas/attention.ts'
import { LEVEL_SYMBOLS } from '../components/level-mark.tsx'
import { ATTENTION_MESSAGES } from '../messages.ts'
import { useAttention } from './use-attention.ts'

/** The marks of the view's findings, for the map and the ranking; null while there are none. */
export function useAttentionMarks(): RegionMarks | null {
  const { filters } = useFilters()
  const t = useStrings(ATTENTION_MESSAGES)
  const state = useAttention(filters.dataset, filters.period)
  const attention = state.status === 'ready' ? state.attention : undefined
  return useMemo(() => {
    if (!attention || attention.alerts.length === 0) return null
    const level = new Map<string, (typeof ATTENTION_LEVELS)[number]>()
    for (const alert of attention.alerts) {
      const key = `${alert.region}|${alert.indicator}`
      if (level.get(key) !== 'warning') level.set(key, alert.level)
    }
    return {
      of: (region, indicator) => {
        const found = level.get(`${region}|${indicator}`)
        return found && { symbol: LEVEL_SYMBOLS[found], label: t.levels[found] }
      },
      legend: ATTENTION_LEVELS.map((l) => ({ symbol: LEVEL_SYMBOLS[l], label: t.levels[l] })),
      title: t.title,
    }
  }, [attention, t])
}
