import { YearIndicatorsPanel } from '../../../components/chart/year-indicators-panel.tsx'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { INVESTMENT_SERIES } from '../lib/investment-series.ts'
import { INVESTMENT_MESSAGES } from '../messages.ts'

export function InvestmentPanel() {
  const t = useStrings(INVESTMENT_MESSAGES)
  return <YearIndicatorsPanel title={t.title} subject={t.subject} series={INVESTMENT_SERIES} />
}
