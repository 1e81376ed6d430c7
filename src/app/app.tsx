import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { manifestQuery, observationsQuery } from '../lib/api.ts'
import { formatValue } from '../lib/format.ts'
import { ObservationTable } from '../lib/observations.ts'
import { formatPeriod } from '../lib/period.ts'
import { createQueryClient } from '../lib/query-client.ts'
import type { Manifest } from '../schemas/manifest.ts'

function GuangzhouFigure({ manifest }: { manifest: Manifest }) {
  const file = useQuery(observationsQuery(manifest, 'official', 2019))
  if (file.isError) return <p role="alert">{file.error.message}</p>
  const figure = file.data
    ? new ObservationTable([file.data]).get('guangzhou', '2019-12', 'iva_above_scale_yoy_pct')
    : undefined
  return (
    <p>
      广州 {formatPeriod('2019-12', 'zh')} 规上工业增加值增速：
      {figure ? formatValue(figure.value, figure.decimals, 'pct', 'zh').text : '—'}
    </p>
  )
}

function FirstScreen() {
  const manifest = useQuery(manifestQuery())
  if (manifest.isError) return <p role="alert">{manifest.error.message}</p>
  if (!manifest.data) return <p>加载中…</p>
  return (
    <main className="p-6">
      <h1 className="text-2xl font-bold">广东工业“三稳”监测</h1>
      <ul>
        {manifest.data.datasets.map((d) => (
          <li key={d.id}>
            {d.label.zh} · 数据截至 {d.dataAsOf ? formatPeriod(d.dataAsOf, 'zh') : '—'}
          </li>
        ))}
      </ul>
      <GuangzhouFigure manifest={manifest.data} />
    </main>
  )
}

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <FirstScreen />
    </QueryClientProvider>
  )
}
