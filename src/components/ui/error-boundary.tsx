import { Component, type ReactNode } from 'react'

interface Props {
  /** Shown instead of the children after an error; `reset` renders them again. */
  fallback: (error: Error, reset: () => void) => ReactNode
  children: ReactNode
}

/** One per panel, so a bad file or a bug in one panel never blanks the dashboard. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  reset = () => {
    this.setState({ error: null })
  }

  override render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
