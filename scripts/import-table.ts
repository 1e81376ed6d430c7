/**
 * npm run import -- <file> --source-id ID [--publisher …] [--title …] [--date …] [--url …]
 *                   [--dataset official] [--period YYYY-MM] [--skip-unknown]
 *                   [--write] [--late] [--release-date YYYY-MM-DD]
 *
 * Reads one of the statistics bureau's monthly release tables (CSV in UTF-8 or GBK, or XLSX),
 * in any of the layouts it has used, and shows what it would change in data/observations.csv:
 * first what to check (a table older than the latest release's; a revision beyond its
 * plausible size, data/revision-thresholds.csv), then the rows imported and skipped (each
 * skipped row with figures, with its reason), the figures added, changed (old → new) and
 * unchanged. With --write it applies the change as a release (data/releases.csv, dated today in
 * Guangdong or --release-date), records the source and the replaced values (data/revisions.csv),
 * and regenerates the API; an older table needs --late too. Nothing is written on any error (a
 * row with figures that matches nothing is one, unless --skip-unknown), and importing the same
 * table twice changes nothing the second time, and records no release.
 *
 * `main` runs in-process (the tests call it); run as a script, it exits with its result.
 */
import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { isPeriod } from '../src/domain/period.ts'
import { formatTableError } from './data-build/errors.ts'
import { runDataBuild } from './data-build/run.ts'
import { guangdongDay, isDay } from './data-build/releases.ts'
import { readRevisionThresholds } from './data-build/revision-thresholds.ts'
import { readTables } from './data-build/tables.ts'
import { applyImport, planImport } from './import/apply.ts'
import { ImportError, readGrid } from './import/read-grid.ts'
import { readRegionGroups } from './import/region-groups.ts'
import { formatIssue, parseRelease } from './import/release-table.ts'
import { formatReport } from './import/report.ts'

export interface ImportIo {
  /** One line of the report. */
  stdout: (line: string) => void
  /** One line of an error. */
  stderr: (line: string) => void
  /** The clock: today (the release's day, by default), the API's generatedAt. */
  now: () => Date
}

const processIo: ImportIo = {
  stdout: (line) => {
    process.stdout.write(`${line}\n`)
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`)
  },
  now: () => {
    const epoch = process.env.SOURCE_DATE_EPOCH
    return new Date(epoch ? Number(epoch) * 1000 : Date.now())
  },
}

const USAGE = 'npm run import -- <file> --source-id ID [--write] (see README, "Importing")'

/** Runs one import; returns the exit code (0 done or dry run, 1 nothing written). */
export async function main(argv: readonly string[], io: ImportIo = processIo): Promise<number> {
  /** Each line prefixed with the file at fault; table errors already name theirs (file:row:column). */
  const fail = (file: string | null, lines: string[]): number => {
    for (const line of lines) io.stderr(file === null ? line : `${file}: ${line}`)
    io.stderr('')
    io.stderr('Nothing was written.')
    return 1
  }

  let args
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        dataset: { type: 'string', default: 'official' },
        'source-id': { type: 'string' },
        publisher: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        period: { type: 'string' },
        'skip-unknown': { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        late: { type: 'boolean', default: false },
        'release-date': { type: 'string' },
        'data-dir': { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/api/v1' },
      },
    })
  } catch (error) {
    return fail('import', [error instanceof Error ? error.message : String(error), USAGE])
  }
  const { values, positionals } = args

  const file = positionals[0]
  if (!file || positionals.length > 1)
    return fail('import', [`give exactly one table file: ${USAGE}`])
  const sourceId = values['source-id']
  if (!sourceId)
    return fail(file, [
      '--source-id is required (an id from data/sources.csv, or a new one with --publisher and --title)',
    ])
  if (values.dataset !== 'official')
    return fail(file, ['--dataset must be official: the demo dataset is generated, never imported'])
  if (values.period !== undefined && !isPeriod(values.period))
    return fail(file, [`--period “${values.period}” is not a period YYYY-MM (02 to 12)`])

  const now = io.now()
  const today = guangdongDay(now)
  const releaseDate = values['release-date'] ?? today
  if (!isDay(releaseDate))
    return fail(file, [`--release-date “${releaseDate}” is not a date YYYY-MM-DD`])
  if (releaseDate > today)
    return fail(file, [`--release-date ${releaseDate} is in the future (today is ${today})`])

  const dataDir = values['data-dir']
  const { tables, errors: tableErrors } = readTables(dataDir, { today })
  if (tableErrors.length > 0) return fail(null, tableErrors.map(formatTableError))
  const { eras, errors: eraErrors } = readRegionGroups(dataDir, tables.regions)
  if (eraErrors.length > 0) return fail(null, eraErrors.map(formatTableError))
  const { thresholds, errors: thresholdErrors } = readRevisionThresholds(dataDir)
  if (thresholdErrors.length > 0) return fail(null, thresholdErrors.map(formatTableError))

  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    return fail(file, [
      `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    ])
  }
  let read: Awaited<ReturnType<typeof readGrid>>
  try {
    read = await readGrid(bytes)
  } catch (error) {
    return fail(file, [error instanceof ImportError ? error.message : String(error)])
  }
  const { table, errors } = parseRelease(read.grid, tables.regions, {
    period: values.period,
    groups: eras,
    skipUnknown: values['skip-unknown'],
  })
  if (!table) return fail(file, errors.map(formatIssue))

  const source = {
    id: sourceId,
    publisher: values.publisher,
    title: values.title,
    date: values.date,
    url: values.url,
  }
  let plan: ReturnType<typeof planImport>
  try {
    plan = planImport(dataDir, values.dataset, table, source, { tables, thresholds })
  } catch (error) {
    return fail(file, [error instanceof Error ? error.message : String(error)])
  }
  for (const line of formatReport(path.basename(file), read.encoding, table, plan)) io.stdout(line)

  const late = plan.late !== null && !values.late
  if (!values.write) {
    io.stdout('')
    io.stdout(
      late
        ? 'Dry run: nothing written. Add --write --late to apply (an archive brought in late).'
        : 'Dry run: nothing written. Add --write to apply.',
    )
    return 0
  }
  if (plan.added.length === 0 && plan.changed.length === 0 && !plan.newSource) {
    io.stdout('')
    io.stdout('Nothing to write: the data already holds this table.')
    return 0
  }
  if (plan.late && !values.late)
    return fail(file, [
      `${table.period} is older than ${plan.late.period}, the latest period of the data (brought by ${plan.late.release.id}): give --late to import an archive brought in late`,
    ])
  let release: string | null
  try {
    ;({ release } = applyImport(dataDir, values.dataset, table, source, plan, {
      releaseDate,
      today,
    }))
  } catch (error) {
    return fail(file, [error instanceof Error ? error.message : String(error)])
  }
  const build = runDataBuild({
    dataDir,
    outDir: values.out,
    generatedAt: now.toISOString(),
    demo: {},
    today,
  })
  if (!build.ok) return fail(null, build.errors.map(formatTableError))
  io.stdout('')
  io.stdout(
    release
      ? `Written to ${dataDir}/ as release ${release} of ${releaseDate} (${plan.added.length} added, ${plan.changed.length} revisions recorded in revisions.csv); API regenerated in ${values.out}.`
      : `Written to ${dataDir}/: the source only (the data already holds its figures); API regenerated in ${values.out}.`,
  )
  return 0
}

/** Run as a script (npm run import), not imported (the tests). */
function isEntryPoint(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href
  } catch {
    return false
  }
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2))
