/**
 * Fold a name for comparison: no diacritics, lowercase, letters that NFD does
 * not decompose mapped by hand (ł, ø, ß …), apostrophes and dots dropped.
 * "Radosław" and "Radoslaw" fold alike: both spellings are correct.
 */
import {doubleMetaphone} from 'double-metaphone'

const LETTERS: Record<string, string> = {ł: 'l', ø: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', æ: 'ae', œ: 'oe', ħ: 'h'}

const folded = new Map<string, string>()

export function fold(text: string): string {
  // Plain ASCII letters, spaces and hyphens: only the case changes, and a memo would cost more.
  if (/^[A-Za-z -]*$/.test(text)) return text.toLowerCase()
  let found = folded.get(text)
  if (found === undefined) {
    found = foldUncached(text)
    if (folded.size > 200_000) folded.clear()
    folded.set(text, found)
  }
  return found
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøßđðþıæœħ]/g, (letter) => LETTERS[letter]!)
    .replace(/[.'’ʼ`]/g, '')
    .replace(/[‐‑–—]/g, '-')
}

const codes = new Map<string, readonly [string, string]>()

/** Double Metaphone codes of a folded word, memoised. */
export function phoneticCodes(word: string): readonly [string, string] {
  let found = codes.get(word)
  if (found === undefined) {
    found = doubleMetaphone(word) as [string, string]
    if (codes.size > 200_000) codes.clear()
    codes.set(word, found)
  }
  return found
}
