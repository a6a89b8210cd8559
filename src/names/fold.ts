/**
 * Fold a name for comparison: no diacritics, lowercase, letters that NFD does
 * not decompose mapped by hand (ł, ø, ß …), apostrophes and dots dropped, and
 * invisible format characters (a soft hyphen, a zero-width space) too.
 * "Radosław" and "Radoslaw" fold alike: both spellings are correct.
 */
import {doubleMetaphone} from 'double-metaphone'
import {memoised} from '../memo.js'

const LETTERS: Record<string, string> = {ł: 'l', ø: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', æ: 'ae', œ: 'oe', ħ: 'h'}

const foldedOf = memoised(foldUncached, 200_000)

export function fold(text: string): string {
  // Plain ASCII letters, spaces and hyphens: only the case changes, and a memo would cost more.
  if (/^[A-Za-z -]*$/.test(text)) return text.toLowerCase()
  return foldedOf(text)
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .toLowerCase()
    .replace(/[łøßđðþıæœħ]/g, (letter) => LETTERS[letter]!)
    .replace(/[.'’ʼ`]/g, '')
    .replace(/[‐‑–—]/g, '-')
}

/** Double Metaphone codes of a folded word, memoised. */
export const phoneticCodes = memoised((word): readonly [string, string] => doubleMetaphone(word) as [string, string], 200_000)
