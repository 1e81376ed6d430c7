import { YearIndicatorsPanel } from '../../../components/chart/year-indicators-panel.tsx'
import { useMessages } from '../../../lib/use-messages.ts'
import { HIGHTECH_SERIES } from '../lib/hightech-series.ts'

export function HightechPanel() {
  const t = useMessages()
  return (
    <YearIndicatorsPanel
      title={t.hightechTitle}
      subject={t.hightechSubject}
      series={HIGHTECH_SERIES}
    />
  )
}
