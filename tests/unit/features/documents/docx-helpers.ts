import path from 'node:path'
import JSZip from 'jszip'

/** The parts of an Office file (a zip): path → text. */
export async function officeParts(bytes: ArrayBuffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'))
  }
  return parts
}

/** The cached points of a <c:numCache> or <c:strCache>: index → text; an empty <c:v> is no value. */
function cachedPoints(xml: string): (string | null)[] {
  const count = Number(/<c:ptCount val="(\d+)"/.exec(xml)?.[1] ?? 0)
  const points: (string | null)[] = Array.from({ length: count }, () => null)
  for (const [, idx, v] of xml.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g))
    points[Number(idx)] = v === '' ? null : v!
  return points
}

/** The cached numbers of a chart part's series, in order: <c:ser> → its <c:val> points. */
export function chartValues(xml: string): (number | null)[][] {
  return chartSeries(xml).map((s) => s.values)
}

export interface CachedSeries {
  name: string
  /** The category labels cached with the series. */
  labels: (string | null)[]
  values: (number | null)[]
  /** The chart group drawing it: barChart, lineChart, …. */
  type: string
  /** The group's axis ids: series on other axes have other ids. */
  axes: string
}

/**
 * A chart part's series as its cache holds them (what Edit Data shows), with the chart group
 * (bar, line) that draws each and that group's axes.
 */
export function chartSeries(xml: string): CachedSeries[] {
  return [...xml.matchAll(/<c:(\w+Chart)>([\s\S]*?)<\/c:\1>/g)].flatMap(([, type, group]) => {
    const axes = [...group!.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]).join(',')
    return [...group!.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
      const part = (tag: string) =>
        new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser!)?.[1] ?? ''
      return {
        name: cachedPoints(part('tx'))[0] ?? '',
        labels: cachedPoints(part('cat')),
        values: cachedPoints(part('val')).map((v) => (v === null ? null : Number(v))),
        type: type!,
        axes,
      }
    })
  })
}

/** The chart parts a slide (or document) part refers to, in the order of its relationships. */
export function chartsOf(parts: Map<string, string>, part: string): string[] {
  const rels = parts.get(part.replace(/([^/]+)$/, '_rels/$1.rels')) ?? ''
  return [...rels.matchAll(/Type="[^"]*\/chart" Target="([^"]+)"/g)].map(([, target]) =>
    target!.startsWith('/')
      ? target!.slice(1)
      : path.posix.normalize(path.posix.join(path.posix.dirname(part), target!)),
  )
}

/** The text of a WordprocessingML or DrawingML part: its runs joined. */
export function partText(xml: string): string {
  return [...xml.matchAll(/<(?:w|a):t(?: [^>]*)?>([^<]*)<\/(?:w|a):t>/g)].map((m) => m[1]).join('')
}
