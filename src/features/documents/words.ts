/** The period's two documents, as their buttons say (the buttons and their placeholders). */
export const PERIOD_DOCUMENT_WORDS = {
  zh: {
    word: '下载通报（Word）',
    wordWhat: '通报（Word）',
    excel: '下载本期数据（Excel）',
    excelWhat: '本期数据（Excel）',
  },
  en: {
    word: 'Download the bulletin (Word)',
    wordWhat: 'The bulletin (Word)',
    excel: 'Download the period (Excel)',
    excelWhat: 'The period’s workbook (Excel)',
  },
}
