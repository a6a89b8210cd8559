/**
 * Titles and roles as news copy writes them before a name ("Polish
 * President", "President of Poland", "White House press secretary"), built
 * from the gazetteer's roles and the countries' demonyms and aliases.
 */
import {IdTable} from '../text/word-list.js'
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

export const MAX_TITLE_WORDS = 8

/**
 * Titles as plain data, so they can be cached and read back without building
 * anything: the groups of people who share a role; each title's folded words
 * with the groups it names; which titles are bare roles; and the words titles
 * begin and end with.
 */
export interface TitleData {
  groups: number[][]
  /** An IdTable of each title and the groups it names. */
  titles: string
  generic: string[]
  firstWords: string[]
  lastWords: string[]
}

export function titlesOf(people: readonly Person[], countries: readonly Country[]): TitleData {
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
  const groups: number[][] = []
  const titles = new Map<string, {groups: number[]; generic: boolean}>()
  const add = (title: string, group: number, generic: boolean) => {
    const key = phrase(title.split(/\s+/))
    const entry = titles.get(key) ?? {groups: [], generic}
    entry.groups.push(group)
    entry.generic &&= generic
    titles.set(key, entry)
  }
  for (const {role, country: name, ids} of holders.values()) {
    const group = groups.push(ids) - 1
    const country = byName.get(fold(name))
    const places = [name, ...(country?.demonyms ?? []), ...(country?.aliases ?? [])]
    add(role, group, true)
    for (const place of places) {
      for (const title of [`${place} ${role}`, `${place}'s ${role}`, `${role} of ${place}`, `${role} of the ${place}`]) add(title, group, false)
    }
  }
  const keys = [...titles.keys()]
  return {
    groups,
    titles: IdTable.join([...titles].map(([key, entry]) => [key, entry.groups])),
    generic: keys.filter((key) => titles.get(key)!.generic),
    firstWords: [...new Set(keys.map(firstWord))],
    lastWords: [...new Set(keys.map(lastWord))]
  }
}

export class TitleLexicon {
  /** Each group's people, as a Set made on first use. */
  private readonly groups: Array<ReadonlySet<number> | undefined> = []
  private readonly generic: ReadonlySet<string>
  /** The words titles end and begin with: most words before or after a name are neither, and need no look-up. */
  private readonly lastWords: ReadonlySet<string>
  private readonly firstWords: ReadonlySet<string>

  private readonly titles: IdTable

  constructor(private readonly data: TitleData) {
    this.titles = new IdTable(data.titles)
    this.generic = new Set(data.generic)
    this.lastWords = new Set(data.lastWords)
    this.firstWords = new Set(data.firstWords)
  }

  private found(key: string, words: number): TitleMatch | undefined {
    const found = this.titles.get(key)
    if (found === undefined) return undefined
    const groups = found.map((index) => (this.groups[index] ??= new Set(this.data.groups[index])))
    return {words, people: union(groups), generic: this.generic.has(key)}
  }

  /** Whether some title ends with this word. */
  mayEnd(word: string): boolean {
    return this.lastWords.has(lastWord(foldedWord(word)))
  }

  /** The longest title that ends the given words (the words just before a name). */
  match(words: readonly string[]): TitleMatch | undefined {
    const last = words.at(-1)
    if (last === undefined || !this.mayEnd(last)) return undefined
    const folded = foldedWords(words.slice(-MAX_TITLE_WORDS))
    return this.longest(folded.map((_, start) => folded.slice(start)))
  }

  /** The longest title that the given words begin with ("…, the NATO secretary general"). */
  matchStart(words: readonly string[]): TitleMatch | undefined {
    const first = words[0]
    if (first === undefined || !this.firstWords.has(firstWord(foldedWord(first)))) return undefined
    const folded = foldedWords(words.slice(0, MAX_TITLE_WORDS))
    return this.longest(folded.map((_, end) => folded.slice(0, folded.length - end)))
  }

  /** The first of the candidate word sequences (longest first) that is a title. */
  private longest(candidates: ReadonlyArray<readonly string[]>): TitleMatch | undefined {
    for (const words of candidates) {
      const found = this.found(words.join(' '), words.length)
      if (found) return found
    }
    return undefined
  }
}

/** Each word folded, hyphens as spaces: a title's key is these joined by spaces (`phrase`). */
function foldedWords(words: readonly string[]): string[] {
  return words.map(foldedWord)
}

function foldedWord(word: string): string {
  const folded = fold(word)
  return folded.includes('-') ? folded.replaceAll('-', ' ') : folded
}

/** Titles compare folded, with hyphens as spaces ("Secretary-General" = "secretary general"). */
function phrase(words: readonly string[]): string {
  return foldedWords(words).join(' ')
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1)
}

function firstWord(key: string): string {
  const space = key.indexOf(' ')
  return space === -1 ? key : key.slice(0, space)
}

function union(groups: ReadonlyArray<ReadonlySet<number>>): {has(id: number): boolean} {
  return groups.length === 1 ? groups[0]! : {has: (id) => groups.some((group) => group.has(id))}
}
