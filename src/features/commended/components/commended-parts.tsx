import type { ChartSeries } from '../../../components/chart/chart-series.ts'
import { LazySeriesChart } from '../../../components/chart/lazy-chart.tsx'
import type { Catalog } from '../../../domain/catalog.ts'
import { regionName } from '../../../lib/format/names.ts'
import type { Lang } from '../../../lib/i18n/lang.ts'
import type { ChartColors } from '../../../lib/theme.ts'
import type { Commended } from '../lib/build-commended.ts'
import { COMMENDED_CITIES } from '../lib/commended-period.ts'
import type { CommendedMessages } from '../messages.ts'

/** The two cities as the chart's series: bars across, in the series colours, in %. */
export function commendedSeries(catalog: Catalog, lang: Lang, colors: ChartColors): ChartSeries[] {
  return COMMENDED_CITIES.map((code, i) => ({
    key: code,
    label: regionName(catalog.region.get(code)!, lang, true),
    color: colors.series[i] ?? colors.muted,
    type: 'bar' as const,
    unit: '%',
  }))
}

/**
 * The growth rates of the two cities as bars across, each with its figure, "—" where a city
 * published none: the panel's chart and the commended slide's.
 */
export function CommendedChart({
  commended,
  series,
  colors,
  lang,
  height,
  missing,
  fontSize,
}: {
  commended: Commended
  series: ChartSeries[]
  colors: ChartColors
  lang: Lang
  height: number
  missing: string
  fontSize?: number
}) {
  return (
    <LazySeriesChart
      rows={commended.rows}
      series={series}
      colors={colors}
      lang={lang}
      height={height}
      leftUnit="%"
      missing={missing}
      layout="vertical"
      {...(fontSize ? { fontSize } : {})}
    />
  )
}

const HEADLINE = 'iva_above_scale_yoy_pct'

const SIZES = {
  panel: { text: 'text-sm', cell: 'py-1', figure: 'whitespace-nowrap' },
  // On a phone's narrow canvas an amount's unit goes under its number ("109.057 / billion
  // yuan"): on one line the two cities' amounts were wider than the screen.
  slide: {
    text: 'text-[1.5rem] leading-snug',
    cell: 'py-[0.3rem]',
    figure: 'whitespace-nowrap @max-3xl:whitespace-normal',
  },
}

/**
 * The recovery from 1-2月 to 1-12月 in words, where two figures were published: all of them, or
 * (a slide, short of room) the headline's, 规模以上工业增加值累计增速.
 */
export function CommendedRecoveries({
  commended,
  size = 'panel',
}: {
  commended: Commended
  size?: keyof typeof SIZES
}) {
  const shown =
    size === 'slide'
      ? commended.recoveries.filter((r) => r.indicator === HEADLINE)
      : commended.recoveries
  return (
    <ul className={`list-disc pl-[1.25em] ${SIZES[size].text}`}>
      {shown.map(({ text }) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  )
}

/**
 * What the chart does not draw: the other figures (shares, the contribution rate, amounts, a
 * count) with their units, "—" where a city has none.
 */
export function CommendedOthers({
  commended,
  catalog,
  lang,
  t,
  size = 'panel',
}: {
  commended: Commended
  catalog: Catalog
  lang: Lang
  t: CommendedMessages & { indicatorColumn: string; missing: string }
  size?: keyof typeof SIZES
}) {
  const cities = COMMENDED_CITIES.map((code) => catalog.region.get(code)!)
  const sizes = SIZES[size]
  return (
    <table className={`w-full self-start ${sizes.text}`}>
      <caption className="mb-1 text-left font-medium">{t.others}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left font-medium">
            {t.indicatorColumn}
          </th>
          {cities.map((city) => (
            <th key={city.code} scope="col" className="text-right font-medium">
              {regionName(city, lang, true)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {commended.others.map((row) => (
          <tr key={row.indicator} className="border-t border-slate-200 dark:border-slate-700">
            <th scope="row" className={`${sizes.cell} text-left font-normal`}>
              {row.name}
            </th>
            {row.values.map((value, i) => (
              <td
                key={cities[i]!.code}
                className={`${sizes.cell} pl-[0.75em] text-right tabular-nums ${sizes.figure}`}
              >
                {value ?? (
                  <>
                    —<span className="sr-only">{t.missing}</span>
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
