/** CSV and PNG downloads of what a panel shows, with title, unit, period and source on them. */
import { wrapText } from './text-width.ts'

/** A cell a spreadsheet would run as a formula (=, +, -, @ …) is kept as text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; the metadata rows
 * (title, unit, period, source, dataset) come first, then a blank line and the table.
 */
export function buildCsv(meta: [string, string][], header: string[], rows: string[][]): string {
  const lines = [...meta.map(([key, value]) => [key, value]), [], header, ...rows]
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: the download starts asynchronously.
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 10_000)
}

export function fileName(parts: string[], extension: string): string {
  const base = parts
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 120)
  return `${base}.${extension}`
}

export interface PngText {
  title: string
  /** Unit and period, under the title. */
  subtitle: string
  legend: { label: string; color: string; dashed?: boolean; dotted?: boolean }[]
  /** Source, dataset and, for demo data, the synthetic label. */
  footer: string[]
}

const SCALE = 2
const FONT_FAMILY = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
const MARGIN = 16

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapText(text, (line) => context.measureText(line).width <= width)
}

type LegendItem = PngText['legend'][number]

/** Legend entries placed left to right, wrapping to a new row when the width is used up. */
function layoutLegend(
  context: CanvasRenderingContext2D,
  legend: LegendItem[],
  width: number,
): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = []
  let row: { item: LegendItem; x: number }[] = []
  let x = MARGIN
  for (const item of legend) {
    const size = 30 + context.measureText(item.label).width
    if (row.length > 0 && x + size > MARGIN + width) {
      rows.push(row)
      row = []
      x = MARGIN
    }
    row.push({ item, x })
    x += size
  }
  if (row.length > 0) rows.push(row)
  return rows
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => {
      resolve(image)
    }
    image.onerror = () => {
      reject(new Error('the chart could not be drawn as an image'))
    }
    image.src = url
  })
}

/**
 * The chart's SVG drawn on a canvas with its title, unit, period and source burnt in, as PNG.
 * The SVG carries its colours as attributes, so it looks the same outside the page.
 */
export async function chartPng(
  svg: SVGSVGElement,
  text: PngText,
  colors: { background: string; foreground: string; muted: string },
): Promise<Blob> {
  const box = svg.getBoundingClientRect()
  const width = Math.ceil(box.width) + 2 * MARGIN
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('width', String(Math.ceil(box.width)))
  clone.setAttribute('height', String(Math.ceil(box.height)))
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  // An SVG drawn as an image does not inherit the page's fonts.
  clone.setAttribute('font-family', FONT_FAMILY)
  const svgUrl = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }),
  )
  try {
    const image = await loadImage(svgUrl)
    const canvas = document.createElement('canvas')
    const measure = canvas.getContext('2d')
    if (!measure) throw new Error('no canvas available')
    const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`
    measure.font = font(12)
    const footer = text.footer.flatMap((line) => wrap(measure, line, width - 2 * MARGIN))
    measure.font = font(13)
    const legendRows = layoutLegend(measure, text.legend, width - 2 * MARGIN)
    const top = MARGIN + 44 + legendRows.length * 20
    const height = top + Math.ceil(box.height) + 8 + footer.length * 16 + MARGIN
    canvas.width = width * SCALE
    canvas.height = height * SCALE
    const context = canvas.getContext('2d')!
    context.scale(SCALE, SCALE)
    context.fillStyle = colors.background
    context.fillRect(0, 0, width, height)
    context.textBaseline = 'top'
    context.fillStyle = colors.foreground
    context.font = font(18, 600)
    context.fillText(text.title, MARGIN, MARGIN)
    context.fillStyle = colors.muted
    context.font = font(13)
    context.fillText(text.subtitle, MARGIN, MARGIN + 26)
    // The page's legend is HTML outside the SVG: draw it again here.
    legendRows.forEach((row, line) => {
      const y = MARGIN + 46 + line * 20
      for (const { item, x } of row) {
        context.strokeStyle = item.color
        context.lineWidth = 3
        context.setLineDash(item.dashed ? [5, 3] : item.dotted ? [2, 3] : [])
        context.beginPath()
        context.moveTo(x, y + 7)
        context.lineTo(x + 18, y + 7)
        context.stroke()
        context.fillStyle = colors.foreground
        context.fillText(item.label, x + 22, y)
      }
    })
    context.setLineDash([])
    context.drawImage(image, MARGIN, top, box.width, box.height)
    context.font = font(12)
    context.fillStyle = colors.muted
    footer.forEach((line, i) => {
      context.fillText(line, MARGIN, top + box.height + 8 + i * 16)
    })
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob)
        else reject(new Error('the image could not be encoded'))
      }, 'image/png')
    })
  } finally {
    URL.revokeObjectURL(svgUrl)
  }
}
