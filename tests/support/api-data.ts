/**
 * The generated API (public/api/v1, written by `npm run data` before the tests) read from disk
 * and parsed with the app's own schemas: tests work on the real figures, not invented ones.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { makeCatalog, type Catalog } from '../../src/domain/catalog.ts'
import { ObservationTable } from '../../src/domain/observation-table.ts'
import type { DatasetId } from '../../src/schemas/common.ts'
import { IndicatorsFileSchema } from '../../src/schemas/indicators.ts'
import { ManifestSchema } from '../../src/schemas/manifest.ts'
import {
  ObservationsFileSchema,
  observationsPath,
  type ObservationsFile,
} from '../../src/schemas/observations.ts'
import { RegionsFileSchema } from '../../src/schemas/regions.ts'
import { SourcesFileSchema } from '../../src/schemas/sources.ts'

export const API_DIR = 'public/api/v1'

export function readApiFile(file: string): unknown {
  return JSON.parse(readFileSync(path.join(API_DIR, file), 'utf8'))
}

export function loadCatalog(): Catalog {
  return makeCatalog(
    ManifestSchema.parse(readApiFile('index.json')),
    RegionsFileSchema.parse(readApiFile('regions.json')).regions,
    IndicatorsFileSchema.parse(readApiFile('indicators.json')).indicators,
    SourcesFileSchema.parse(readApiFile('sources.json')).sources,
  )
}

export function loadFile(dataset: DatasetId, year: number): ObservationsFile {
  return ObservationsFileSchema.parse(readApiFile(observationsPath(dataset, year)))
}

export function loadTable(dataset: DatasetId, years: number[]): ObservationTable {
  return new ObservationTable(years.map((year) => loadFile(dataset, year)))
}
