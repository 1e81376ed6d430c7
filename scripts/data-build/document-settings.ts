import { existsSync } from 'node:fs'
import path from 'node:path'
import { DATASET_IDS } from '../../src/schemas/constants.ts'
import { NUMBER_PLACEHOLDERS, type DocumentSetting } from '../../src/schemas/document-settings.ts'
import { readCsv } from './csv.ts'
import type { TableError } from './errors.ts'

export const DOCUMENT_SETTINGS_FILE = 'document-settings.csv'
const COLUMNS = ['dataset', 'issuer', 'number_pattern', 'recipients', 'contact'] as const

/**
 * The settings of the documents (the 通报 and the deck's files): data/document-settings.csv,
 * one row per dataset, each cell checked with its file:row:column. No file: no settings
 * published, and the documents say that no issuing office is set.
 */
export function readDocumentSettings(dataDir: string): {
  settings: DocumentSetting[] | null
  errors: TableError[]
} {
  const full = path.join(dataDir, DOCUMENT_SETTINGS_FILE)
  if (!existsSync(full)) return { settings: null, errors: [] }
  const file = path.join(path.basename(dataDir), DOCUMENT_SETTINGS_FILE)
  const { table, errors } = readCsv(full, file, COLUMNS)
  // A column the generator does not read would be ignored without a word (a 成文日期 set here
  // would never reach a document): it is an error.
  table.columns.forEach((name, i) => {
    if (!(COLUMNS as readonly string[]).includes(name))
      errors.push({
        file,
        row: 1,
        column: i + 1,
        columnName: name,
        message: `unknown column "${name}" (expected: ${COLUMNS.join(', ')}); the 成文日期 is the day a document is made`,
      })
  })
  if (errors.length > 0) return { settings: null, errors }
  const settings: DocumentSetting[] = []
  const seen = new Set<string>()
  for (const row of table.rows) {
    const cell = (name: (typeof COLUMNS)[number]) => (row.cells[name] ?? '').trim()
    const fail = (name: (typeof COLUMNS)[number], message: string) =>
      errors.push({
        file,
        row: row.line,
        column: table.columns.indexOf(name) + 1,
        columnName: name,
        message,
      })
    const dataset = cell('dataset')
    if (!(DATASET_IDS as readonly string[]).includes(dataset))
      fail('dataset', `"${dataset}" is not a dataset: ${DATASET_IDS.join(' or ')}`)
    else if (seen.has(dataset)) fail('dataset', `"${dataset}" has a row already`)
    seen.add(dataset)
    if (!cell('issuer')) fail('issuer', 'is empty: the issuing office (发文机关) is required')
    if (!cell('recipients')) fail('recipients', 'is empty: the addressees (主送) are required')
    const pattern = cell('number_pattern')
    const unknown = pattern
      .match(/\{[^{}]*\}/g)
      ?.filter((p) => !(NUMBER_PLACEHOLDERS as readonly string[]).includes(p))
    if (unknown && unknown.length > 0)
      fail(
        'number_pattern',
        `${unknown.join(', ')} is not a placeholder: use ${NUMBER_PLACEHOLDERS.join(' and ')}`,
      )
    // "{year〕" would be printed as it stands in every 发文字号.
    else if (/[{}]/.test(pattern.replace(/\{[^{}]*\}/g, '')))
      fail(
        'number_pattern',
        `"${pattern}" has a brace that opens or closes no placeholder: use ${NUMBER_PLACEHOLDERS.join(' and ')}`,
      )
    settings.push({
      dataset: dataset as DocumentSetting['dataset'],
      issuer: cell('issuer'),
      numberPattern: pattern,
      recipients: cell('recipients'),
      contact: cell('contact'),
    })
  }
  return { settings: errors.length === 0 ? settings : null, errors }
}
