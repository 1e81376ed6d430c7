/**
 * The schema of each API file, loaded on demand (queries.ts): zod and the schemas reach the page
 * beside the first file they check, not in the script that must run before anything else.
 */
export { DecksFileSchema } from '../../schemas/decks.ts'
export { DocumentSettingsFileSchema } from '../../schemas/document-settings.ts'
export { IndicatorsFileSchema } from '../../schemas/indicators.ts'
export { ManifestSchema } from '../../schemas/manifest.ts'
export { ObservationsFileSchema } from '../../schemas/observations.ts'
export { RegionsFileSchema } from '../../schemas/regions.ts'
export { SourcesFileSchema } from '../../schemas/sources.ts'
export { TargetsFileSchema } from '../../schemas/targets.ts'
export { AttentionFileSchema } from '../../schemas/attention.ts'
export { ReleaseCalendarFileSchema, ReleasesFileSchema } from '../../schemas/releases.ts'
export { VintagesFileSchema } from '../../schemas/vintages.ts'
