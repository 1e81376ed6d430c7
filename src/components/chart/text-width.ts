/** The width of a text in ems, roughly: a CJK character is an em wide, anything else ~0.62 em. */
export function textEms(text: string): number {
  let ems = 0
  for (const char of text) ems += char.charCodeAt(0) > 0x2e80 ? 1 : 0.62
  return ems
}
