/**
 * Candidate lookup for a name word: the people whose name words share its
 * folded spelling, a Double Metaphone code, or its first or last three
 * letters. A handful of buckets per word instead of a scan of every entry;
 * scoring the candidates is resolve.ts's job.
 */
import {fold, phoneticCodes} from './fold.js'
import type {Person} from './gazetteer.js'

export class NameIndex {
  private readonly buckets = new Map<string, number[]>()

  constructor(readonly people: readonly Person[]) {
    // Keys per distinct word, computed once: given names recur across thousands of people.
    const wordKeys = new Map<string, string[]>()
    for (const person of people) {
      const words = new Set([...person.words, ...(person.bareSurname ? [person.bareSurname] : []), ...person.alternates.flatMap(split), ...person.mangles.flatMap(split)])
      for (const word of words) {
        let found = wordKeys.get(word)
        if (!found) wordKeys.set(word, (found = keys(word)))
        for (const key of found) this.add(key, person.id)
      }
    }
  }

  /** People with a name word that may be a spelling of `word`. */
  candidates(word: string): Person[] {
    const ids = new Set<number>()
    for (const key of keys(word)) for (const id of this.buckets.get(key) ?? []) ids.add(id)
    return [...ids].map((id) => this.people[id]!)
  }

  private add(key: string, id: number): void {
    const bucket = this.buckets.get(key)
    if (!bucket) this.buckets.set(key, [id])
    else if (bucket.at(-1) !== id) bucket.push(id)
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
