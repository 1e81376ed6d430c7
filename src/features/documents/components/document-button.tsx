import { useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { saveFile } from '../../../components/chart/download.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'

const WORDS = {
  zh: {
    making: '正在生成…',
    failed: (what: string, why: string) => `${what}未能生成：${why}。未提供不完整的文件，请重试。`,
  },
  en: {
    making: 'Making the file…',
    failed: (what: string, why: string) =>
      `${what} could not be made: ${why}. No partial file was offered; try again.`,
  },
}

/**
 * A button that makes an office file (its code loaded on the first click: docx and pptxgenjs
 * are not first-view code) and saves it; while it is made it says so, and a failure is said
 * beside it, naming the file and why; nothing half-made is saved.
 */
export function DocumentButton({
  label,
  what = label,
  lang,
  make,
  disabled = false,
  name,
}: {
  label: string
  /** The button's accessible name where its label alone is one of several alike (下载PPT). */
  name?: string
  /** The file, as a failure names it: 通报（Word）未能生成：…. */
  what?: string
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
        aria-label={name}
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
              setState({ busy: false, error: words.failed(what, message) })
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
