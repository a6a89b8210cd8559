/**
 * Candidate lookup for a name word: the people whose name words share its
 * folded spelling, a Double Metaphone code, or its first or last three
 * letters. A handful of buckets per word instead of a scan of every entry;
 * scoring the candidates is resolve.ts's job.
 */
import {IdTable} from '../text/word-list.js'
import {fold, phoneticCodes} from './fold.js'
import type {Person} from './gazetteer.js'

/** The index as plain data, so it can be cached: an IdTable of each key and its people. */
export type IndexData = string

export function indexPeople(people: readonly Person[]): IndexData {
  const buckets = new Map<string, number[]>()
  // Keys per distinct word, computed once: given names recur across thousands of people.
  const wordKeys = new Map<string, string[]>()
  for (const person of people) {
    const words = new Set([...person.words, ...(person.bareSurname ? [person.bareSurname] : []), ...person.alternates.flatMap(split), ...person.nicknames.flatMap(split), ...person.mangles.flatMap(split)])
    for (const word of words) {
      let found = wordKeys.get(word)
      if (!found) wordKeys.set(word, (found = keys(word)))
      for (const key of found) {
        const bucket = buckets.get(key)
        if (!bucket) buckets.set(key, [person.id])
        else if (bucket.at(-1) !== person.id) bucket.push(person.id)
      }
    }
  }
  // Three shared letters say little once thousands of people share them.
  for (const [key, ids] of buckets) if ((key[0] === '<' || key[0] === '>') && ids.length > MAX_AFFIX_BUCKET) buckets.delete(key)
  return IdTable.join(buckets)
}

/**
 * The largest first- or last-three-letters bucket kept. The bundled
 * gazetteer's largest holds 61 people ("Mar…"); a synthetic one of 100,000
 * has buckets of thousands, which only slow every look-up down.
 */
const MAX_AFFIX_BUCKET = 80

export class NameIndex {
  private readonly buckets: IdTable

  constructor(
    private readonly person: (id: number) => Person,
    data: IndexData
  ) {
    this.buckets = new IdTable(data)
  }

  people(ids: Iterable<number>): Person[] {
    return [...ids].map(this.person)
  }

  /** People with a name word that may be a spelling of `word` (`exactly`: that is spelled so). */
  candidates(word: string, exactly = false): Person[] {
    const ids = new Set<number>()
    for (const key of exactly ? keys(word).slice(0, 1) : keys(word)) for (const id of this.buckets.get(key) ?? []) ids.add(id)
    return [...ids].map(this.person)
  }
}

function split(name: string): string[] {
  return name.split(/\s+/)
}

/** Index keys of one word. */
export function keys(word: string): string[] {
  const folded = fold(word)
  if (folded.length < 2) return []
  const [primary, secondary] = phoneticCodes(folded)
  const found = [`=${folded}`, `#${primary}`]
  if (secondary !== primary) found.push(`#${secondary}`)
  if (folded.length >= 4) found.push(`<${folded.slice(0, 3)}`, `>${folded.slice(-3)}`)
  return found
}
