import { useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { saveFile } from '../../../components/chart/download.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'

const WORDS = {
  zh: { making: '正在生成…', failed: '文件未能生成：' },
  en: { making: 'Making the file…', failed: 'The file could not be made: ' },
}

/**
 * A button that makes an office file (its code loaded on the first click: docx and pptxgenjs
 * are not first-view code) and saves it; while it is made it says so, and a failure is said
 * beside it.
 */
export function DocumentButton({
  label,
  lang,
  make,
  disabled = false,
}: {
  label: string
  lang: Lang
  make: () => Promise<{ name: string; blob: Blob }>
  disabled?: boolean
}) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  })
  const words = WORDS[lang]
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        disabled={disabled || state.busy}
        onClick={() => {
          setState({ busy: true, error: null })
          make()
            .then(({ name, blob }) => {
              saveFile(name, blob)
              setState({ busy: false, error: null })
            })
            .catch((error: unknown) => {
              const message = error instanceof Error ? error.message : String(error)
              setState({ busy: false, error: `${words.failed}${message}` })
            })
        }}
      >
        {state.busy ? words.making : label}
      </Button>
      {state.error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {state.error}
        </span>
      )}
    </span>
  )
}
