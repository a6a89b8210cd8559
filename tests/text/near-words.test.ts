import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {englishWords, nearEnglishWords} from '../../src/text/dictionary.js'
import {NearWords} from '../../src/text/near-words.js'
import {osaDistance, Suggester, type Suggestion, type WordSet} from '../../src/text/suggest.js'
import {wordRank} from '../../src/text/word-rank.js'

/**
 * The suggester as it was before the two-edit index was built ahead (issue
 * 18), kept as the reference the new one must answer as: its deletion index
 * was built per word length, in memory, on first need.
 */
class ReferenceSuggester {
  private readonly words: WordSet
  private byLength: Map<number, string[]> | undefined
  private readonly buckets = new Map<number, Map<string, string | string[]>>()

  constructor(
    words: WordSet | Iterable<string>,
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
        if (index > 0 && word[index] === word[index - 1]) continue
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

  private near(word: string, into: Set<string>): void {
    for (const key of [word, ...deletions(word)]) {
      if (this.words.has(key)) into.add(key)
      const filed = this.bucket(key.length + 1).get(key)
      if (typeof filed === 'string') into.add(filed)
      else if (filed) for (const candidate of filed) into.add(candidate)
    }
  }

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
      if (candidate === word || Math.abs(candidate.length - word.length) > maxDistance || !/^[\p{Ll}'-]+$/u.test(candidate)) continue
      const distance = osaDistance(word, candidate)
      if (distance <= maxDistance) found.push({word: candidate, distance})
    }
    return found
  }
}

function deletions(word: string): string[] {
  const found = new Set<string>()
  for (let index = 0; index < word.length; index++) found.add(word.slice(0, index) + word.slice(index + 1))
  return [...found]
}

function swapped(a: string, b: string): number {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('') ? 1 : 0
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz'-"

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

/** A word changed by random edits: letters dropped, added, changed or swapped, some outside the suggester's alphabet. */
function edited(words: readonly string[], letters: string, maxLength: number): fc.Arbitrary<string> {
  const edit = fc.record({kind: fc.constantFrom('drop', 'add', 'change', 'swap'), at: fc.nat(), letter: fc.constantFrom(...letters)})
  const apply = (word: string, {kind, at, letter}: {kind: string; at: number; letter: string}) => {
    const index = at % (word.length + 1)
    const head = word.slice(0, index)
    const tail = word.slice(index)
    if (kind === 'add') return head + letter + tail
    if (kind === 'drop') return head + tail.slice(1)
    if (kind === 'change') return head + letter + tail.slice(1)
    return tail.length > 1 ? head + tail[1] + tail[0] + tail.slice(2) : word
  }
  return fc
    .tuple(fc.constantFrom(...words), fc.array(edit, {minLength: 1, maxLength: 3}))
    .map(([word, changes]) => changes.reduce(apply, word))
    .filter((word) => word.length <= maxLength)
}

describe('the two-edit index', () => {
  it('answers for the dictionary exactly as the suggester it replaced', () => {
    const dictionary = englishWords()
    const suggester = new Suggester(dictionary, wordRank, nearEnglishWords)
    const reference = new ReferenceSuggester(dictionary, wordRank)
    const same = (word: string) => expect(suggester.suggest(word, 2, 10), word).toEqual(reference.suggest(word, 2, 10))
    // The words of issue 18, each with no dictionary word one edit away; a misspelling; accents.
    for (const word of ['fentanyl', 'timeframe', 'lockdowns', 'govrnmnt', 'cafè', 'aperçuu', 'xqzv']) same(word)
    const words = [...dictionary].filter((word) => word.length <= 16)
    fc.assert(
      fc.property(edited(words, `${ALPHABET}éçüBK`, 30), (word) => {
        same(word)
      }),
      {numRuns: 120, seed: 18}
    )
  }, 300_000)

  it('answers for any small word list exactly as the suggester it replaced', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'é', "'", 'K'), minLength: 1, maxLength: 7})
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 40}), fc.array(word, {maxLength: 10}), (words, queries) => {
        const suggester = new Suggester(words)
        const reference = new ReferenceSuggester(words)
        for (const query of queries) expect(suggester.suggest(query, 2, 10), query).toEqual(reference.suggest(query, 2, 10))
      }),
      {numRuns: 500}
    )
  })

  it('gives each key the words that are the key or the key with one letter added, and so for its deletions', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'é', '-', '𝒜'), minLength: 1, maxLength: 6})
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 80}), fc.array(word, {maxLength: 20}), (words, queries) => {
        const set = new Set(words)
        const index = NearWords.from(NearWords.build(set), set)
        const oneShorter = (long: string, key: string) => long.length === key.length + 1 && Array.from({length: long.length}, (_, at) => long.slice(0, at) + long.slice(at + 1)).includes(key)
        const near = (key: string) => [...set].filter((one) => one === key || oneShorter(one, key))
        for (const key of [...queries, ...words.map((one) => one.slice(1))]) {
          const found = new Set<string>()
          index.addTo(key, found)
          expect([...found].sort(), key).toEqual(near(key).sort())
          // And for the key and its deletions at once, after keys of other lengths.
          const withDeletions = new Set<string>()
          index.addWithDeletionsTo(key, withDeletions)
          const deletions = Array.from({length: key.length}, (_, at) => key.slice(0, at) + key.slice(at + 1))
          expect([...withDeletions].sort(), key).toEqual([...new Set([key, ...deletions].flatMap(near))].sort())
        }
      }),
      {numRuns: 500}
    )
  })

  it('refuses bytes that are not a whole index, and words it cannot file', () => {
    const words = new Set(['lockdown', 'lockdowns', 'timeframe'])
    const bytes = NearWords.build(words)
    expect(() => NearWords.from(bytes.subarray(0, 8), words)).toThrow('near-words index: truncated')
    expect(() => NearWords.from(bytes.subarray(0, bytes.length - 2), words)).toThrow('near-words index: damaged')
    const foreign = bytes.slice()
    foreign[0] = foreign[0]! ^ 1
    expect(() => NearWords.from(foreign, words)).toThrow('near-words index: damaged')
    // An unaligned copy (as a small buffer from a shared pool may be) reads the same.
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1)
    unaligned.set(bytes)
    const found = new Set<string>()
    NearWords.from(unaligned, words).addTo('lockdown', found)
    expect([...found].sort()).toEqual(['lockdown', 'lockdowns'])
    expect(() => NearWords.build(['a'.repeat(64)])).toThrow('near-words index: a word of more than 63 letters')
  })
})
