import { YearIndicatorsPanel } from '../../../components/chart/year-indicators-panel.tsx'
import { useMessages } from '../../../lib/use-messages.ts'
import { INVESTMENT_SERIES } from '../lib/investment-series.ts'

export function InvestmentPanel() {
  const t = useMessages()
  return (
    <YearIndicatorsPanel
      title={t.investmentTitle}
      subject={t.investmentSubject}
      series={INVESTMENT_SERIES}
    />
  )
}
