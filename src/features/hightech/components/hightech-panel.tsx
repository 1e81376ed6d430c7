import { YearIndicatorsPanel } from '../../../components/chart/year-indicators-panel.tsx'
import { useStrings } from '../../../lib/i18n/use-messages.ts'
import { HIGHTECH_SERIES } from '../lib/hightech-series.ts'
import { HIGHTECH_MESSAGES } from '../messages.ts'

export function HightechPanel() {
  const t = useStrings(HIGHTECH_MESSAGES)
  return <YearIndicatorsPanel title={t.title} subject={t.subject} series={HIGHTECH_SERIES} />
}
