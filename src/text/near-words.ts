/**
 * The spelling suggester's two-edit index: for a string, the dictionary words
 * that are that string, or that string with one letter added (a symmetric
 * deletion index, the SymSpell idea: each word is filed under itself and
 * under each string one deletion away).
 *
 * Built once from the dictionary and cached as bytes (src/text/dictionary.ts),
 * so a process only reads it: 3.2 MB for the 115,000 words. Kept as sorted
 * lines of keys and words, as WordList keeps the dictionary, it would be
 * 19.6 MB, too slow to read for one unknown word. So the keys are not stored:
 * a key is hashed to a bucket, and each of the bucket's entries (two bytes)
 * says where a letter goes into the key and which letter, with four bits of
 * the key's hash to skip most entries filed by other keys. Every word so made
 * is looked up in the dictionary before it is answered, so a hash collision
 * can cost a look-up but never add a word: the answers are exact.
 *
 * Layout, in the platform's byte order (the cache key names it):
 * Uint32 header [MAGIC, bucket bits, entries, alphabet length];
 * Uint16 alphabet, padded to four bytes; Uint32 bucket starts (2^bits + 1);
 * Uint16 entries: position (6 bits, SELF for the word itself), letter (6), hash (4).
 */

/** What the index asks of the dictionary. */
export interface WordSet extends Iterable<string> {
  has(word: string): boolean
}

const MAGIC = 0x4e574931 // "NWI1"
const HEADER = 4
/** An entry's position field for the word filed under itself. */
const SELF = 63
/** The most letters a word, and the alphabet, may have: six bits each. */
const LIMIT = 63
/** About four entries to a bucket: 18 bits (1 MB of starts) for the dictionary's 1.1 million entries. */
const ENTRIES_PER_BUCKET = 4

export class NearWords {
  private constructor(
    private readonly words: WordSet,
    private readonly bits: number,
    private readonly alphabet: string,
    private readonly starts: Uint32Array,
    private readonly entries: Uint16Array
  ) {}

  /** The index of `words`, as bytes. */
  static build(words: Iterable<string>): Uint8Array {
    const list = [...words]
    // Code units, as deletions are made: a letter outside the BMP is two of them.
    const alphabet = [...new Set(list.join('').split(''))].sort().join('')
    if (alphabet.length > LIMIT) throw new RangeError(`near-words index: more than ${LIMIT} letters in the alphabet`)
    const letterOf = new Map(alphabet.split('').map((letter, index) => [letter, index]))
    const filed: number[] = [] // pairs of (hash, entry without its hash bits)
    for (const word of list) {
      if (word.length > LIMIT) throw new RangeError(`near-words index: a word of more than ${LIMIT} letters`)
      filed.push(hashOf(word), SELF << 10)
      for (let index = 0; index < word.length; index++) {
        if (index > 0 && word[index] === word[index - 1]) continue // "ll" less one "l" once
        filed.push(hashOf(word.slice(0, index) + word.slice(index + 1)), (index << 10) | (letterOf.get(word[index]!)! << 4))
      }
    }
    const count = filed.length / 2
    const bits = Math.max(1, Math.round(Math.log2(count / ENTRIES_PER_BUCKET)))
    const padded = alphabet.length + (alphabet.length % 2)
    const bytes = new Uint8Array(4 * HEADER + 2 * padded + 4 * (2 ** bits + 1) + 2 * count)
    const {starts, entries} = views(bytes, bits, count, padded)
    new Uint32Array(bytes.buffer, 0, HEADER).set([MAGIC, bits, count, alphabet.length])
    new Uint16Array(bytes.buffer, 4 * HEADER, padded).set(alphabet.split('').map((letter) => letter.charCodeAt(0)))
    // A counting sort by bucket: starts[b] is where bucket b's entries begin.
    for (let at = 0; at < filed.length; at += 2) starts[bucketOf(filed[at]!, bits) + 1]!++
    for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!
    const next = starts.slice(0, -1)
    for (let at = 0; at < filed.length; at += 2) entries[next[bucketOf(filed[at]!, bits)]!++] = filed[at + 1]! | (filed[at]! & 15)
    return bytes
  }

  /** The index that `build` wrote, over the same words; throws on bytes that are not a whole index. */
  static from(bytes: Uint8Array, words: WordSet): NearWords {
    // Typed-array views need an aligned start: a small buffer may sit anywhere in a shared pool.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
    if (aligned.length < 4 * HEADER) throw new RangeError('near-words index: truncated')
    const [magic, bits, count, letters] = new Uint32Array(aligned.buffer, aligned.byteOffset, HEADER) as unknown as [number, number, number, number]
    const padded = letters + (letters % 2)
    if (magic !== MAGIC || bits > 30 || aligned.length !== 4 * HEADER + 2 * padded + 4 * (2 ** bits + 1) + 2 * count) throw new RangeError('near-words index: damaged')
    const alphabet = String.fromCharCode(...new Uint16Array(aligned.buffer, aligned.byteOffset + 4 * HEADER, letters))
    const {starts, entries} = views(aligned, bits, count, padded)
    if (starts[starts.length - 1] !== count) throw new RangeError('near-words index: damaged')
    return new NearWords(words, bits, alphabet, starts, entries)
  }

  /** Adds to `into` the words that are `key`, or `key` with one letter added. */
  addTo(key: string, into: Set<string>): void {
    this.scan(key, (position, letter) => {
      const word = position === SELF ? key : key.slice(0, position) + letter + key.slice(position)
      // Another key's entry makes some other string: only a dictionary word is an answer. Most such strings are
      // not filed as words either, which the index says without a look-up in the dictionary.
      if ((position === SELF || this.filedAsWord(word)) && this.words.has(word)) into.add(word)
    })
  }

  /** Whether `word` may be a word: its bucket has an entry for a word under itself, with the same check bits. */
  private filedAsWord(word: string): boolean {
    let found = false
    this.scan(word, (position) => (found ||= position === SELF))
    return found
  }

  /** Calls `visit` with each entry filed under `key`'s bucket and check bits (and, rarely, another key's). */
  private scan(key: string, visit: (position: number, letter: string) => void): void {
    const hash = hashOf(key)
    const bucket = bucketOf(hash, this.bits)
    for (let at = this.starts[bucket]!, end = this.starts[bucket + 1]!; at < end; at++) {
      const entry = this.entries[at]!
      if ((entry & 15) === (hash & 15)) visit(entry >>> 10, this.alphabet[(entry >>> 4) & 63]!)
    }
  }
}

function views(bytes: Uint8Array, bits: number, count: number, padded: number): {starts: Uint32Array; entries: Uint16Array} {
  const startsAt = bytes.byteOffset + 4 * HEADER + 2 * padded
  const starts = new Uint32Array(bytes.buffer, startsAt, 2 ** bits + 1)
  return {starts, entries: new Uint16Array(bytes.buffer, startsAt + 4 * starts.length, count)}
}

function bucketOf(hash: number, bits: number): number {
  return hash >>> (32 - bits)
}

/** FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser, so the high bits (the bucket) and the low four (the check) are both well mixed. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}
