import { useQueryClient } from '@tanstack/react-query'
import { usePanelContext } from '../../../components/chart/use-panel-context.ts'
import { datasetEntry } from '../../../domain/catalog.ts'
import { chartColors } from '../../../lib/theme.ts'
import { makeNotice, makeWorkbook } from '../make.ts'
import { DocumentButton } from './document-button.tsx'
import { PERIOD_DOCUMENT_WORDS as WORDS } from '../words.ts'

/**
 * The selected region and period as the 通报 (.docx) and as a workbook of its panels (.xlsx),
 * on the brief page and on the dashboard's 简报 panel. Their files and their code are fetched on
 * the click, not with the page: the dashboard's first view loads neither.
 */
export function PeriodDocuments() {
  const { filters, catalog, t, synthetic, datasetLabel } = usePanelContext()
  const client = useQueryClient()
  const { period, lang, dataset, region } = filters
  const words = WORDS[lang]
  const entry = datasetEntry(catalog, dataset)
  const files = async () => {
    if (!period) throw new Error(lang === 'zh' ? '未选择统计期' : 'no period selected')
    const { loadPeriodFiles } = await import('../lib/period-files.ts')
    return { period, ...(await loadPeriodFiles(client, catalog, dataset, period)) }
  }
  const common = {
    catalog,
    region,
    lang,
    colors: chartColors(false, filters.colors),
    syntheticLabel: synthetic ? t.syntheticLabel : null,
    dataAsOf: entry?.dataAsOf ?? undefined,
  }
  return (
    <>
      <DocumentButton
        label={words.word}
        what={words.wordWhat}
        lang={lang}
        disabled={!period}
        make={async () => {
          const f = await files()
          return makeNotice({
            ...common,
            table: f.table,
            targets: f.targets,
            compare: filters.compare,
            period: f.period,
            setting: f.setting,
            today: new Date(),
            findings: f.attention,
            news: f.news,
          })
        }}
      />
      <DocumentButton
        label={words.excel}
        what={words.excelWhat}
        lang={lang}
        disabled={!period}
        make={async () => {
          const f = await files()
          return makeWorkbook({
            ...common,
            table: f.table,
            targets: f.targets,
            period: f.period,
            datasetLabel,
            attention: (p) => (p === f.period ? f.attention : null),
          })
        }}
      />
    </>
  )
}
