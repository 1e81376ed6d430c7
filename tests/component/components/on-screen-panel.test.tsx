import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OnScreenPanel } from '../../../src/components/on-screen-panel.tsx'
import { LocationProvider, navigate, useLocationSearch } from '../../../src/lib/url/use-location.ts'

/** jsdom has no IntersectionObserver: this one is moved on and off the screen by the test. */
let setOnScreen: (onScreen: boolean) => void = () => undefined
class FakeIntersectionObserver {
  constructor(private callback: IntersectionObserverCallback) {}
  observe() {
    setOnScreen = (onScreen) => {
      this.callback(
        [{ isIntersecting: onScreen } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      )
    }
  }
  disconnect() {
    setOnScreen = () => undefined
  }
}

let renders = 0
function Probe() {
  renders++
  return <p>shows {useLocationSearch()}</p>
}

function renderPanel() {
  return render(
    <LocationProvider>
      <OnScreenPanel name="probe" reserve="min-h-40 md:min-h-60" className="">
        <Probe />
      </OnScreenPanel>
    </LocationProvider>,
  )
}

describe('OnScreenPanel', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    window.history.replaceState(null, '', '/?region=guangzhou')
    renders = 0
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('draws nothing but a placeholder of the panel height until it comes near the screen', () => {
    const { container } = renderPanel()
    expect(screen.queryByText(/shows/)).toBeNull()
    const panel = container.querySelector('[data-panel=probe]')
    expect(panel).toHaveAttribute('aria-busy', 'true')
    // The drawn panel's height, held by the placeholder and by the box (should it be skipped).
    expect(container.querySelector('[data-deferred=probe]')).toHaveClass('min-h-40', 'md:min-h-60')
    expect(panel).toHaveClass('min-h-40', 'md:min-h-60')
    act(() => {
      setOnScreen(true)
    })
    expect(screen.getByText('shows ?region=guangzhou')).toBeInTheDocument()
    expect(panel).toHaveAttribute('aria-busy', 'false')
    // Drawn: the panel's own height, not the one held for it.
    expect(panel).not.toHaveClass('min-h-40')
  })

  it('follows the filters on the screen, keeps its view off it (busy), and catches up when back', () => {
    const { container } = renderPanel()
    const panel = container.querySelector('[data-panel=probe]')
    act(() => {
      setOnScreen(true)
    })
    act(() => {
      navigate('?region=shenzhen')
    })
    expect(screen.getByText('shows ?region=shenzhen')).toBeInTheDocument()

    act(() => {
      setOnScreen(false)
    })
    const before = renders
    act(() => {
      navigate('?region=foshan')
    })
    act(() => {
      navigate('?region=zhuhai')
    })
    // Not even called: off the screen, a filter change costs this panel nothing.
    expect(renders).toBe(before)
    expect(screen.getByText('shows ?region=shenzhen')).toBeInTheDocument()
    expect(panel).toHaveAttribute('aria-busy', 'true')

    act(() => {
      setOnScreen(true)
    })
    expect(screen.getByText('shows ?region=zhuhai')).toBeInTheDocument()
    expect(panel).toHaveAttribute('aria-busy', 'false')
  })

  it('draws every panel with the current filters before the page is printed', () => {
    renderPanel()
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(screen.getByText('shows ?region=guangzhou')).toBeInTheDocument()
  })
})
