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
 * A label in lines of at most `maxEms`: Latin text breaks between words, Chinese between
 * characters. A single word longer than a line keeps its own line.
 */
export function wrapLines(text: string, maxEms: number): string[] {
  const pieces = /[\u2e80-\uffff]/.test(text)
    ? [...text.matchAll(/[^\s]/gu)].map((m) => m[0])
    : text.split(/(?<=\s)/)
  const lines: string[] = []
  let line = ''
  for (const piece of pieces) {
    if (line && textEms(line + piece) > maxEms) {
      lines.push(line.trimEnd())
      line = piece.trimStart()
    } else line += piece
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}
