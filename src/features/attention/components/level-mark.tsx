import type { AttentionLevel } from '../../../schemas/attention.ts'

/** ◆ 预警, ◇ 关注: told apart by shape and word, never by colour alone. */
export const LEVEL_SYMBOLS: Record<AttentionLevel, string> = { warning: '◆', watch: '◇' }

const SIZES = {
  desk: 'px-1.5 text-sm sm:text-xs',
  slide: 'px-[0.5rem] text-[1.5rem]',
}

const COLORS: Record<AttentionLevel, string> = {
  warning:
    'border-red-700 bg-red-50 text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100',
  watch:
    'border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100',
}

/** A finding's level as a small label: its symbol and its word. */
export function LevelMark({
  level,
  label,
  size = 'desk',
}: {
  level: AttentionLevel
  label: string
  size?: keyof typeof SIZES
}) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded border font-semibold whitespace-nowrap ${SIZES[size]} ${COLORS[level]}`}
    >
      <span aria-hidden="true">{LEVEL_SYMBOLS[level]}</span>
      {label}
    </span>
  )
}
