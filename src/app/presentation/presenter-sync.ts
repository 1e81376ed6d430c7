/**
 * The presentation and the presenter's window keep to the same slide, both ways, through a
 * BroadcastChannel (same origin, no server). A window that opens says hello and adopts the
 * slide another already shows; each then announces the slides it moves to, whoever moved it
 * (a key, the timer of a rotating deck). Closing either leaves the other as it is.
 */
import { useEffect, useEffectEvent, useRef } from 'react'

const CHANNEL = 'gd-stability-deck'
/** The URL parameter of the presenter's window. */
export const PRESENTER_PARAM = 'presenter'

type Message = { type: 'hello' } | { type: 'at'; index: number }

/** The deck a window plays: its URL without the presenter's parameter, in a stable order. */
function deckKey(search: string): string {
  const params = new URLSearchParams(search)
  params.delete(PRESENTER_PARAM)
  params.sort()
  return params.toString()
}

export function openPresenter(search: string): void {
  const params = new URLSearchParams(search)
  params.set(PRESENTER_PARAM, '1')
  window.open(`${window.location.pathname}?${params.toString()}`, 'presenter', 'popup')
}

/**
 * Slide `index` of `count`, moved by `go`, kept in step with the other windows of this deck.
 * A slide asked for before the deck is in (count 0) is gone to once it is.
 */
export function useDeckSync(
  search: string,
  index: number,
  count: number,
  go: (to: number) => void,
): void {
  const channel = useRef<BroadcastChannel | null>(null)
  /** The slide the windows last agreed on: a move to it is not announced again. */
  const agreed = useRef<number | null>(null)
  const wanted = useRef<number | null>(null)
  const key = deckKey(search)

  const receive = useEffectEvent((message: Message) => {
    if (message.type === 'hello') {
      if (count > 0) channel.current?.postMessage({ type: 'at', index } satisfies Message)
    } else if (Number.isInteger(message.index)) {
      agreed.current = message.index
      if (count === 0) wanted.current = message.index
      else if (message.index !== index) go(message.index)
    }
  })
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const open = new BroadcastChannel(`${CHANNEL}:${key}`)
    channel.current = open
    open.onmessage = (event: MessageEvent<Message>) => {
      receive(event.data)
    }
    open.postMessage({ type: 'hello' } satisfies Message)
    return () => {
      open.close()
      channel.current = null
    }
  }, [key])

  useEffect(() => {
    if (count === 0) return
    if (wanted.current !== null) {
      const to = wanted.current
      wanted.current = null
      if (to !== index) {
        go(to)
        return
      }
    }
    // The first slide of a window that just opened is not news to the others.
    if (agreed.current === null) {
      agreed.current = index
      return
    }
    if (agreed.current === index) return
    agreed.current = index
    channel.current?.postMessage({ type: 'at', index } satisfies Message)
  }, [index, count, go])
}
