import { ApiError } from '../lib/api/fetch-json.ts'
import { errorText } from '../lib/lazy-retry.ts'
import { useMessages } from '../lib/i18n/use-messages.ts'
import { Button } from './ui/button.tsx'

/** Which file failed and why, with a retry; for any error, not only the API's. */
export function PanelErrors({ errors, retry }: { errors: Error[]; retry: () => void }) {
  const t = useMessages()
  return (
    <div
      role="alert"
      className="flex h-full flex-col items-start justify-center gap-2 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
    >
      {errors.map((error) => (
        <p key={error.message}>
          {error instanceof ApiError ? (
            <>
              <strong>{t.errorIn(error.file)}</strong>：{error.detail}
            </>
          ) : (
            errorText(error, t)
          )}
        </p>
      ))}
      <Button onClick={retry}>{t.retry}</Button>
    </div>
  )
}
