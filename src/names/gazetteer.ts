/**
 * The gazetteer: people (rules/names/ plus the user's own files) and the
 * countries and organisations their roles belong to (rules/countries.yml).
 * Validated on load; entries with the same name in the bundled and the
 * user's file are merged, a duplicate inside one file is an error.
 */
import {z} from 'zod'
import type {PrepareContext} from '../config/yaml.js'
import {RulesError, type LoadedYaml} from '../config/yaml.js'
import {fold} from './fold.js'
import {loadLearned} from './learned.js'

const text = z.string().trim().min(1, 'must not be empty')

const roleSchema = z.strictObject({
  role: text,
  country: text.optional(),
  from: z.number().int().min(1900).max(2100).optional(),
  to: z.number().int().min(1900).max(2100).optional()
})

const specSchema = z.strictObject({from: text, to: z.string()})

export const personSchema = z.strictObject({
  name: text,
  country: text,
  roles: z.array(roleSchema).default([]),
  surname: text.optional(),
  alternates: z.array(text).default([]),
  /** Short forms and nicknames the press uses ("AMLO", "Jokowi"): accepted as written, never changed. */
  nicknames: z.array(text).default([]),
  mangles: z.array(text).default([]),
  specs: z.array(specSchema).default([])
})

export const gazetteerSchema = z.strictObject({people: z.array(personSchema).default([])})

export const countriesSchema = z.strictObject({
  countries: z.array(z.strictObject({name: text, demonyms: z.array(text).default([]), aliases: z.array(text).default([])}))
})

/** A person as the gazetteer holds them; `learned`: only known from the newsroom's own articles (names.learned.yml). */
export type PersonEntry = z.infer<typeof personSchema> & {learned?: {count: number; articles: number}}
export type Spec = z.infer<typeof specSchema>

export interface Role {
  role: string
  /** The country or organisation of the role: the person's own country where the entry names none. */
  country: string
  /** Whether the entry names the role's country or organisation itself. */
  placed: boolean
  from?: number
  to?: number
}

export interface Person {
  id: number
  name: string
  country: string
  roles: Role[]
  /** Name words, as printed. */
  words: string[]
  /** The words used alone on later mentions ("Xi", "von der Leyen"). */
  surname: string[]
  /** A surname's form without its Arabic article, as later mentions use it ("Sudani" for "al-Sudani"). */
  bareSurname?: string
  alternates: string[]
  nicknames: string[]
  /** Known only from the newsroom's published articles: a mangle of it is fixed only where the article names it. */
  learned?: {count: number; articles: number}
  mangles: string[]
  specs: Spec[]
}

export interface Country {
  name: string
  demonyms: string[]
  aliases: string[]
}

export interface Gazetteer {
  people: Person[]
  /** The validated, merged entries the people were built from (people[i] from entries[i]). */
  entries: PersonEntry[]
  countries: Country[]
}

export interface GazetteerFiles {
  /** Files that must exist (the bundled gazetteer, by beat). */
  gazetteer: string[]
  /** The newsroom's own files, read when they exist. */
  local: string[]
  /** Names the newsroom's published articles use consistently (`article-lint names learn`), read when they exist. */
  learned: string[]
  countries: string
}

/** Load the bundled and user files; a user file that does not exist is skipped. */
export function loadGazetteer(files: GazetteerFiles, context: PrepareContext): Gazetteer {
  const byName = new Map<string, PersonEntry>()
  for (const file of files.gazetteer) mergeFile(context.loadData(file, gazetteerSchema, 'gazetteer@1'), byName)
  for (const file of files.local) {
    const loaded = context.loadOptionalData(file, gazetteerSchema, 'gazetteer@1')
    if (loaded) mergeFile(loaded, byName)
  }
  // A learned name the gazetteer already holds is that person; the others are people of the newsroom's own.
  for (const {name, count, articles} of files.learned.flatMap((file) => loadLearned(file, context))) {
    if (!byName.has(fold(name))) byName.set(fold(name), {name, country: '', roles: [], alternates: [], nicknames: [], mangles: [], specs: [], learned: {count, articles}})
  }
  const countries = context.loadData(files.countries, countriesSchema, 'countries@1').data.countries
  const entries = [...byName.values()]
  return {people: entries.map(toPerson), entries, countries}
}

function mergeFile(loaded: LoadedYaml<z.infer<typeof gazetteerSchema>>, byName: Map<string, PersonEntry>): void {
  const seen = new Set<string>()
  loaded.data.people.forEach((entry, index) => {
    const key = fold(entry.name)
    if (seen.has(key)) {
      const {line, column} = loaded.where(['people', index, 'name'])
      throw new RulesError(loaded.file, line, column, `duplicate person "${entry.name}": merge the two entries`)
    }
    seen.add(key)
    const earlier = byName.get(key)
    byName.set(key, earlier ? merge(earlier, entry) : entry)
  })
}

function merge(a: PersonEntry, b: PersonEntry): PersonEntry {
  const union = (x: string[], y: string[]) => [...new Set([...x, ...y])]
  const roleKey = (role: PersonEntry['roles'][number]) => JSON.stringify([role.role, role.country, role.from, role.to])
  return {
    ...a,
    // The same role in both files is one role.
    roles: [...new Map([...a.roles, ...b.roles].map((role) => [roleKey(role), role])).values()],
    surname: b.surname ?? a.surname,
    alternates: union(a.alternates, b.alternates),
    nicknames: union(a.nicknames, b.nicknames),
    mangles: union(a.mangles, b.mangles),
    specs: [...a.specs, ...b.specs]
  }
}

/** A validated entry as compact JSON: empty lists are left out (lazyPeople puts them back). */
export function entryJson(entry: PersonEntry): string {
  const {roles, alternates, nicknames, mangles, specs, ...rest} = entry
  const lists = Object.entries({roles, alternates, nicknames, mangles, specs}).filter(([, list]) => list.length > 0)
  return JSON.stringify({...rest, ...Object.fromEntries(lists)})
}

/**
 * People kept as their entries' JSON and built on first use: an article meets
 * a few hundred people of a gazetteer that may hold a hundred thousand.
 */
export function lazyPeople(entry: (id: number) => string): (id: number) => Person {
  const built = new Map<number, Person>()
  return (id) => {
    let person = built.get(id)
    if (!person) built.set(id, (person = toPerson({roles: [], alternates: [], nicknames: [], mangles: [], specs: [], ...(JSON.parse(entry(id)) as Partial<PersonEntry>)} as PersonEntry, id)))
    return person
  }
}

function toPerson(entry: PersonEntry, id: number): Person {
  const words = entry.name.split(/\s+/)
  return {
    id,
    name: entry.name,
    country: entry.country,
    roles: entry.roles.map((role) => ({...role, country: role.country ?? entry.country, placed: role.country !== undefined})),
    words,
    surname: entry.surname ? entry.surname.split(/\s+/) : defaultSurname(words),
    bareSurname: /^(?:al|el|ad|ar|as|ash|at|az|an)-(\p{Lu}.*)$/u.exec((entry.surname ?? words.at(-1)!).split(/\s+/).at(-1)!)?.[1],
    alternates: entry.alternates,
    nicknames: entry.nicknames,
    learned: entry.learned,
    mangles: entry.mangles,
    specs: entry.specs
  }
}

/** The last word, with the lowercase particles before it ("von der Leyen", "da Silva"). */
function defaultSurname(words: readonly string[]): string[] {
  let start = words.length - 1
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1]!)) start--
  return words.slice(start)
}
