/**
 * Gazetteer entries from a Wikidata query result (`article-lint names
 * import`): the rows of one person become one entry (name, country, roles
 * with years, alternates, nicknames), and the entries are merged into a
 * people file's YAML document, which keeps everything it held: comments,
 * order, hand-made fields.
 */
import {distance} from 'fastest-levenshtein'
import {isMap, isSeq, type Document, type Node as YamlNode, type YAMLMap, type YAMLSeq} from 'yaml'
import {topList, type MergeCounts} from '../io/rules-file.js'
import {fold, phoneticCodes} from './fold.js'
import type {Country, PersonEntry} from './gazetteer.js'
import type {WikidataRow} from './wikidata.js'

export interface ImportedRole {
  role: string
  /** Only when it differs from the person's country (a company, an organisation, another country). */
  country?: string
  from: number
  to?: number
}

export interface ImportedPerson {
  name: string
  country: string
  roles: ImportedRole[]
  /** Other spellings of the full name ("Yuliia Svyrydenko" for Yulia Svyrydenko). */
  alternates: string[]
  /** Short forms and nicknames: one word, initials ("AMLO"), or another form of the name. */
  nicknames: string[]
}

/** Why a row was not imported, in the order the summary lists them. */
export const SKIPS = ['without a label', 'with a Q-id for a label', 'without a position', 'without a start date', 'with a start date before 1900 or after 2100', 'without a country'] as const
export type Skip = (typeof SKIPS)[number]

export interface Imported {
  people: ImportedPerson[]
  /** Rows left out, by reason. */
  skipped: Map<Skip, number>
}

/** The gazetteer's bounds for a role's years (src/names/gazetteer.ts). */
const FIRST_YEAR = 1900
const LAST_YEAR = 2100

const QID = /^Q\d+$/

/**
 * The people of a query result, one entry per person (rows grouped by the
 * person's entity), in the order they first appear. Country labels are
 * written as countries.yml names them ("United States of America" →
 * "United States").
 */
export function importRows(rows: readonly WikidataRow[], countries: readonly Country[]): Imported {
  const places = placesOf(countries)
  const skipped = new Map<Skip, number>()
  const skip = (reason: Skip, count = 1) => skipped.set(reason, (skipped.get(reason) ?? 0) + count)
  const byPerson = new Map<string, Array<{row: WikidataRow; role: ImportedRole; country?: string}>>()
  for (const row of rows) {
    const label = clean(row.label)
    if (label === '' || (row.labelLanguage !== undefined && !/^(?:en|mul)(?:-|$)/i.test(row.labelLanguage))) {
      skip('without a label')
      continue
    }
    if (QID.test(label)) {
      skip('with a Q-id for a label')
      continue
    }
    const position = clean(row.role)
    if (position === '' || QID.test(position)) {
      skip('without a position')
      continue
    }
    const from = yearOf(row.start)
    if (from === undefined) {
      skip('without a start date')
      continue
    }
    if (from < FIRST_YEAR || from > LAST_YEAR) {
      skip('with a start date before 1900 or after 2100')
      continue
    }
    const end = yearOf(row.end)
    const to = end !== undefined && end >= from && end <= LAST_YEAR ? end : undefined
    const country = placeName(row.country, places)
    const key = row.person || label
    const list = byPerson.get(key) ?? []
    list.push({row: {...row, label}, role: {...roleOf(position, row.organisation, places), from, ...(to === undefined ? {} : {to})}, country})
    byPerson.set(key, list)
  }
  const people: ImportedPerson[] = []
  for (const rows of byPerson.values()) {
    const country = mostCommon(rows.flatMap(({country}) => (country === undefined ? [] : [country])))
    if (country === undefined) {
      skip('without a country', rows.length)
      continue
    }
    const name = rows[0]!.row.label
    const roles: ImportedRole[] = []
    for (const {role} of rows) {
      const {country: roleCountry, ...rest} = role
      addRole(roles, roleCountry === undefined || fold(roleCountry) === fold(country) ? rest : role, country)
    }
    roles.sort((a, b) => a.from - b.from || (a.to ?? LAST_YEAR + 1) - (b.to ?? LAST_YEAR + 1) || a.role.localeCompare(b.role))
    const {alternates, nicknames} = sortAliases(name, rows.flatMap(({row}) => splitAliases(row.aliases)))
    people.push({name, country, roles, alternates, nicknames})
  }
  return {people, skipped}
}

/** A role already held is the same term when it has the same role, country and first year (or no years yet): the import fills in what it lacks. */
function sameTerm(held: {role: string; country?: string; from?: number}, role: ImportedRole, country: string): boolean {
  return fold(held.role) === fold(role.role) && fold(held.country ?? country) === fold(role.country ?? country) && (held.from === undefined || held.from === role.from)
}

function addRole(roles: ImportedRole[], role: ImportedRole, country: string): void {
  const held = roles.find((other) => sameTerm(other, role, country))
  if (!held) roles.push(role)
  else if (held.to === undefined && role.to !== undefined) held.to = role.to
}

/** "2019-05-20T00:00:00Z" (or "+2019-…", or "2019") → 2019. */
export function yearOf(value: string): number | undefined {
  const match = /^\+?(\d{4})(?:-\d\d-\d\d(?:T[\d:.]+Z?)?)?$/.exec(value.trim())
  return match ? Number(match[1]) : undefined
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Every name and alias of the countries file, folded, with the name it stands for; longest first (for suffixes). */
interface Places {
  byFolded: Map<string, string>
  /** [written form, canonical name], longest written form first. */
  forms: Array<[string, string]>
}

function placesOf(countries: readonly Country[]): Places {
  const forms: Array<[string, string]> = countries.flatMap((country) => [country.name, ...country.aliases].map((form): [string, string] => [form, country.name]))
  forms.sort((a, b) => b[0].length - a[0].length)
  return {byFolded: new Map(forms.map(([form, name]) => [fold(form), name])), forms}
}

/** A country label as countries.yml names it; a label it does not know stays as it is; an unlabelled entity (a Q-id) is none. */
function placeName(label: string, places: Places): string | undefined {
  const text = clean(label)
  if (text === '' || QID.test(text)) return undefined
  return places.byFolded.get(fold(text)) ?? text
}

/**
 * A position as the gazetteer writes a role: "President of Ukraine" is the
 * role "President" of the country Ukraine, so that titles such as
 * "Ukrainian President" find it ("Secretary General of NATO" → NATO's
 * "Secretary General"). A role given with its organisation belongs to it;
 * a role with neither belongs to the person's country.
 */
function roleOf(position: string, organisation: string, places: Places): {role: string; country?: string} {
  const owner = placeName(organisation, places)
  for (const [form, name] of places.forms) {
    if (owner !== undefined && name !== owner) continue
    for (const suffix of [` of the ${form}`, ` of ${form}`]) {
      if (position.length > suffix.length && position.toLowerCase().endsWith(suffix.toLowerCase())) return {role: position.slice(0, -suffix.length), country: name}
    }
  }
  return owner === undefined ? {role: position} : {role: position, country: owner}
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value
  return best
}

/** One row's aliases: `|`-separated when a `|` is there (GROUP_CONCAT's separator), else `, `-separated (the label service's AltLabel). */
export function splitAliases(value: string): string[] {
  const parts = value.includes('|') ? value.split('|') : value.split(', ')
  return parts.map(clean).filter((part) => part !== '')
}

/** A name, not a description: letters, spaces, full stops, hyphens and apostrophes ("Pichai Sundararajan", not "Q42" or "Biden (politician)"). */
const NAME_LIKE = /^\p{L}[\p{L}\p{M} .'’-]*$/u

/**
 * Aliases that spell the full name another way (as many words, each close in
 * spelling or sound: "Vladimir Zelensky" for Volodymyr Zelenskyy) are
 * alternates; every other form of the name (one word, initials such as
 * "AMLO", a shorter or longer form) is a nickname. Aliases that fold to the
 * name (the same letters without diacritics) and ones that are not names
 * are left out.
 */
export function sortAliases(name: string, aliases: readonly string[]): {alternates: string[]; nicknames: string[]} {
  const seen = new Set([fold(name)])
  const alternates: string[] = []
  const nicknames: string[] = []
  for (const alias of aliases) {
    if (seen.has(fold(alias)) || !NAME_LIKE.test(alias)) continue
    seen.add(fold(alias))
    ;(spellsName(alias, name) ? alternates : nicknames).push(alias)
  }
  const byName = (a: string, b: string) => fold(a).localeCompare(fold(b)) || a.localeCompare(b)
  return {alternates: alternates.sort(byName), nicknames: nicknames.sort(byName)}
}

function spellsName(alias: string, name: string): boolean {
  const a = alias.split(' ')
  const b = name.split(' ')
  return a.length === b.length && a.every((word, index) => sameWord(word, b[index]!))
}

function sameWord(a: string, b: string): boolean {
  const x = fold(a)
  const y = fold(b)
  if (x === y) return true
  const edits = distance(x, y)
  const longest = Math.max(x.length, y.length)
  if ((edits <= 1 && longest >= 3) || (edits <= 2 && longest >= 6)) return true
  const [x1, x2] = phoneticCodes(x)
  const [y1, y2] = phoneticCodes(y)
  return x[0] === y[0] && longest >= 4 && (x1 === y1 || x1 === y2 || x2 === y1)
}

/**
 * Merge imported people into a people file's document. A person already
 * there (the same name, folded) keeps the entry: roles it lacks are added
 * (a role held from the same year is the same term, and gets the end year
 * it lacked), and aliases it lacks are added to its alternates or nicknames
 * (never one it lists as a mangle). New people are appended.
 */
export function mergePeople(doc: Document, existing: readonly PersonEntry[], people: readonly ImportedPerson[]): MergeCounts {
  const counts: MergeCounts = {added: 0, updated: 0, unchanged: 0}
  const list = topList(doc, 'people')
  const index = new Map<string, number>()
  existing.forEach((entry, position) => index.has(fold(entry.name)) || index.set(fold(entry.name), position))
  for (const person of people) {
    const at = index.get(fold(person.name))
    if (at === undefined) {
      list.add(personNode(doc, person))
      index.set(fold(person.name), existing.length + counts.added++)
      continue
    }
    const node = list.items[at]
    if (!isMap(node)) throw new Error(`people[${at}] is not a map`)
    if (updatePerson(doc, node, existing[at]!, person)) counts.updated++
    else counts.unchanged++
  }
  return counts
}

function personNode(doc: Document, person: ImportedPerson): YamlNode {
  const {name, country, roles, alternates, nicknames} = person
  const node = doc.createNode({name, country, roles, ...(alternates.length > 0 ? {alternates} : {}), ...(nicknames.length > 0 ? {nicknames} : {})}) as YAMLMap
  for (const role of (node.get('roles') as YAMLSeq).items) (role as YAMLMap).flow = true
  for (const key of ['alternates', 'nicknames']) {
    const names = node.get(key, true)
    if (isSeq(names)) names.flow = true
  }
  return node
}

/** Add what the entry lacks; true when something was added. */
function updatePerson(doc: Document, node: YAMLMap, entry: PersonEntry, person: ImportedPerson): boolean {
  let changed = false
  const roles = listOf(doc, node, 'roles', false)
  // The entry as the file has it, updated as roles are added, so an import's own rows never add a term twice.
  const held: Array<{role: string; country?: string; from?: number; to?: number; node?: unknown}> = entry.roles.map((role, position) => ({...role, node: roles.items[position]}))
  for (const role of person.roles) {
    const same = held.find((other) => sameTerm(other, role, entry.country))
    if (same === undefined) {
      const added = doc.createNode(role) as YAMLMap
      added.flow = true
      roles.add(added)
      held.push(role)
      changed = true
    } else if ((same.from === undefined || same.to === undefined) && role.to !== undefined && isMap(same.node)) {
      if (same.from === undefined) same.node.set('from', role.from)
      same.node.set('to', role.to)
      same.from = role.from
      same.to = role.to
      changed = true
    } else if (same.from === undefined && isMap(same.node)) {
      same.node.set('from', role.from)
      same.from = role.from
      changed = true
    }
  }
  const known = new Set([entry.name, ...entry.alternates, ...(entry.nicknames ?? []), ...entry.mangles].map(fold))
  for (const [key, names] of [['alternates', person.alternates], ['nicknames', person.nicknames]] as const) {
    const missing = names.filter((name) => !known.has(fold(name)))
    if (missing.length === 0) continue
    const list = listOf(doc, node, key, true)
    for (const name of missing) list.add(doc.createNode(name)), known.add(fold(name))
    changed = true
  }
  return changed
}

/** A list of the entry's, made when it has none (`flow`: written `[a, b]`). */
function listOf(doc: Document, node: YAMLMap, key: string, flow: boolean): YAMLSeq {
  const found = node.get(key, true)
  if (isSeq(found)) {
    if (found.items.length === 0) found.flow = flow
    return found
  }
  const made = doc.createNode([]) as YAMLSeq
  made.flow = flow
  node.set(key, made)
  return made
}
