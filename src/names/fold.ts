/**
 * Fold a name for comparison: no diacritics, lowercase, letters that NFD does
 * not decompose mapped by hand (ł, ø, ß …), apostrophes and dots dropped.
 * "Radosław" and "Radoslaw" fold alike: both spellings are correct.
 */
const LETTERS: Record<string, string> = {ł: 'l', ø: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', æ: 'ae', œ: 'oe', ħ: 'h'}

export function fold(text: string): string {
  if (/^[a-z-]*$/i.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøßđðþıæœħ]/g, (letter) => LETTERS[letter]!)
    .replace(/[.'’ʼ`]/g, '')
    .replace(/[‐‑–—]/g, '-')
}

/** Whether two spellings differ only in diacritics. */
export function sameExceptDiacritics(a: string, b: string): boolean {
  return a !== b && fold(a) === fold(b)
}
