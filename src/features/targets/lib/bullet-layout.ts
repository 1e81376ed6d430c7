import { textEms, wrapLines } from '../../../components/chart/text-width.ts'

/** One bar: the figure (a growth rate, or the share of the plan done) and the line it is read against, in %. */
export interface Bullet {
  label: string
  value: number
  line: number
  /** What the bar says beside it: "4.2%（1-12月） · 目标5% ✘ 未达". */
  text: string
  /** The series colour of its region when regions are compared (a compared one: 1, 2 …). */
  tone?: number
}

/** A text drawn in lines, each at its baseline. */
export interface DrawnText {
  x: number
  y: number
  /** The baseline of each line after the first, this much below the one before. */
  lineHeight: number
  anchor: 'start' | 'end'
  lines: string[]
}

export interface BulletRow {
  label: DrawnText
  bar: { x: number; y: number; width: number; height: number }
  /** The target (or 序时进度) across the bar. */
  mark: { x: number; y1: number; y2: number }
  text: DrawnText
}

export interface BulletLayout {
  width: number
  height: number
  /** The zero line: across all the bars where the labels are in a column of their own, else through each bar. */
  zero: { x: number; y1: number; y2: number }[]
  rows: BulletRow[]
}

/** A row, the bars' span and the gaps, in multiples of the font size: the picture scales with it. */
const ROW_EMS = 3.3
const BAR_EMS = 32
const PAD_EMS = 0.9
/** The narrowest bar span worth drawing beside its labels; narrower, the text goes under the bars. */
const MIN_BAR_EMS = 8
/** Where the text goes under its bar (a phone), the band the bar is drawn in. */
const UNDER_ROW_EMS = 2.2
const LINE_EMS = 1.3

/**
 * Where each bar, mark and text of the targets' bullet bars goes, in px of a drawing `width`
 * wide (the width the picture gets on the screen, drawn there at scale 1), or at the picture's
 * natural width when it is not known (a slide, scaled to fit its box). Three arrangements:
 * each label in a column left of its bar and its text beside the bar (the desk); each label
 * above its bar (`stacked`, slides); where the text beside a bar leaves it too short (a phone),
 * each label above its bar and its text under it, both in lines of the width.
 */
export function bulletLayout(
  bullets: readonly Bullet[],
  fontSize: number,
  stacked: boolean,
  width?: number,
): BulletLayout {
  const [ROW, PAD, LINE] = [ROW_EMS, PAD_EMS, LINE_EMS].map((ems) => ems * fontSize) as [
    number,
    number,
    number,
  ]
  const values = bullets.flatMap((b) => [b.value, b.line])
  const low = Math.min(0, ...values)
  const high = Math.max(1, ...values) * 1.1
  const share = (v: number) => (v - low) / (high - low)
  const textWidth = (text: string) => textEms(text) * fontSize
  const labelColumn = stacked ? 0 : Math.max(...bullets.map((b) => textWidth(b.label))) + PAD

  // The bars' span beside the labels: as long as the desk's, or what the width leaves beside
  // the longest text (each text starts where its bar or mark ends).
  const room = bullets.map((b) => {
    const free = (width ?? Infinity) - labelColumn - PAD - textWidth(b.text)
    const end = share(Math.max(b.value, b.line))
    return end > 0 ? free / end : free >= 0 ? Infinity : -Infinity
  })
  const span = Math.min(BAR_EMS * fontSize, (width ?? Infinity) - labelColumn - PAD, ...room)
  const labelsFit =
    !stacked || width === undefined || bullets.every((b) => PAD + textWidth(b.label) <= width)
  if (width === undefined || (span >= MIN_BAR_EMS * fontSize && labelsFit)) {
    const head = stacked ? fontSize * 1.4 : 0
    const x = (v: number) => labelColumn + share(v) * span
    const natural = Math.max(
      ...bullets.map((b) => x(Math.max(b.value, b.line)) + PAD + textWidth(b.text)),
      ...(stacked ? bullets.map((b) => PAD + textWidth(b.label)) : []),
      labelColumn + span + PAD,
    )
    const height = bullets.length * (head + ROW) + PAD * 2
    return {
      width: width ?? natural,
      height,
      zero: stacked ? [] : [{ x: x(0), y1: PAD / 2, y2: height - PAD / 2 }],
      rows: bullets.map((b, i) => {
        const top = PAD + i * (head + ROW)
        const y = top + head
        const middle = y + ROW / 2 + fontSize * 0.35
        return {
          label: stacked
            ? { x: 0, y: top + fontSize, lineHeight: LINE, anchor: 'start', lines: [b.label] }
            : {
                x: labelColumn - PAD,
                y: middle,
                lineHeight: LINE,
                anchor: 'end',
                lines: [b.label],
              },
          bar: {
            x: Math.min(x(0), x(b.value)),
            y: y + ROW / 4,
            width: Math.abs(x(b.value) - x(0)),
            height: ROW / 2,
          },
          mark: { x: x(b.line), y1: y + ROW / 10, y2: y + ROW - ROW / 10 },
          text: {
            x: x(Math.max(b.value, b.line)) + PAD / 2,
            y: middle,
            lineHeight: LINE,
            anchor: 'start',
            lines: [b.text],
          },
        }
      }),
    }
  }

  // Under its bar: the bars span the width (less the mark's stroke), label and text in lines.
  const band = UNDER_ROW_EMS * fontSize
  const x = (v: number) => share(v) * (width - fontSize / 5)
  const ems = width / fontSize
  let top = PAD
  const rows = bullets.map((b): BulletRow => {
    const label = wrapLines(b.label, ems)
    const text = phraseLines(b.text, ems)
    const labelTop = top
    const y = top + label.length * LINE
    top = y + band + text.length * LINE + PAD
    return {
      label: { x: 0, y: labelTop + fontSize, lineHeight: LINE, anchor: 'start', lines: label },
      bar: {
        x: Math.min(x(0), x(b.value)),
        y: y + band / 4,
        width: Math.abs(x(b.value) - x(0)),
        height: band / 2,
      },
      mark: { x: x(b.line), y1: y + band / 10, y2: y + band - band / 10 },
      text: { x: 0, y: y + band + fontSize, lineHeight: LINE, anchor: 'start', lines: text },
    }
  })
  return {
    width,
    height: top + PAD,
    zero: rows.map(({ mark }) => ({ x: x(0), y1: mark.y1, y2: mark.y2 })),
    rows,
  }
}

/**
 * A bar's text in lines of at most `ems`, broken between its phrases ("4.2%（1-12月） · 目标5%
 * ✘ 未达": the figure, the line and the status) where it can be, within a phrase where it must.
 */
function phraseLines(text: string, ems: number): string[] {
  const lines: string[] = []
  for (const phrase of text.split(' · ')) {
    const last = lines.at(-1)
    if (last !== undefined && textEms(`${last} · ${phrase}`) <= ems)
      lines[lines.length - 1] = `${last} · ${phrase}`
    else lines.push(...wrapLines(phrase, ems))
  }
  return lines
}
