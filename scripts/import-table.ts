/**
 * npm run import -- <file> --source-id ID [--publisher …] [--title …] [--date …] [--url …]
 *                   [--dataset official] [--period YYYY-MM] [--write]
 *
 * Reads one of the statistics bureau's monthly release tables (CSV in UTF-8 or GBK, or XLSX)
 * and shows what it would change in data/observations.csv: added, changed (old → new),
 * unchanged and skipped. With --write it applies the change, records the source and the
 * replaced values (data/revisions.csv), and regenerates the API. Nothing is written on any
 * error, and importing the same table twice changes nothing the second time.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isPeriod } from '../src/domain/period.ts'
import { formatTableError } from './data-build/errors.ts'
import { DEMO_YEARS, runDataBuild } from './data-build/run.ts'
import { readTables } from './data-build/tables.ts'
import { applyImport, planImport } from './import/apply.ts'
import { ImportError, readGrid } from './import/read-grid.ts'
import { formatIssue, parseRelease } from './import/release-table.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dataset: { type: 'string', default: 'official' },
    'source-id': { type: 'string' },
    publisher: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    period: { type: 'string' },
    write: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: 'data' },
    out: { type: 'string', default: 'public/api/v1' },
  },
})

function fail(file: string, lines: string[]): never {
  for (const line of lines) console.error(`${file}: ${line}`)
  console.error('\nNothing was written.')
  process.exit(1)
}

const file = positionals[0]
if (!file || positionals.length > 1)
  fail('import', ['give exactly one table file: npm run import -- <file> --source-id …'])
const sourceId = values['source-id']
if (!sourceId)
  fail(file, [
    '--source-id is required (an id from data/sources.csv, or a new one with --publisher and --title)',
  ])
if (values.dataset !== 'official')
  fail(file, ['--dataset must be official: the demo dataset is generated, never imported'])
if (values.period !== undefined && !isPeriod(values.period)) {
  fail(file, [`--period “${values.period}” is not a period YYYY-MM (02 to 12)`])
}

const dataDir = values['data-dir']
const { tables, errors: tableErrors } = readTables(dataDir)
if (tableErrors.length > 0) fail(dataDir, tableErrors.map(formatTableError))

let bytes: Buffer
try {
  bytes = readFileSync(file)
} catch (error) {
  fail(file, [`cannot be read (${error instanceof Error ? error.message : String(error)})`])
}

let read: Awaited<ReturnType<typeof readGrid>>
try {
  read = await readGrid(bytes)
} catch (error) {
  fail(file, [error instanceof ImportError ? error.message : String(error)])
}
const { table, errors } = parseRelease(read.grid, tables.regions, { period: values.period })
if (!table) fail(file, errors.map(formatIssue))

const source = {
  id: sourceId,
  publisher: values.publisher,
  title: values.title,
  date: values.date,
  url: values.url,
}
let plan: ReturnType<typeof planImport>
try {
  plan = planImport(dataDir, values.dataset, table, source)
} catch (error) {
  fail(file, [error instanceof Error ? error.message : String(error)])
}

const encodings = {
  'utf-8': 'CSV, UTF-8',
  'utf-8-bom': 'CSV, UTF-8 with BOM',
  gb18030: 'CSV, GBK/GB18030',
  xlsx: 'XLSX',
}
console.log(
  `${path.basename(file)} (${encodings[read.encoding]}): “${table.title}” → period ${table.period}, ${table.values.length} figures`,
)
const REASONS = {
  heading: 'headings and rows without figures',
  breakdown: 'breakdown rows',
  'sub-entry': '# sub-entries',
  empty: 'regions without figures',
}
const reasons = new Map<string, number>()
for (const row of table.skipped)
  reasons.set(REASONS[row.reason], (reasons.get(REASONS[row.reason]) ?? 0) + 1)
if (table.emptyCells > 0) reasons.set('cells not published', table.emptyCells)
const why = [...reasons].map(([reason, n]) => `${reason}: ${n}`).join(', ')
console.log(
  `  added ${plan.added.length} · changed ${plan.changed.length} · unchanged ${plan.unchanged} · skipped ${plan.skipped}${why ? ` (${why})` : ''}`,
)
for (const change of plan.changed) {
  console.log(
    `  ${change.region} ${change.period} ${change.indicator}: ${change.old} → ${change.new}`,
  )
}
for (const added of plan.added)
  console.log(`  + ${added.region} ${table.period} ${added.indicator}: ${added.value}`)
if (plan.newSource)
  console.log(
    `  + source ${plan.newSource.id}: ${plan.newSource.publisher}《${plan.newSource.title}》`,
  )

if (!values.write) {
  console.log('\nDry run: nothing written. Add --write to apply.')
  process.exit(0)
}
if (plan.added.length === 0 && plan.changed.length === 0 && !plan.newSource) {
  console.log('\nNothing to write: the data already holds this table.')
  process.exit(0)
}
const epoch = process.env.SOURCE_DATE_EPOCH
const now = new Date(epoch ? Number(epoch) * 1000 : Date.now())
try {
  applyImport(dataDir, values.dataset, table, source, plan, now.toISOString().slice(0, 10))
} catch (error) {
  fail(file, [error instanceof Error ? error.message : String(error)])
}
const build = runDataBuild({
  dataDir,
  outDir: values.out,
  generatedAt: now.toISOString(),
  demoYears: DEMO_YEARS,
})
if (!build.ok) fail(dataDir, build.errors.map(formatTableError))
console.log(
  `\nWritten to ${dataDir}/ (${plan.changed.length} revisions recorded in revisions.csv); API regenerated in ${values.out}.`,
)
