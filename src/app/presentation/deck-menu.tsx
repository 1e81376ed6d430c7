/**
 * The dashboard's deck menu: each deck of decks.json for the view's filters, to present or to
 * take away as a PowerPoint file without entering presentation mode. Its own chunk, loaded when
 * the menu is opened (the deck's code is not first-view code).
 */
import { useQuery } from '@tanstack/react-query'
import { Button } from '../../components/ui/button.tsx'
import { DocumentButton, makeDeck } from '../../features/documents/index.ts'
import { useCatalog } from '../../lib/api/catalog-context.ts'
import { staticFileQuery } from '../../lib/api/queries.ts'
import { useMessages, useStrings } from '../../lib/i18n/use-messages.ts'
import { hrefFor } from '../../lib/url/href.ts'
import { useFilters } from '../../lib/url/use-filters.ts'
import { navigate, useLocationSearch } from '../../lib/url/use-location.ts'
import type { Deck } from '../../schemas/decks.ts'
import { PRESENTATION_MESSAGES } from './messages.ts'
import { usePlayableDeck } from './use-deck.ts'
import { requestFullscreen } from './use-fullscreen.ts'

export function DeckMenu() {
  const catalog = useCatalog()
  const t = { ...useMessages(), ...useStrings(PRESENTATION_MESSAGES) }
  const decks = useQuery({
    ...staticFileQuery(catalog.manifest, 'decks.json', (s) => s.DecksFileSchema),
    retry: false,
  })
  if (decks.isError)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        {t.decksFailed}
        {decks.error.message}
      </p>
    )
  if (!decks.data) return <p className="text-sm">{t.loading}</p>
  return (
    <ul className="flex flex-col gap-2">
      {decks.data.decks.map((deck) => (
        <DeckItem key={deck.id} deck={deck} />
      ))}
    </ul>
  )
}

function DeckItem({ deck }: { deck: Deck }) {
  const { filters } = useFilters()
  const t = { ...useMessages(), ...useStrings(PRESENTATION_MESSAGES) }
  const search = useLocationSearch()
  const params = new URLSearchParams(hrefFor('present', search))
  params.set('deck', deck.id)
  const deckSearch = `?${params.toString()}`
  const { input } = usePlayableDeck(deckSearch)
  const name = deck.name[filters.lang]
  const colon = filters.lang === 'zh' ? '：' : ': '
  return (
    <li className="flex flex-wrap items-center justify-between gap-2">
      <span className="text-sm font-medium text-slate-800 dark:text-slate-100">{name}</span>
      <span className="flex flex-wrap items-center gap-2">
        <Button
          aria-label={`${t.playDeck}${colon}${name}`}
          onClick={() => {
            requestFullscreen()
            navigate(deckSearch)
          }}
        >
          {t.playDeck}
        </Button>
        <DocumentButton
          label={t.downloadDeck}
          name={`${t.downloadDeck}${colon}${name}`}
          what={t.deckPptName(name)}
          lang={filters.lang}
          disabled={!input}
          make={() => (input ? makeDeck(input) : Promise.reject(new Error(t.loading)))}
        />
      </span>
    </li>
  )
}
