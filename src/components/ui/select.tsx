import { useId, type ReactNode, type SelectHTMLAttributes } from 'react'
import { useHydrated } from '../../lib/use-hydrated.ts'

/** A native select with a visible label: keyboard-operable and named for screen readers. */
export function Select({
  label,
  children,
  className = '',
  disabled,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; children: ReactNode }) {
  const id = useId()
  const hydrated = useHydrated()
  return (
    // min-w-0 and max-w-full: a long option (a dataset with its data-as-of) never widens the
    // page past a phone's screen; the select then shows what fits.
    <div className={`flex max-w-full min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      <select
        id={id}
        className="min-h-9 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        disabled={disabled || !hydrated}
        {...props}
      >
        {children}
      </select>
    </div>
  )
}
