import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const GOOD_FIXTURES = 'tests/fixtures/data-good'
export const GENERATED_AT = '2020-05-14T00:00:00.000Z'

export function tempDir(prefix = 'gd-api-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

/** A writable copy of the good fixture tables, named data/ like the real ones. */
export function copyFixtures(): string {
  const dataDir = path.join(tempDir(), 'data')
  cpSync(GOOD_FIXTURES, dataDir, { recursive: true })
  return dataDir
}

/** Every file under a folder with its sha256: a byte-for-byte fingerprint of the tree. */
export function treeFingerprint(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        out[path.relative(root, full)] = createHash('sha256')
          .update(readFileSync(full))
          .digest('hex')
      }
    }
  }
  walk(root)
  return out
}
