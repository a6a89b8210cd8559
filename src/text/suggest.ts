/**
 * Spelling suggestions by edit distance, never by a scan of the dictionary.
 * Words one edit away: every string one edit from the unknown word (a letter
 * dropped, swapped with the next, changed or added: about 55 per letter) is
 * looked up in the dictionary (a sorted word list, by bisection). Words two edits away, looked for
 * only when none is one away: a symmetric deletion index (the SymSpell idea)
 * files each dictionary word under each string one deletion away, and each
 * of those edits, with its own deletions, is looked up there. The index is
 * built per word length, for the lengths a query needs, on first need.
 * Candidates are checked with the optimal string alignment distance (a swap
 * of two neighbouring letters counts as one edit, as typists make it) and
 * ordered: nearest first, then a reordering of the same letters, then the
 * more common word.
 */

export interface Suggestion {
  word: string
  distance: number
}

function deletions(word: string): string[] {
  const found = new Set<string>()
  for (let index = 0; index < word.length; index++) found.add(word.slice(0, index) + word.slice(index + 1))
  return [...found]
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

/** What the suggester asks of a word list. */
export interface WordSet extends Iterable<string> {
  has(word: string): boolean
}

export class Suggester {
  private readonly words: WordSet
  /** Dictionary words by length, grouped on the first two-edit query. */
  private byLength: Map<number, string[]> | undefined
  /** Per word length n: each word of that length less one letter → the words. */
  private readonly buckets = new Map<number, Map<string, string | string[]>>()

  constructor(
    /** A set (or WordList) is used as it is, not copied: the dictionary holds over 100,000 words. */
    words: WordSet | Iterable<string>,
    /** Lower is more common; ties in distance go to the more common word. */
    private readonly rank: (word: string) => number = () => 0
  ) {
    this.words = 'has' in words ? words : new Set(words)
  }

  private wordsOfLength(length: number): readonly string[] {
    if (!this.byLength) {
      this.byLength = new Map()
      for (const word of this.words) {
        let list = this.byLength.get(word.length)
        if (!list) this.byLength.set(word.length, (list = []))
        list.push(word)
      }
    }
    return this.byLength.get(length) ?? []
  }

  private bucket(length: number): Map<string, string | string[]> {
    let bucket = this.buckets.get(length)
    if (bucket) return bucket
    bucket = new Map()
    for (const word of this.wordsOfLength(length)) {
      for (let index = 0; index < word.length; index++) {
        if (index > 0 && word[index] === word[index - 1]) continue // "ll" less one "l" once
        const key = word.slice(0, index) + word.slice(index + 1)
        const filed = bucket.get(key)
        if (filed === undefined) bucket.set(key, word)
        else if (typeof filed === 'string') bucket.set(key, [filed, word])
        else filed.push(word)
      }
    }
    this.buckets.set(length, bucket)
    return bucket
  }

  /** Words within one edit of `word`, and some two away: `word` or one of its deletions is the word less at most one letter. */
  private near(word: string, into: Set<string>): void {
    for (const key of [word, ...deletions(word)]) {
      if (this.words.has(key)) into.add(key)
      const filed = this.bucket(key.length + 1).get(key)
      if (typeof filed === 'string') into.add(filed)
      else if (filed) for (const candidate of filed) into.add(candidate)
    }
  }

  /**
   * Dictionary words within `maxDistance` (1 or 2) edits, nearest, then same
   * letters reordered, then most common first. Words two edits away are
   * looked for only when none is one edit away.
   */
  suggest(word: string, maxDistance = 2, limit = 5): Suggestion[] {
    const variants = edits(word)
    const candidates = new Set([...variants].filter((variant) => this.words.has(variant)))
    let found = this.measure(word, candidates, 1)
    if (found.length === 0 && maxDistance > 1) {
      this.near(word, candidates)
      for (const variant of variants) this.near(variant, candidates)
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
