/**
 * The gazetteer compiled for the names check: plain data (cached by the
 * names check with the rules files' text as key, so a large gazetteer is
 * parsed and indexed once, and later runs only read it back), and the
 * look-up structures built from it.
 */
import {fold} from './fold.js'
import {entryJson, lazyPeople, type Gazetteer} from './gazetteer.js'
import type {PlaceForms} from './about.js'
import {indexPeople, NameIndex, type IndexData} from './index.js'
import {TitleLexicon, titlesOf, type TitleData} from './titles.js'

/** What the names check needs from the gazetteer, as plain data. */
export interface CompiledNames {
  /** Each person's entry as JSON, built into a Person on first use. */
  people: string[]
  index: IndexData
  titles: TitleData
  /** Surnames as used alone: a dictionary word among them ("Xi", "May") can still be a name. */
  nameWords: string[]
  givenNames: string[]
  /** First names that many listed people share ("Michael", "Mohammed"): alone, they say little of who is meant. */
  commonGivenNames: string[]
  /** Countries, demonyms and bundled proper nouns: words that are not people. */
  placeWords: string[]
  /** Countries and the bundled places (English exonyms, "Lower Saxony"), whole and folded. */
  placeNames: string[]
  /** Each country's or organisation's folded name, with its demonyms and aliases. */
  placeForms: Array<[string, string[]]>
}

/** rules/proper-nouns.yml: capitalised words that are not people, and places by their English names. */
export interface ProperNouns {
  accepted: readonly string[]
  places: readonly string[]
}

export function compileNames(gazetteer: Gazetteer, properNouns: ProperNouns = {accepted: [], places: []}): CompiledNames {
  const {people, entries, countries} = gazetteer
  const nameWords = people.flatMap((person) => [person.surname.at(-1)!, ...(person.bareSurname ? [person.bareSurname] : []), ...[...person.alternates, ...person.nicknames].map((name) => name.split(/\s+/).at(-1)!)].map(fold))
  const givenNames = people.filter((person) => person.words.length > 1).map((person) => fold(person.words[0]!))
  const places = countries.flatMap((country) => [country.name, ...country.demonyms, ...country.aliases])
  const placeWords = [...places, ...properNouns.accepted, ...properNouns.places].flatMap((name) => name.split(/\s+/)).map(fold)
  const placeNames = [...places, ...properNouns.places].map(fold)
  const distinct = (words: string[]) => [...new Set(words)]
  return {
    people: entries.map(entryJson),
    index: indexPeople(people),
    titles: titlesOf(people, countries),
    nameWords: distinct(nameWords),
    givenNames: distinct(givenNames),
    commonGivenNames: common(givenNames),
    placeWords: distinct(placeWords),
    placeNames: distinct(placeNames),
    placeForms: countries.map((country) => [fold(country.name), [...country.demonyms, ...country.aliases]])
  }
}

/**
 * The compiled names for the cache, in two entries. The look-ups (index,
 * titles, word lists) are one text, its large strings stored as they are and
 * the rest as JSON. The people's entries are UTF-8 lines, decoded one at a
 * time when a person is first met: an article meets a few hundred of ten
 * thousand, and decoding all of them took longer than the lint (30 ms).
 */
export type Lookups = Omit<CompiledNames, 'people'>

export function encodeLookups({people: _, index, titles, ...rest}: CompiledNames): string {
  const header = JSON.stringify({...rest, titles: {...titles, titles: undefined}})
  return [header, index, titles.titles].join(SECTION)
}

export function decodeLookups(text: string): Lookups {
  const [header, index, titles] = text.split(SECTION) as [string, string, string]
  const rest = JSON.parse(header) as Omit<Lookups, 'index'>
  return {...rest, index, titles: {...rest.titles, titles}}
}

/** Never inside JSON text (control characters are escaped) nor in an IdTable. */
const SECTION = '\u0001'

export function encodeEntries(compiled: CompiledNames): Buffer {
  return Buffer.from(compiled.people.join('\n'), 'utf8')
}

/** Entry `id` of the lines `encodeEntries` wrote (JSON escapes every line break inside an entry). */
export function entryLines(bytes: Buffer): (id: number) => string {
  const starts = [0]
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1)
  return (id) => bytes.toString('utf8', starts[id], id + 1 < starts.length ? starts[id + 1]! - 1 : bytes.length)
}

const NEWLINE = 0x0a

export interface PreparedNames {
  index: NameIndex
  titles: TitleLexicon
  nameWords: ReadonlySet<string>
  givenNames: ReadonlySet<string>
  commonGivenNames: ReadonlySet<string>
  placeWords: ReadonlySet<string>
  placeNames: ReadonlySet<string>
  placeForms: PlaceForms
}

export function prepareNames(compiled: Lookups, entry: (id: number) => string): PreparedNames {
  return {
    index: new NameIndex(lazyPeople(entry), compiled.index),
    titles: new TitleLexicon(compiled.titles),
    nameWords: new Set(compiled.nameWords),
    givenNames: new Set(compiled.givenNames),
    commonGivenNames: new Set(compiled.commonGivenNames),
    placeWords: new Set(compiled.placeWords),
    placeNames: new Set(compiled.placeNames),
    placeForms: new Map(compiled.placeForms)
  }
}

/** A first name shared by this many listed people is common. */
const COMMON = 5

function common(names: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts].filter(([, count]) => count >= COMMON).map(([name]) => name)
}
