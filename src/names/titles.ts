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
  people: ReadonlySet<number>
  /** A bare role without country ("President"): weaker evidence. */
  generic: boolean
}

const MAX_TITLE_WORDS = 8

export class TitleLexicon {
  private readonly titles = new Map<string, {people: Set<number>; generic: boolean}>()

  constructor(people: readonly Person[], countries: readonly Country[]) {
    const byName = new Map(countries.map((country) => [fold(country.name), country]))
    for (const person of people) {
      for (const role of person.roles) {
        const country = byName.get(fold(role.country))
        const places = [role.country, ...(country?.demonyms ?? []), ...(country?.aliases ?? [])]
        this.add(role.role, person.id, true)
        for (const place of places) {
          this.add(`${place} ${role.role}`, person.id, false)
          this.add(`${place}'s ${role.role}`, person.id, false)
          this.add(`${role.role} of ${place}`, person.id, false)
          this.add(`${role.role} of the ${place}`, person.id, false)
        }
      }
    }
  }

  /** The longest title that ends the given words (the words just before a name). */
  match(words: readonly string[]): TitleMatch | undefined {
    for (let length = Math.min(MAX_TITLE_WORDS, words.length); length > 0; length--) {
      const found = this.titles.get(phrase(words.slice(words.length - length)))
      if (found) return {words: length, people: found.people, generic: found.generic}
    }
    return undefined
  }

  private add(title: string, id: number, generic: boolean): void {
    const key = phrase(title.split(/\s+/))
    const entry = this.titles.get(key) ?? {people: new Set<number>(), generic}
    entry.people.add(id)
    entry.generic &&= generic
    this.titles.set(key, entry)
  }
}

/** Titles compare folded, with hyphens as spaces ("Secretary-General" = "secretary general"). */
function phrase(words: readonly string[]): string {
  return words.map(fold).join(' ').replace(/-/g, ' ')
}
