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

/** The cached numbers of a chart part's series, in order: <c:ser> → its <c:val> points. */
export function chartValues(xml: string): (number | null)[][] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)?.[1] ?? ''
    const count = Number(/<c:ptCount val="(\d+)"/.exec(val)?.[1] ?? 0)
    const values: (number | null)[] = Array.from({ length: count }, () => null)
    for (const [, idx, v] of val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g))
      values[Number(idx)] = Number(v)
    return values
  })
}

/** The text of a WordprocessingML or DrawingML part: its runs joined. */
export function partText(xml: string): string {
  return [...xml.matchAll(/<(?:w|a):t(?: [^>]*)?>([^<]*)<\/(?:w|a):t>/g)].map((m) => m[1]).join('')
}
