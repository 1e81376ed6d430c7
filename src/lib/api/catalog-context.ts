import { createContext, use } from 'react'
import type { Catalog } from '../../domain/catalog.ts'

/** The catalog of the loaded API, given to every view by the catalog gate. */
export const CatalogContext = createContext<Catalog | null>(null)

export function useCatalog(): Catalog {
  const catalog = use(CatalogContext)
  if (!catalog) throw new Error('useCatalog outside the loaded catalog')
  return catalog
}
