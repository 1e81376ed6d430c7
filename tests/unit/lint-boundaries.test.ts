/**
 * The import boundaries of eslint.config.js, proved on probe files: an import across a
 * boundary is an error, the allowed way is not. The rules are taken from the project's own
 * configuration (without its type-aware rules, which need the file on disk).
 */
import { ESLint, type Linter } from 'eslint'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import tseslint from 'typescript-eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const config = (
  (await import(pathToFileURL('eslint.config.js').href)) as { default: Linter.Config[] }
).default

const BOUNDARY_RULES = ['import-x/no-restricted-paths', 'local/no-cycle', 'no-restricted-imports']

const boundaries: Linter.Config[] = config
  .filter((block) => block.rules?.['import-x/no-restricted-paths'])
  .map((block) => ({
    files: block.files,
    plugins: { 'import-x': block.plugins!['import-x']!, local: block.plugins!['local']! },
    rules: Object.fromEntries(
      Object.entries(block.rules!).filter(([rule]) => BOUNDARY_RULES.includes(rule)),
    ),
  }))

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...boundaries],
})

/** The rules a probe file at `filePath` with one import breaks. */
async function broken(filePath: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${from}'\nexport { probe }\n`, {
    filePath,
  })
  return result!.messages.map((message) => message.ruleId ?? message.message)
}

describe('import boundaries (eslint.config.js)', () => {
  it('takes its rules from the project configuration', () => {
    expect(boundaries).toHaveLength(1)
    expect(Object.keys(boundaries[0]!.rules!).sort()).toEqual([...BOUNDARY_RULES].sort())
  })

  it.each([
    ['src/schemas/probe.ts', '../lib/format/period.ts', 'schemas import nothing of the app'],
    ['src/domain/probe.ts', '../lib/format/period.ts', 'domain ↛ lib'],
    ['src/lib/probe.ts', '../components/sparkline.tsx', 'lib ↛ components'],
    ['src/components/probe.ts', '../features/kpi/index.ts', 'components ↛ features'],
    ['src/features/trend/probe.ts', '../kpi/components/kpi-tile.tsx', 'into another feature'],
    ['src/app/probe.ts', '../features/kpi/components/kpi-tile.tsx', 'past a feature’s index'],
  ])('%s importing %s fails: %s', async (file, from) => {
    expect(await broken(file, from)).toEqual(['import-x/no-restricted-paths'])
  })

  it('a Node-only script never enters the bundle', async () => {
    expect(await broken('src/lib/probe.ts', '../../scripts/chromium.ts')).toEqual([
      'no-restricted-imports',
    ])
  })

  it.each([
    ['src/app/probe.ts', '../features/kpi/index.ts'],
    ['src/features/trend/probe.ts', '../kpi/index.ts'],
    ['src/features/trend/probe.ts', '../../domain/series.ts'],
    ['src/lib/probe.ts', '../domain/period.ts'],
  ])('%s may import %s', async (file, from) => {
    expect(await broken(file, from)).toEqual([])
  })
})

describe('import cycles (eslint.config.js)', () => {
  // A cycle needs its other side on disk: probe modules written for the test, then removed.
  const dir = join('src', 'lib', `cycle-probe-${process.pid}`)
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text)
  }
  beforeAll(() => {
    mkdirSync(dir, { recursive: true })
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  /** The messages of the rules the probe module `name`, as it is on disk, breaks. */
  async function brokenOnDisk(name: string): Promise<string[]> {
    const [result] = await eslint.lintFiles([join(dir, name)])
    return result!.messages.map((m) => `${m.ruleId ?? ''}: ${m.message}`)
  }

  it('two modules importing each other’s types fail, and pass once the cycle is broken', async () => {
    write('types-a.ts', "import type { B } from './types-b.ts'\nexport type A = B[]\n")
    write('types-b.ts', "import type { A } from './types-a.ts'\nexport type B = string | A\n")
    const cycle = `${dir}/types-a.ts → ${dir}/types-b.ts → ${dir}/types-a.ts`
    expect(await brokenOnDisk('types-a.ts')).toEqual([
      `local/no-cycle: Import cycle (type-only imports count): ${cycle}`,
    ])
    write('types-b.ts', 'export type B = string\n')
    expect(await brokenOnDisk('types-a.ts')).toEqual([])
  })

  it('a cycle of value imports fails', async () => {
    write('values-a.ts', "import { b } from './values-b.ts'\nexport const a = () => b\n")
    write('values-b.ts', "import { a } from './values-a.ts'\nexport const b = () => a\n")
    expect(await brokenOnDisk('values-a.ts')).toHaveLength(1)
    expect(await brokenOnDisk('values-b.ts')).toHaveLength(1)
  })

  it('a longer cycle through a re-export, a type query and a lazy import fails at each step', async () => {
    write('ring-a.ts', "export * from './ring-b.ts'\n")
    write('ring-b.ts', "export type C = import('./ring-c.ts').C\n")
    write('ring-c.ts', "export type C = string\nexport const a = () => import('./ring-a.ts')\n")
    for (const name of ['ring-a.ts', 'ring-b.ts', 'ring-c.ts'])
      expect(await brokenOnDisk(name), name).toHaveLength(1)
  })

  it('an import that does not come back passes', async () => {
    write('leaf.ts', 'export type Leaf = string\n')
    write('user.ts', "import type { Leaf } from './leaf.ts'\nexport type User = Leaf\n")
    expect(await brokenOnDisk('user.ts')).toEqual([])
  })
})
