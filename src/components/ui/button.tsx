import type { ButtonHTMLAttributes } from 'react'
import { useHydrated } from '../../lib/use-hydrated.ts'

const STYLES = {
  primary:
    'bg-sky-800 text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
  ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
}

export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof STYLES }) {
  const hydrated = useHydrated()
  return (
    <button
      type={type}
      className={`inline-flex min-h-9 items-center whitespace-nowrap gap-1 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${STYLES[variant]} ${className}`}
      disabled={disabled || !hydrated}
      {...props}
    />
  )
}
