export function SyntheticBadge({ label }: { label: string }) {
  return (
    <p className="w-fit rounded border border-amber-600 bg-amber-50 px-2 py-0.5 text-xs font-medium max-sm:text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
      {label}
    </p>
  )
}
