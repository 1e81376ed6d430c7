/**
 * No import cycle among our modules, type-only imports included (issue 29). import-x/no-cycle
 * skips `import type` because it vanishes at runtime, but a cycle of types still ties two
 * modules into one: neither can be read, moved or tested without the other. Dynamic imports
 * count, as they do for import-x. Only relative imports are followed: the code imports its own
 * modules no other way, and a package cannot import ours back.
 *
 * Cost: each file linted walks the graph it reaches, with every other file's imports read once
 * (ts.preProcessFile, a scan without a parse) and kept until the file changes on disk; the file
 * being linted is read from its AST, so an editor sees a cycle before the file is saved.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

function isFile(path) {
  try {
    return statSync(path).isFile()
  } catch {
    return false // none, or a path through a file ("./index.css/index.ts")
  }
}

/** The source file a relative specifier names, or null (a package, a stylesheet, nothing). */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  for (const suffix of CANDIDATES) {
    const file = base + suffix
    if (SOURCE.test(file) && isFile(file)) return file
  }
  return null
}

/** Each file's relative imports as read from disk, while its modification time and size stay. */
const onDisk = new Map()

function importsOnDisk(file) {
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat) return []
  const known = onDisk.get(file)
  if (known?.mtimeMs === stat.mtimeMs && known.size === stat.size) {
    // A file it imports that did not exist then may exist now.
    return known.pending.length === 0
      ? known.imports
      : [...known.imports, ...known.pending.flatMap((s) => resolveImport(file, s) ?? [])]
  }
  const specifiers = ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
  const imports = []
  const pending = []
  for (const specifier of specifiers) {
    const target = resolveImport(file, specifier)
    if (target) imports.push(target)
    else if (!/\.(css|json|svg|png|woff2?)$/.test(specifier)) pending.push(specifier)
  }
  onDisk.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, imports, pending })
  return imports
}

/**
 * The files of `file`'s cycles: those it reaches that reach it back, each with the next step of
 * a shortest way back to `file` (for the message).
 */
function cycleOf(file, ownImports) {
  const importsOf = (at) => (at === file ? ownImports : importsOnDisk(at))
  // Everything `file` reaches, with the edges into each.
  const importers = new Map([[file, []]])
  const queue = [file]
  while (queue.length > 0) {
    const at = queue.shift()
    for (const next of importsOf(at)) {
      if (!importers.has(next)) {
        importers.set(next, [])
        queue.push(next)
      }
      importers.get(next).push(at)
    }
  }
  // Back from `file` along those edges: what reaches it, and its step towards it.
  const towards = new Map([[file, null]])
  const back = [file]
  while (back.length > 0) {
    const at = back.shift()
    for (const before of importers.get(at)) {
      if (!towards.has(before)) {
        towards.set(before, at)
        back.push(before)
      }
    }
  }
  return towards
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles among our modules, type-only imports included' },
    schema: [],
    messages: { cycle: 'Import cycle (type-only imports count): {{path}}' },
  },
  create(context) {
    const file = context.filename
    /** Each import of the file with the module it names. */
    const found = []
    const check = (node) => {
      const specifier = node.source?.value
      if (typeof specifier !== 'string') return
      const target = resolveImport(file, specifier)
      if (target) found.push({ node, target })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
      'Program:exit'() {
        if (found.length === 0) return
        const towards = cycleOf(
          file,
          found.map((f) => f.target),
        )
        for (const { node, target } of found) {
          if (!towards.has(target)) continue
          const path = [file, target]
          for (let at = towards.get(target); at; at = towards.get(at)) path.push(at)
          const names = path.map((p) => relative(context.cwd, p))
          context.report({ node, messageId: 'cycle', data: { path: names.join(' → ') } })
        }
      },
    }
  },
}
