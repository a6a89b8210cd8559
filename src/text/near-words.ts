/**
 * The spelling suggester's two-edit index: for a string, the dictionary words
 * that are that string, or that string with one letter added (a symmetric
 * deletion index, the SymSpell idea: each word is filed under itself and
 * under each string one deletion away).
 *
 * Built once from the dictionary and cached as bytes (src/text/dictionary.ts),
 * so a process only reads it: 4.4 MB for the 115,000 words. Kept as sorted
 * lines of keys and words, as WordList keeps the dictionary, it would be
 * 19.6 MB, too slow to read for one unknown word. So the keys are not stored:
 * a key is hashed to a bucket, and each of the bucket's entries (three bytes)
 * says where a letter goes into the key and which letter, with twelve bits of
 * the key's hash that skip nearly every entry filed by other keys. Every word
 * so made is looked up in the dictionary before it is answered, so a hash
 * collision can cost a look-up but never add a word: the answers are exact.
 *
 * Layout, in the platform's byte order (the cache key names it):
 * Uint32 header [MAGIC, bucket bits, entries, alphabet length];
 * Uint16 alphabet, padded to four bytes; Uint32 bucket starts (2^bits + 1);
 * Uint16 entries: position (6 bits, SELF for the word itself), letter (6), check (4);
 * Uint8 the entries' further check bits (8).
 */

/** What the index asks of the dictionary. */
export interface WordSet extends Iterable<string> {
  has(word: string): boolean
}

/** Changed with the layout or the hash, so that a cached index of another kind is built again. */
const MAGIC = 0x4e574933 // "NWI3"
const HEADER = 4
/** An entry's position field for the word filed under itself. */
const SELF = 63
/** The most letters a word, and the alphabet, may have: six bits each. */
const LIMIT = 63
/** About four entries to a bucket: 18 bits (1 MB of starts) for the dictionary's 1.1 million entries. */
const ENTRIES_PER_BUCKET = 4
/** The twelve bits of a key's hash its entries keep: four in the entry, eight in a byte of their own. */
const CHECK = 0xfff

export class NearWords {
  private constructor(
    private readonly words: WordSet,
    private readonly bits: number,
    private readonly alphabet: string,
    private readonly starts: Uint32Array,
    private readonly entries: Uint16Array,
    private readonly checks: Uint8Array
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
    const bytes = new Uint8Array(sizeOf(bits, count, padded))
    const {starts, entries, checks} = views(bytes, bits, count, padded)
    new Uint32Array(bytes.buffer, 0, HEADER).set([MAGIC, bits, count, alphabet.length])
    new Uint16Array(bytes.buffer, 4 * HEADER, padded).set(alphabet.split('').map((letter) => letter.charCodeAt(0)))
    // A counting sort by bucket: starts[b] is where bucket b's entries begin.
    for (let at = 0; at < filed.length; at += 2) starts[bucketOf(filed[at]!, bits) + 1]!++
    for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!
    const next = starts.slice(0, -1)
    for (let at = 0; at < filed.length; at += 2) {
      const check = filed[at]! & CHECK
      const slot = next[bucketOf(filed[at]!, bits)]!++
      entries[slot] = filed[at + 1]! | (check & 15)
      checks[slot] = check >>> 4
    }
    return bytes
  }

  /** The index that `build` wrote, over the same words; throws on bytes that are not a whole index. */
  static from(bytes: Uint8Array, words: WordSet): NearWords {
    // Typed-array views need an aligned start: a small buffer may sit anywhere in a shared pool.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
    if (aligned.length < 4 * HEADER) throw new RangeError('near-words index: truncated')
    const [magic, bits, count, letters] = new Uint32Array(aligned.buffer, aligned.byteOffset, HEADER) as unknown as [number, number, number, number]
    const padded = letters + (letters % 2)
    if (magic !== MAGIC || bits > 30 || aligned.length !== sizeOf(bits, count, padded)) throw new RangeError('near-words index: damaged')
    const alphabet = String.fromCharCode(...new Uint16Array(aligned.buffer, aligned.byteOffset + 4 * HEADER, letters))
    const {starts, entries, checks} = views(aligned, bits, count, padded)
    if (starts[starts.length - 1] !== count) throw new RangeError('near-words index: damaged')
    return new NearWords(words, bits, alphabet, starts, entries, checks)
  }

  /** Adds to `into` the words that are `key`, or `key` with one letter added. */
  addTo(key: string, into: Set<string>): void {
    this.addFiled(key, hashOf(key), into)
  }

  /**
   * `addTo` for `word` and for each string one deletion from it. The hash is
   * polynomial, so a deletion's comes from the word's prefix and suffix hashes
   * in a step, and the string is made only when its bucket holds an entry
   * with its check bits (one in a few hundred): a two-edit query asks about
   * thousands of such strings, mostly before the code is optimised.
   */
  addWithDeletionsTo(word: string, into: Set<string>): void {
    const length = word.length
    if (this.prefix.length <= length) this.grow(length)
    const {prefix, suffix, powers} = this
    suffix[length] = 0 // the arrays are kept from longer words
    for (let index = 0; index < length; index++) prefix[index + 1] = (Math.imul(prefix[index]!, BASE) + word.charCodeAt(index)) | 0
    for (let index = length - 1; index >= 0; index--) suffix[index] = (Math.imul(word.charCodeAt(index), powers[length - 1 - index]!) + suffix[index + 1]!) | 0
    this.addFiled(word, finish(prefix[length]!), into)
    for (let skip = 0; skip < length; skip++) {
      if (skip > 0 && word.charCodeAt(skip) === word.charCodeAt(skip - 1)) continue // "ll" less one "l" once
      const hash = finish((Math.imul(prefix[skip]!, powers[length - 1 - skip]!) + suffix[skip + 1]!) | 0)
      if (this.filed(hash) !== -1) this.addFiled(word.slice(0, skip) + word.slice(skip + 1), hash, into)
    }
  }

  /** Hashes of a word's prefixes and suffixes, and the powers of the base, kept between calls. */
  private prefix = new Int32Array(0)
  private suffix = new Int32Array(0)
  private powers = new Int32Array(0)

  private grow(length: number): void {
    const size = 2 * length + 2
    this.prefix = new Int32Array(size)
    this.suffix = new Int32Array(size)
    this.powers = new Int32Array(size)
    this.powers[0] = 1
    for (let index = 1; index < size; index++) this.powers[index] = Math.imul(this.powers[index - 1]!, BASE)
  }

  /** Adds the words filed under `key`, whose hash is `hash`. */
  private addFiled(key: string, hash: number, into: Set<string>): void {
    for (let at = this.filed(hash); at !== -1; at = this.filed(hash, at + 1)) {
      const entry = this.entries[at]!
      const position = entry >>> 10
      const word = position === SELF ? key : key.slice(0, position) + this.alphabet[(entry >>> 4) & 63] + key.slice(position)
      // Another key's entry (one in a few hundred keys) makes some other string: only a dictionary word is an answer.
      if (this.words.has(word)) into.add(word)
    }
  }

  /** The first entry from `from` on in the bucket of `hash` with its check bits, or -1. */
  private filed(hash: number, from = this.starts[bucketOf(hash, this.bits)]!): number {
    const end = this.starts[bucketOf(hash, this.bits) + 1]!
    const check = hash & CHECK
    for (let at = from; at < end; at++) if ((this.entries[at]! & 15) === (check & 15) && this.checks[at] === check >>> 4) return at
    return -1
  }
}

function sizeOf(bits: number, count: number, padded: number): number {
  return 4 * HEADER + 2 * padded + 4 * (2 ** bits + 1) + 3 * count
}

function views(bytes: Uint8Array, bits: number, count: number, padded: number): {starts: Uint32Array; entries: Uint16Array; checks: Uint8Array} {
  const startsAt = bytes.byteOffset + 4 * HEADER + 2 * padded
  const starts = new Uint32Array(bytes.buffer, startsAt, 2 ** bits + 1)
  const entriesAt = startsAt + 4 * starts.length
  return {starts, entries: new Uint16Array(bytes.buffer, entriesAt, count), checks: new Uint8Array(bytes.buffer, entriesAt + 2 * count, count)}
}

function bucketOf(hash: number, bits: number): number {
  return hash >>> (32 - bits)
}

/**
 * A polynomial hash of the UTF-16 code units (so a deletion's hash can be had
 * from the word's parts), then MurmurHash3's finaliser, so that the high bits
 * (the bucket) and the low twelve (the check) are both well mixed.
 */
function hashOf(text: string): number {
  let hash = 0
  for (let index = 0; index < text.length; index++) hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) | 0
  return finish(hash)
}

const BASE = 0x01000193

function finish(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}
