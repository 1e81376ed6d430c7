import { useState } from 'react'
import { useHydrated } from '../../lib/use-hydrated.ts'
import { Button } from './button.tsx'

export interface ShareLabels {
  share: string
  copyLink: string
  linkCopied: string
  copyFailed: string
}

/**
 * The page's link, passed on: through the browser's share sheet where it has one (a phone, most
 * in-app browsers), copied to the clipboard otherwise; a live region beside it says what
 * happened. The two labels are as wide in Chinese (分享链接, 复制链接): the prerendered page, which
 * cannot know the browser, says 复制链接 and nothing moves when the app finds a share sheet.
 */
export function ShareButton({ url, title, t }: { url: string; title: string; t: ShareLabels }) {
  const hydrated = useHydrated()
  const [said, setSaid] = useState('')
  const canShare = hydrated && typeof navigator.share === 'function'

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setSaid(t.linkCopied)
    } catch {
      setSaid(t.copyFailed)
    }
  }
  const share = async () => {
    setSaid('')
    try {
      await navigator.share({ title, url })
    } catch (error) {
      // Closing the share sheet is the reader's choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy()
    }
  }

  return (
    <>
      <Button onClick={() => void (canShare ? share() : copy())}>
        {canShare ? t.share : t.copyLink}
      </Button>
      <p role="status" className="self-center text-xs text-slate-600 dark:text-slate-300">
        {said}
      </p>
    </>
  )
}
