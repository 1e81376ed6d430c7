/**
 * npm run bench:data — how long the generator takes and how large the API is, raw and gzip,
 * for the bundled data and for a --scale dataset. Prints numbers; budgets live in `npm run bench`.
 *
 *   --scale CxY   the scale dataset (default 200x20)
 */
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import type { ApiFiles } from './data-build/api.ts'
import { spanText } from './data-build/demo.ts'
import { runDataBuild, type DataBuildOptions } from './data-build/run.ts'
import { parseScale } from './data-build/scale.ts'

const { values } = parseArgs({ options: { scale: { type: 'string', default: '200x20' } } })
const scale = parseScale(values.scale)

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

function measure(label: string, options: Pick<DataBuildOptions, 'demo' | 'cities'>) {
  const outDir = path.join(tmpdir(), `gd-bench-data-${process.pid}`, 'v1')
  const started = performance.now()
  const result = runDataBuild({
    dataDir: 'data',
    outDir,
    generatedAt: new Date().toISOString(),
    ...options,
  })
  const elapsed = performance.now() - started
  rmSync(path.dirname(outDir), { recursive: true, force: true })
  if (!result.ok) throw new Error('the source tables are invalid: run npm run data for the errors')
  const demo = result.demo ? `, demo ${spanText(result.demo)}` : ''
  console.log(
    `\n${label}${demo}: generated in ${elapsed.toFixed(0)} ms, ${result.files.size} files`,
  )
  report(result.files)
}

function report(files: ApiFiles) {
  const groups = new Map<string, { files: number; raw: number; gzip: number; largest: number }>()
  for (const [file, text] of files) {
    const group = file.startsWith('observations/')
      ? file.replace(/\d{4}\.json$/, '{year}.json')
      : file.startsWith('schema/')
        ? 'schema/*.json'
        : file
    const raw = Buffer.byteLength(text)
    const gzip = gzipSync(text, { level: 9 }).length
    const entry = groups.get(group) ?? { files: 0, raw: 0, gzip: 0, largest: 0 }
    groups.set(group, {
      files: entry.files + 1,
      raw: entry.raw + raw,
      gzip: entry.gzip + gzip,
      largest: Math.max(entry.largest, gzip),
    })
  }
  const rows = [...groups].map(([group, g]) => ({
    file: group,
    files: g.files,
    raw: kib(g.raw),
    gzip: kib(g.gzip),
    'largest file gzip': kib(g.largest),
  }))
  const total = [...groups.values()].reduce(
    (s, g) => ({ raw: s.raw + g.raw, gzip: s.gzip + g.gzip }),
    { raw: 0, gzip: 0 },
  )
  rows.push({
    file: 'total',
    files: files.size,
    raw: kib(total.raw),
    gzip: kib(total.gzip),
    'largest file gzip': '',
  })
  console.table(rows)
}

measure('Bundled data (official + demo)', { demo: {} })
measure(`Scale data --scale ${values.scale} (${scale.cities} cities × ${scale.years} years)`, {
  demo: { lastYears: scale.years },
  cities: scale.cities,
})
