import type { Catalog } from '../../../domain/catalog.ts'
import { regionName } from '../../../lib/format/names.ts'
import { formatValue } from '../../../lib/format/number.ts'
import { standingNote } from '../../../lib/format/rank.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { Unit } from '../../../schemas/indicators.ts'
import type { StandingMessages } from '../messages.ts'
import { rowStanding } from './row-standing.ts'
import { tileName, type MapTile } from './tile-map.ts'

/**
 * What a map tile says: the city's short name and figure, and for assistive technology the
 * standing as far as it is true ("揭阳 21.1%，已公布5市中第1位"), starting with the visible text,
 * as voice control users will say it.
 */
export function tileLabel(
  tile: MapTile,
  unit: Unit,
  catalog: Catalog,
  lang: Lang,
  t: StandingMessages,
  missing: string,
): { name: string; value: string; accessible: string; standing: string | null } {
  const city = catalog.region.get(tile.code)!
  const name = tileName(regionName(city, lang, true))
  const row = tile.ranking
  const value = row
    ? formatValue(row.observation.value, row.observation.decimals, unit, lang).text
    : null
  const standing = row
    ? standingNote(rowStanding(row), lang, (code) => catalog.region.get(code))
    : null
  // A hatched tile shows "—" (the legend says what the hatch means); its name says it in words.
  return {
    name,
    value: value ?? '—',
    accessible: t.tileLabel(name, value ?? missing, standing),
    standing,
  }
}
