/**
 * Spelling suggestions by edit distance, never by a scan of the dictionary.
 * Words one edit away: every string one edit from the unknown word (a letter
 * dropped, swapped with the next, changed or added: about 55 per letter) is
 * looked up in the dictionary (a sorted word list, by bisection). Words two edits away, looked for
 * only when none is one away: a symmetric deletion index (the SymSpell idea,
 * src/text/near-words.ts) files each dictionary word under itself and each
 * string one deletion away, and the word, each of its edits and their
 * deletions are looked up there. The index is built once and cached; the
 * process only reads it.
 * Candidates are checked with the optimal string alignment distance (a swap
 * of two neighbouring letters counts as one edit, as typists make it) and
 * ordered: nearest first, then a reordering of the same letters, then the
 * more common word.
 */
import {NearWords, type WordSet} from './near-words.js'

export type {WordSet} from './near-words.js'

/**
 * Longer words get no suggestions. The work grows with the square of the
 * length (every edit, and every deletion of every edit: 50,000 strings at 30
 * letters, 35 million at 800), and so does the risk: an 800-letter word took
 * 51 s. Words this long are glued-together words, web addresses and
 * chemistry, not a misspelling a suggestion would mend; news copy's longest
 * words ("internationalisation", "counterrevolutionaries") are 20 to 22
 * letters.
 */
export const MAX_SUGGESTED_LENGTH = 30

export interface Suggestion {
  word: string
  distance: number
}

/** 1 when `b` has the same letters as `a` in another order ("teh" → "the"): the likeliest typing slip. */
function swapped(a: string, b: string): number {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('') ? 1 : 0
}

/** Optimal string alignment distance (Damerau–Levenshtein without overlapping edits). */
export function osaDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({length: rows}, (_, i) => Array.from({length: cols}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

export class Suggester {
  private readonly words: WordSet
  private nearWords: NearWords | undefined

  constructor(
    /** A set (or WordList) is used as it is, not copied: the dictionary holds over 100,000 words. */
    words: WordSet | Iterable<string>,
    /** Lower is more common; ties in distance go to the more common word. */
    private readonly rank: (word: string) => number = () => 0,
    /** The two-edit index of the same words (the dictionary's is cached); else built from them on first need. */
    private readonly index?: () => NearWords
  ) {
    this.words = 'has' in words ? words : new Set(words)
  }

  /**
   * Adds the words within one edit of each of `words`, and some two away: the word or one of its deletions is the
   * dictionary word less at most one letter.
   */
  private near(words: Iterable<string>, into: Set<string>): void {
    this.nearWords ??= this.index?.() ?? NearWords.from(NearWords.build(this.words), this.words)
    for (const word of words) this.nearWords.addWithDeletionsTo(word, into)
  }

  /**
   * Dictionary words within `maxDistance` (1 or 2) edits, nearest, then same
   * letters reordered, then most common first. Words two edits away are
   * looked for only when none is one edit away. None for a word longer than
   * MAX_SUGGESTED_LENGTH.
   */
  suggest(word: string, maxDistance = 2, limit = 5): Suggestion[] {
    if (word.length > MAX_SUGGESTED_LENGTH) return []
    const variants = edits(word)
    const candidates = new Set([...variants].filter((variant) => this.words.has(variant)))
    let found = this.measure(word, candidates, 1)
    if (found.length === 0 && maxDistance > 1) {
      this.near([word, ...variants], candidates)
      found = this.measure(word, candidates, maxDistance)
    }
    return found
      .sort((a, b) => a.distance - b.distance || swapped(word, b.word) - swapped(word, a.word) || this.rank(a.word) - this.rank(b.word) || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
  }

  private measure(word: string, candidates: ReadonlySet<string>, maxDistance: number): Suggestion[] {
    const found: Suggestion[] = []
    for (const candidate of candidates) {
      // Only lowercase words are suggestions ("OK", "kW" are in the dictionary too).
      if (candidate === word || Math.abs(candidate.length - word.length) > maxDistance || !/^[\p{Ll}'-]+$/u.test(candidate)) continue
      const distance = osaDistance(word, candidate)
      if (distance <= maxDistance) found.push({word: candidate, distance})
    }
    return found
  }
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz'-"

/** Every string one edit from `word`: a letter dropped, swapped with the next, changed or added. */
function edits(word: string): Set<string> {
  const found = new Set<string>()
  for (let index = 0; index <= word.length; index++) {
    const head = word.slice(0, index)
    const tail = word.slice(index)
    if (tail) found.add(head + tail.slice(1))
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of ALPHABET) {
      if (tail) found.add(head + letter + tail.slice(1))
      found.add(head + letter + tail)
    }
  }
  found.delete(word)
  return found
}
