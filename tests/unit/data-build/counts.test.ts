import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { countOfficial, type GradeCounts } from '../../../scripts/data-build/counts.ts'
import { readTables } from '../../../scripts/data-build/tables.ts'
import { sameTarget } from '../../../src/domain/targets.ts'
import { tempDir } from './helpers.ts'

/**
 * The collected figures data/ is copied from (README, "Adding data"): shared/ beside the
 * repository (CI lays it there too), or beside the main checkout when this is a git worktree.
 */
const COLLECTION = [
  '../shared/data',
  path.join(
    path.dirname(
      path.resolve(execFileSync('git', ['rev-parse', '--git-common-dir']).toString().trim()),
    ),
    '../shared/data',
  ),
].find((dir) => existsSync(path.join(dir, 'README.md')))

type Row = Record<string, string>
const readRows = (file: string) =>
  parse<Row>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true })

const project = readTables('data')
const counts = countOfficial(project.tables)

/** A text with its whitespace runs made single spaces, so a sentence may wrap anywhere. */
const flat = (file: string) => readFileSync(file, 'utf8').replace(/\s+/g, ' ')

/** The groups of the one match of a pattern in a text; a sentence that is not there fails. */
function groups(text: string, pattern: string, where: string): string[] {
  const match = new RegExp(pattern).exec(text)
  expect(match, `${where}: no sentence matching /${pattern}/`).not.toBeNull()
  return match!.slice(1)
}

/** "A 30 · B 53 · C 39" → its counts. */
const GRADES = 'A (\\d+) · B (\\d+) · C (\\d+)'
const grades = ([A, B, C]: string[]): GradeCounts => ({ A: Number(A), B: Number(B), C: Number(C) })

describe('what README.md says the official dataset holds', () => {
  const readme = flat('README.md')

  it('is what the build counts (npm run data prints the same)', () => {
    const [figures, ranks, ...rest] = groups(
      readme,
      `\\*\\*(\\d+) figures\\*\\* \\((\\d+) of them printed ranks; ${GRADES}\\), \\*\\*(\\d+) targets\\*\\* \\(${GRADES}\\) and \\*\\*(\\d+) sources\\*\\* \\(${GRADES}\\)`,
      'README.md',
    )
    expect({
      figures: Number(figures),
      ranks: Number(ranks),
      figuresByGrade: grades(rest.slice(0, 3)),
      targets: Number(rest[3]),
      targetsByGrade: grades(rest.slice(4, 7)),
      sources: Number(rest[7]),
      sourcesByGrade: grades(rest.slice(8, 11)),
    }).toEqual({
      figures: counts.figures,
      ranks: counts.ranks,
      figuresByGrade: counts.figuresByGrade,
      targets: counts.targets,
      targetsByGrade: counts.targetsByGrade,
      sources: counts.sources,
      sourcesByGrade: counts.sourcesByGrade,
    })
  })
})

/**
 * The collection's tables in the project's layout (observations with their dataset column, the
 * sources' key named id), beside the project's regions and indicators, read by the generator's
 * own rules: so it is counted exactly as `npm run data` counts data/.
 */
function readCollection(COLLECTION: string) {
  const dir = path.join(tempDir('gd-collection-'), 'data')
  mkdirSync(dir)
  for (const name of ['regions.csv', 'indicators.csv'])
    cpSync(path.join('data', name), path.join(dir, name))
  const observations = readRows(path.join(COLLECTION, 'observations.csv'))
  const sources = readRows(path.join(COLLECTION, 'sources.csv'))
  const targets = readRows(path.join(COLLECTION, 'targets.csv'))
  const write = (name: string, rows: Row[]) => {
    writeFileSync(path.join(dir, name), stringify(rows, { header: true }))
  }
  write(
    'observations.csv',
    observations.map((row) => ({ dataset: 'official', ...row })),
  )
  write(
    'sources.csv',
    sources.map(({ source_id, ...rest }) => ({ id: source_id!, ...rest })),
  )
  write('targets.csv', targets)
  return { ...readTables(dir), observations, sources, targets }
}

// The collection lives beside the repository (shared/ in CI too); a checkout without it has
// nothing to compare with.
describe.skipIf(!COLLECTION)('the collection in ../shared/data', () => {
  const dir = COLLECTION ?? ''
  let collection: ReturnType<typeof readCollection>
  let collected: ReturnType<typeof countOfficial>
  let readme: string
  beforeAll(() => {
    collection = readCollection(dir)
    collected = countOfficial(collection.tables)
    readme = flat(path.join(dir, 'README.md'))
  })
  const key = (row: Row) => [row.region, row.period, row.indicator, row.source_id].join(' ')

  it('is valid by the rules of npm run data', () => {
    expect(collection.errors).toEqual([])
  })

  it('is counted in its README as the build counts it', () => {
    const [rows] = groups(readme, '`observations.csv`: \\*\\*(\\d+) rows\\*\\*', 'its README')
    const [targets, growth, level, count, qualitative] = groups(
      readme,
      '`targets.csv`: \\*\\*(\\d+) rows\\*\\*: growth (\\d+) · level (\\d+) · count (\\d+) · qualitative (\\d+)',
      'its README',
    )
    const [sources] = groups(readme, '`sources.csv`: \\*\\*(\\d+) sources\\*\\*', 'its README')
    expect({
      figures: Number(rows),
      targets: Number(targets),
      targetsByKind: {
        growth: Number(growth),
        level: Number(level),
        count: Number(count),
        qualitative: Number(qualitative),
      },
      targetsByGrade: grades(groups(readme, `By grade of source: \\*\\*${GRADES}\\*\\*`, 'README')),
      sources: Number(sources),
      sourcesByGrade: grades(groups(readme, `Sources by grade: \\*\\*${GRADES}\\*\\*`, 'README')),
      figuresByGrade: grades(
        groups(readme, `Observation rows by grade: \\*\\*${GRADES}\\*\\*`, 'README'),
      ),
    }).toEqual({
      figures: collected.figures,
      targets: collected.targets,
      targetsByKind: collected.targetsByKind,
      targetsByGrade: collected.targetsByGrade,
      sources: collected.sources,
      sourcesByGrade: collected.sourcesByGrade,
      figuresByGrade: collected.figuresByGrade,
    })
    // Each figure is one row: the collection states no figure twice.
    expect(collected.figures).toBe(collection.observations.length)
  })

  it('is held whole in data/: every figure, source and target exactly as collected', () => {
    const held = new Map(readRows('data/observations.csv').map((row) => [key(row), row]))
    for (const row of collection.observations) {
      expect(held.get(key(row)), key(row)).toEqual({ dataset: 'official', ...row })
    }
    const sources = new Map(readRows('data/sources.csv').map((row) => [row.id, row]))
    for (const { source_id, ...rest } of collection.sources) {
      expect(sources.get(source_id), source_id).toEqual({ id: source_id, ...rest })
    }
    const targets = readRows('data/targets.csv').map((row) => JSON.stringify(row))
    for (const row of collection.targets) expect(targets).toContain(JSON.stringify(row))
  })

  it('is all data/ holds but ranks read from its quotes and better copies, as README.md says', () => {
    const figure = (row: Row) => [row.region, row.period, row.indicator].join(' ')
    const collectedKeys = new Set(collection.observations.map(key))
    const collectedValues = new Map(collection.observations.map((row) => [figure(row), row.value]))
    const rankIds = new Set(
      project.tables.indicators.filter((i) => i.kind === 'rank').map((i) => i.id),
    )
    const added = readRows('data/observations.csv').filter((row) => !collectedKeys.has(key(row)))
    const ranks = added.filter((row) => rankIds.has(row.indicator!))
    // A better copy gives a collected figure again, the same value from another source.
    const copies = added.filter((row) => !rankIds.has(row.indicator!))
    for (const row of copies) {
      expect(Number(row.value), `${key(row)}: not a collected figure`).toBe(
        Number(collectedValues.get(figure(row))),
      )
    }
    const collectedSources = new Set(collection.sources.map((row) => row.source_id))
    const newSources = project.tables.sources.filter((s) => !collectedSources.has(s.id))
    const targetKey = (t: { region: string; year: number; indicator: string }) =>
      `${t.region} ${t.year} ${t.indicator}`
    const collectedTargets = collection.tables.targets
    const newTargets = project.tables.targets.filter(
      (t) => !collectedTargets.some((c) => c.source === t.source && targetKey(c) === targetKey(t)),
    )
    // …and a collected target again, stated alike.
    for (const t of newTargets) {
      expect(
        collectedTargets.some((c) => targetKey(c) === targetKey(t) && sameTarget(c, t)),
        `${targetKey(t)} from ${t.source}: not a collected target`,
      ).toBe(true)
    }
    for (const row of [...copies, ...newTargets.map((t) => ({ source_id: t.source }))]) {
      expect(newSources.map((s) => s.id)).toContain(row.source_id)
    }
    const numbersSaid = groups(
      flat('README.md'),
      'the collection of `../shared/data/` whole \\((\\d+) figures, (\\d+) targets, (\\d+) sources\\), (\\d+) ranks read from its quotes .*?, and better copies of some of its documents \\((\\d+) sources giving (\\d+) of its figures and (\\d+) of its targets again\\)',
      'README.md',
    ).map(Number)
    expect(numbersSaid).toEqual([
      collected.figures,
      collected.targets,
      collected.sources,
      ranks.length,
      newSources.length,
      copies.length,
      newTargets.length,
    ])
  })
})
