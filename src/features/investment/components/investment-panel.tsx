import { YearIndicatorsPanel } from '../../../components/chart/year-indicators-panel.tsx'
import { usePanelMessages } from '../../../lib/i18n/panel-messages.ts'
import { INVESTMENT_SERIES } from '../lib/investment-series.ts'

export function InvestmentPanel() {
  const t = usePanelMessages()
  return (
    <YearIndicatorsPanel
      title={t.investmentTitle}
      subject={t.investmentSubject}
      series={INVESTMENT_SERIES}
    />
  )
}
