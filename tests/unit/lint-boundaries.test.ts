/**
 * The import boundaries of eslint.config.js, proved on probe files: an import across a
 * boundary is an error, the allowed way is not. The rules are taken from the project's own
 * configuration (without its type-aware rules, which need the file on disk).
 */
import { ESLint, type Linter } from 'eslint'
import { pathToFileURL } from 'node:url'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const config = (
  (await import(pathToFileURL('eslint.config.js').href)) as { default: Linter.Config[] }
).default

const BOUNDARY_RULES = [
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'no-restricted-imports',
]

const boundaries: Linter.Config[] = config
  .filter((block) => block.rules?.['import-x/no-restricted-paths'])
  .map((block) => ({
    files: block.files,
    plugins: { 'import-x': block.plugins!['import-x']! },
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
