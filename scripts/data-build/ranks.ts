/**
 * A rank a source printed is data, and the app states it in preference to a computed one — so
 * the two must never disagree. Where every city of the scope has a published figure, the rank
 * computed from them (src/domain/rank.ts, the app's own rule) must equal the published rank of
 * the same figure; a contradiction is an error in the tables, located at the rank's row.
 */
import path from 'node:path'
import { rankIndicators } from '../../src/domain/catalog.ts'
import { ObservationTable } from '../../src/domain/observation-table.ts'
import { periodYear } from '../../src/domain/period.ts'
import { contradictedRank } from '../../src/domain/rank.ts'
import type { Observation } from '../../src/schemas/observations.ts'
import type { TableError } from './errors.ts'
import { TABLE_FILES, type Tables } from './tables.ts'

export function checkPublishedRanks(tables: Tables, dataDir: string): TableError[] {
  const context = {
    cities: tables.regions.filter((r) => r.type === 'city'),
    rankIndicator: rankIndicators(tables.indicators),
  }
  const byYear = new Map<number, Observation[]>()
  for (const o of tables.observations) {
    const year = periodYear(o.period)
    const { region, period, indicator, value, decimals, source, release } = o
    byYear.set(year, [
      ...(byYear.get(year) ?? []),
      { region, period, indicator, value, decimals, source, release },
    ])
  }
  const table = new ObservationTable(
    [...byYear].map(([year, observations]) => ({
      schemaVersion: 1,
      dataset: 'official',
      year,
      synthetic: false,
      observations,
    })),
  )
  const errors: TableError[] = []
  for (const indicator of tables.indicators) {
    if (!indicator.rankOf) continue
    for (const o of tables.observations.filter((x) => x.indicator === indicator.id)) {
      const city = context.cities.find((c) => c.code === o.region)
      if (!city) continue
      const found = contradictedRank(
        table,
        context,
        city,
        indicator.rankOf.scope,
        o.period,
        indicator.rankOf.indicator,
      )
      if (found) {
        errors.push({
          file: path.join(path.basename(dataDir), TABLE_FILES.observations),
          row: o.line,
          // dataset, region, period, indicator, value
          column: 5,
          columnName: 'value',
          message: `${o.region} ${o.period}: the published ${indicator.rankOf.scope} rank ${found.published} of ${indicator.rankOf.indicator} contradicts the rank computed from every city's published figure (${found.computed})`,
        })
      }
    }
  }
  return errors
}
