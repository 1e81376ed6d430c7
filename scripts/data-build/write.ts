import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ApiFiles } from './api.ts'

/**
 * Writes the API into a temporary sibling folder and swaps it in with two renames, so a reader
 * sees either the previous API or the new one, never a half-written mix; a failure before the
 * swap leaves the previous API as it was.
 */
export function writeApiAtomically(outDir: string, files: ApiFiles): void {
  const parent = path.dirname(outDir)
  const name = path.basename(outDir)
  const temporary = path.join(parent, `.${name}.tmp-${process.pid}`)
  const previous = path.join(parent, `.${name}.old-${process.pid}`)
  mkdirSync(parent, { recursive: true })
  rmSync(temporary, { recursive: true, force: true })
  try {
    for (const [file, text] of files) {
      const target = path.join(temporary, file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, text)
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true })
    throw error
  }
  const hadPrevious = existsSync(outDir)
  if (hadPrevious) renameSync(outDir, previous)
  renameSync(temporary, outDir)
  if (hadPrevious) rmSync(previous, { recursive: true, force: true })
}
