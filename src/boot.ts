/**
 * The page's entry. When index.html holds the prerendered first view, the browser paints it
 * before the app's code (≈300 kB of JavaScript) is fetched and evaluated: the figures reach the
 * screen first, and the app then hydrates them (main.tsx). Any other page starts the app at once.
 * The stylesheet is the entry's, so it stays a <link> in the HTML and the first paint is styled.
 */
import './index.css'
import { yieldToBrowser } from './lib/yield.ts'

// React DOM is evaluated in a task of its own, the app's modules in the next, and the app
// starts in a third: in one task they blocked the page for 120-210 ms at 4× CPU (the app's chunk
// alone, long-animation-frame entries), now React DOM 30-60 ms and the app's modules under 5 ms.
// The app's chunk downloads meanwhile: asking for React DOM preloads it (vite.config.ts).
const start = () =>
  void import('react-dom/client')
    .then(yieldToBrowser)
    .then(() => import('./main.tsx'))
    .then(async (app) => {
      await yieldToBrowser()
      app.start()
    })
const prerendered = document.getElementById('root')?.hasAttribute('data-prerendered') ?? false
if (prerendered && document.visibilityState === 'visible' && canSeePaint()) {
  startAfterPaint()
} else {
  start()
}

function canSeePaint(): boolean {
  return (
    'PerformanceObserver' in window &&
    PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')
  )
}

/**
 * Once the prerendered view is on screen: the app's code is then neither fetched nor evaluated
 * while the browser paints the figures. The browser often presents the view in two steps (the
 * header and tiles first, the largest paragraph 100-400 ms later): the app starts when the
 * largest paragraph on the screen has been painted (a largest-contentful-paint entry names it),
 * or 500 ms after the first paint, or when the tab is hidden (a hidden tab does not paint), or
 * after 2 s.
 */
function startAfterPaint() {
  let started = false
  const once = () => {
    if (started) return
    started = true
    start()
  }
  const largest = largestParagraphOnScreen()
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => (e as LargestContentfulPaint).element === largest)) once()
    else setTimeout(once, 500)
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  document.addEventListener('visibilitychange', once, { once: true })
  setTimeout(once, 2000)
}

function largestParagraphOnScreen(): Element | undefined {
  let largest: Element | undefined
  let largestArea = 0
  for (const p of document.querySelectorAll('#root p')) {
    const box = p.getBoundingClientRect()
    const width = Math.min(box.right, window.innerWidth) - Math.max(box.left, 0)
    const height = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)
    if (width > 0 && height > 0 && width * height > largestArea) {
      largest = p
      largestArea = width * height
    }
  }
  return largest
}
