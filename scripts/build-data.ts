/**
 * npm run data: source tables in data/ → the static JSON API in public/api/v1/.
 *
 *   --data-dir DIR   source tables (default: data)
 *   --out DIR        output folder (default: public/api/v1)
 *   --scale CxY      a far larger demo dataset (C cities over Y years) for performance tests,
 *                    written to .bench/scale/api/v1 unless --out is given; never shipped
 *
 * Set SOURCE_DATE_EPOCH (seconds) for a reproducible generatedAt.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { countsText } from './data-build/counts.ts'
import { spanText } from './data-build/demo.ts'
import { formatTableError } from './data-build/errors.ts'
import { runDataBuild } from './data-build/run.ts'
import { parseScale } from './data-build/scale.ts'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: 'data' },
    out: { type: 'string' },
    scale: { type: 'string' },
  },
})

const scale = values.scale ? parseScale(values.scale) : null
const outDir = path.normalize(values.out ?? (scale ? '.bench/scale/api/v1' : 'public/api/v1'))
const epoch = process.env.SOURCE_DATE_EPOCH
const started = performance.now()

const result = runDataBuild({
  dataDir: values['data-dir'],
  outDir,
  generatedAt: new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString(),
  demo: scale ? { lastYears: scale.years } : {},
  ...(scale ? { cities: scale.cities } : {}),
})

if (!result.ok) {
  for (const error of result.errors) console.error(formatTableError(error))
  const count = result.errors.length
  console.error(
    `\n${count} problem${count === 1 ? '' : 's'} in the source tables: the API was not written; ${outDir} is unchanged.`,
  )
  process.exit(1)
}

const bytes = [...result.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0)
console.log(
  `API written to ${outDir}: ${result.files.size} files, ${(bytes / 1024).toFixed(0)} KiB, ` +
    `in ${(performance.now() - started).toFixed(0)} ms\n  ${countsText(result.counts)}` +
    (result.demo
      ? `\n  demo (synthetic): ${spanText(result.demo)}, the official data's latest period`
      : ''),
)
