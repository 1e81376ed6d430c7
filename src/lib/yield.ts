/**
 * Lets the browser run what waits (a frame, an input) before the caller goes on: the rest of the
 * work runs in a task of its own. Where there is no scheduler.yield (older browsers, the unit
 * tests) it goes on at once.
 */
export function yieldToBrowser(): Promise<void> {
  return typeof scheduler !== 'undefined' && 'yield' in scheduler
    ? scheduler.yield()
    : Promise.resolve()
}
