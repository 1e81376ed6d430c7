import { Component, type ReactNode } from 'react'
import { retryFailedCode } from '../../lib/lazy-retry.ts'

interface Props {
  /** Shown instead of the children after an error; `reset` renders them again. */
  fallback: (error: Error, reset: () => void) => ReactNode
  children: ReactNode
}

/**
 * One per panel, chart and page, so a bad file, a bug or code that did not arrive in one part
 * never blanks the rest.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  /** Draws the children again; code that failed to load is asked for again (lazyRetry). */
  reset = () => {
    retryFailedCode()
    this.setState({ error: null })
  }

  override render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
