import type { ReactNode } from 'react'
import { PanelErrors } from './panel-errors.tsx'
import { ErrorBoundary } from './ui/error-boundary.tsx'
import { useMessages } from '../lib/i18n/use-messages.ts'

/** A crash inside one panel is contained there, with the error and a way to try again. */
export function PanelBoundary({ children }: { children: ReactNode }) {
  const t = useMessages()
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <div className="min-h-40 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
          <p className="mb-2 text-sm">{t.panelCrashed}</p>
          <PanelErrors errors={[error]} retry={reset} />
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
