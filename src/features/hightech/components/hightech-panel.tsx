import { YearIndicatorsPanel } from '../../../components/chart/year-indicators-panel.tsx'
import { usePanelMessages } from '../../../lib/i18n/panel-messages.ts'
import { HIGHTECH_SERIES } from '../lib/hightech-series.ts'

export function HightechPanel() {
  const t = usePanelMessages()
  return (
    <YearIndicatorsPanel
      title={t.hightechTitle}
      subject={t.hightechSubject}
      series={HIGHTECH_SERIES}
    />
  )
}
