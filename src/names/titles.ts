/**
 * Titles and roles as news copy writes them before a name ("Polish
 * President", "President of Poland", "White House press secretary"), built
 * from the gazetteer's roles and the countries' demonyms and aliases.
 */
import {fold} from './fold.js'
import type {Country, Person} from './gazetteer.js'

export interface TitleMatch {
  /** The title's words in the text. */
  words: number
  /** People who held a role this title names. */
  people: {has(id: number): boolean}
  /** A bare role without country ("President"): weaker evidence. */
  generic: boolean
}

const MAX_TITLE_WORDS = 8

export class TitleLexicon {
  /** Each title's holders, as groups of people who share one role (shared, not copied). */
  private readonly titles = new Map<string, {groups: Array<ReadonlySet<number>>; generic: boolean}>()

  constructor(people: readonly Person[], countries: readonly Country[]) {
    const byName = new Map(countries.map((country) => [fold(country.name), country]))
    // Many people share a role ("Mayor" of one country): spell out each role's titles once.
    const holders = new Map<string, {role: string; country: string; ids: number[]}>()
    for (const person of people) {
      for (const role of person.roles) {
        const key = `${role.role}\u0000${role.country}`
        const entry = holders.get(key) ?? {role: role.role, country: role.country, ids: []}
        entry.ids.push(person.id)
        holders.set(key, entry)
      }
    }
    for (const {role, country: name, ids: list} of holders.values()) {
      const ids = new Set(list)
      const country = byName.get(fold(name))
      const places = [name, ...(country?.demonyms ?? []), ...(country?.aliases ?? [])]
      this.add(role, ids, true)
      for (const place of places) {
        for (const title of [`${place} ${role}`, `${place}'s ${role}`, `${role} of ${place}`, `${role} of the ${place}`]) this.add(title, ids, false)
      }
    }
  }

  /** The longest title that ends the given words (the words just before a name). */
  match(words: readonly string[]): TitleMatch | undefined {
    for (let length = Math.min(MAX_TITLE_WORDS, words.length); length > 0; length--) {
      const found = this.titles.get(phrase(words.slice(words.length - length)))
      if (found) return {words: length, people: union(found.groups), generic: found.generic}
    }
    return undefined
  }

  /** The longest title that the given words begin with ("…, the NATO secretary general"). */
  matchStart(words: readonly string[]): TitleMatch | undefined {
    for (let length = Math.min(MAX_TITLE_WORDS, words.length); length > 0; length--) {
      const found = this.titles.get(phrase(words.slice(0, length)))
      if (found) return {words: length, people: union(found.groups), generic: found.generic}
    }
    return undefined
  }

  private add(title: string, ids: ReadonlySet<number>, generic: boolean): void {
    const key = phrase(title.split(/\s+/))
    const entry = this.titles.get(key) ?? {groups: [], generic}
    entry.groups.push(ids)
    entry.generic &&= generic
    this.titles.set(key, entry)
  }
}

/** Titles compare folded, with hyphens as spaces ("Secretary-General" = "secretary general"). */
function phrase(words: readonly string[]): string {
  return words.map(fold).join(' ').replace(/-/g, ' ')
}

function union(groups: ReadonlyArray<ReadonlySet<number>>): {has(id: number): boolean} {
  return groups.length === 1 ? groups[0]! : {has: (id) => groups.some((group) => group.has(id))}
}
