/**
 * The page's entry. When index.html holds the prerendered first view, the browser paints it
 * before the app's code (≈300 kB of JavaScript) is evaluated: the figures reach the screen
 * first, and the app then hydrates them (main.tsx). Any other page starts the app at once.
 * The stylesheet is the entry's, so it stays a <link> in the HTML and the first paint is styled.
 */
import './index.css'

const start = () =>
  void import('./main.tsx').then((app) => {
    app.start()
  })
const prerendered = document.getElementById('root')?.hasAttribute('data-prerendered') ?? false
if (prerendered && document.visibilityState === 'visible') {
  // The frame's callback runs before it is painted; the timeout, after.
  requestAnimationFrame(() => setTimeout(start, 0))
} else {
  start()
}
