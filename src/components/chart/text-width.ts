/**
 * The width of a text in ems, on the safe side: a CJK character is an em wide, anything else
 * at most ~0.68 em in the fonts the app lists (digits and most letters are narrower).
 */
export function textEms(text: string): number {
  let ems = 0
  for (const char of text) ems += char.charCodeAt(0) > 0x2e80 ? 1 : 0.68
  return ems
}

/**
 * The pieces a line may break between: a CJK character, a word with the spaces after it, or the
 * part of a word up to a hyphen between letters ("Technical-" / "transformation").
 */
const PIECES = /[\u2e80-\uffff]|[^\s\u2e80-\uffff]*?\p{L}-(?=\p{L})|[^\s\u2e80-\uffff]+\s*|\s+/gu

/**
 * A text in lines that each `fit`: Latin text breaks between words, Chinese between characters,
 * and a word is never split (#29: a PNG's source line read "no / t statistics") unless it is
 * longer than a whole line on its own (an address), which is cut where it must be.
 */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  const breakLine = () => {
    if (line.trim()) lines.push(line.trimEnd())
    line = ''
  }
  for (const piece of text.match(PIECES) ?? []) {
    if (fits((line + piece).trimEnd())) {
      if (line || piece.trim()) line += piece
      continue
    }
    breakLine()
    const word = piece.trimEnd()
    for (const char of word) {
      if (line && !fits(line + char)) breakLine()
      line += char
    }
    if (line) line += piece.slice(word.length)
  }
  breakLine()
  return lines
}

/** A label in lines of at most `maxEms` (see wrapText). */
export function wrapLines(text: string, maxEms: number): string[] {
  return wrapText(text, (line) => textEms(line) <= maxEms)
}
