/**
 * How each person's name words are spelled across one article: the basis of
 * the consistency check and of when an alternate is only a style matter.
 */
import {distance} from 'fastest-levenshtein'
import {fold, phoneticCodes} from './fold.js'
import type {Person} from './gazetteer.js'
import type {Token} from './mentions.js'
import type {Resolution} from './resolve.js'
import type {Readings} from './transliteration.js'

export interface SpellingGroup {
  person?: Person
  /** The spelling every occurrence should have, when one is sure. */
  target?: string
  occurrences: Token[]
}

type Group = SpellingGroup & {titled: Set<string>; firstNames: Set<string>; /** Spellings given with a first name. */ full: Set<string>}

/** `readings`: other romanisations, so that "Lawrow" and "Lavrov" can be one person the gazetteer does not hold. */
export function spellingGroups(resolutions: readonly Resolution[], readings: Readings = () => []): SpellingGroup[] {
  const groups = new Map<string, Group>()
  const add = (key: string, token: Token, person: Person | undefined, target: string | undefined, titled: boolean, firstName?: string) => {
    const group = groups.get(key) ?? {person, target, occurrences: [], titled: new Set<string>(), firstNames: new Set<string>(), full: new Set<string>()}
    group.occurrences.push(token)
    if (titled) group.titled.add(token.text)
    if (firstName !== undefined) group.firstNames.add(fold(firstName)), group.full.add(token.text)
    groups.set(key, group)
  }
  const wholes = wholeNames(resolutions)
  for (const resolution of resolutions) {
    const titled = Boolean(resolution.mention.title)
    if ((resolution.kind === 'correct' || resolution.kind === 'alternate') && resolution.person) {
      const pairs = mergeWholes(resolution.pairs, wholes.get(resolution.person.id))
      for (const {token, canonical} of pairs) add(`${resolution.person.id}:${canonical}`, token, resolution.person, canonical, titled)
    } else if (resolution.kind === 'unknown') {
      const {tokens} = resolution.mention
      add(`?${fold(tokens.at(-1)!.text)}`, tokens.at(-1)!, undefined, undefined, titled, tokens.length > 1 ? tokens[0]!.text : undefined)
    }
  }
  const unknown = samePeople([...groups].filter(([key]) => key.startsWith('?')).map(([, group]) => group), readings)
  const known = [...groups].filter(([key]) => !key.startsWith('?')).map(([, group]) => group)
  return [...known, ...unknown].map(({titled, firstNames, full, ...group}) => (group.person ? group : {...group, target: preferred(group.occurrences, full.size === 1 ? full : titled)}))
}

/**
 * The evidence inside the article for a person the gazetteer does not hold:
 * two spellings of a surname one letter apart (two, where they sound alike)
 * are one person when given with the same first name and never with
 * different ones ("Sundar Pichai" … "Sundar Pichay"), or when one is given
 * alone and the article has no other person it could be ("Sundar Pichai" …
 * "Pitchai said"). Different first names are different people ("Martin
 * Schulz", "Olaf Scholz").
 */
function samePeople(groups: Group[], readings: Readings): Group[] {
  const sameSurname = (a: string, b: string) => similarSurnames(a, b) || readings(a).includes(b) || readings(b).includes(a)
  const named = groups.filter((group) => group.firstNames.size > 0)
  const merged: Group[] = []
  for (const group of named) {
    const same = merged.find((other) => sameSurname(surnameOf(other), surnameOf(group)) && sameFirstName(other.firstNames, group.firstNames))
    if (same) join(same, group)
    else merged.push(group)
  }
  for (const alone of groups.filter((group) => group.firstNames.size === 0)) {
    const candidates = merged.filter((other) => other.firstNames.size === 1 && sameSurname(surnameOf(other), surnameOf(alone)))
    if (candidates.length === 1) join(candidates[0]!, alone)
    else merged.push(alone)
  }
  for (const group of merged) group.occurrences.sort((a, b) => a.start - b.start)
  return merged
}

function join(group: Group, other: Group): void {
  group.occurrences.push(...other.occurrences)
  for (const text of other.titled) group.titled.add(text)
  for (const name of other.firstNames) group.firstNames.add(name)
  for (const text of other.full) group.full.add(text)
}

function surnameOf(group: Group): string {
  return fold(group.occurrences[0]!.text)
}

/** Spellings one person's surname may have in one article: one edit apart, or two that sound alike, in a word of five letters or more. */
function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.min(a.length, b.length) < 5) return false
  const edits = distance(a, b)
  return edits === 1 || (edits === 2 && phoneticCodes(a)[0] === phoneticCodes(b)[0])
}

/**
 * Two full names that this module takes for one person's, as it does inside
 * an article: the same first name, and surnames `similarSurnames` takes for one
 * ("Sundar Pichai", "Sundar Pichay"). `names learn` asks it of an archive.
 */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 2 && b.length >= 2 && fold(a[0]!) === fold(b[0]!) && similarSurnames(fold(a.at(-1)!), fold(b.at(-1)!))
}

/** Both given with one and the same first name (besides mentions without one). */
function sameFirstName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 1 && b.size === 1 && [...a][0] === [...b][0]
}

type Pair = Resolution['pairs'][number]

/**
 * Names matched whole because they were split differently from the
 * canonical name ("Yoon Suk-yeol" for "Yoon Suk Yeol"), by person: the same
 * person's word-by-word matches are compared with them whole.
 */
function wholeNames(resolutions: readonly Resolution[]): Map<number, string[][]> {
  const found = new Map<number, string[][]>()
  for (const {person, pairs} of resolutions) {
    for (const {canonical} of pairs) {
      if (!person || !canonical.includes(' ')) continue
      const list = found.get(person.id) ?? []
      if (!list.some((words) => words.join(' ') === canonical)) list.push(canonical.split(' '))
      found.set(person.id, list)
    }
  }
  return found
}

/** Consecutive word pairs that spell out a whole name become one occurrence of it. */
function mergeWholes(pairs: readonly Pair[], wholes: readonly string[][] | undefined): readonly Pair[] {
  if (!wholes) return pairs
  const merged: Pair[] = []
  for (let index = 0; index < pairs.length; index++) {
    const whole = wholes.find((words) => words.every((word, offset) => pairs[index + offset]?.canonical === word))
    if (!whole) {
      merged.push(pairs[index]!)
      continue
    }
    const span = pairs.slice(index, index + whole.length)
    merged.push({token: {text: span.map((pair) => pair.token.text).join(' '), start: span[0]!.token.start, end: span.at(-1)!.token.end, gap: span[0]!.token.gap}, canonical: whole.join(' ')})
    index += whole.length - 1
  }
  return merged
}

/** Spellings compare with a sentence-initial capital ignored ("El-Sisi" = "el-Sisi"). */
export function spellingOf(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export function isConsistent(group: SpellingGroup): boolean {
  return new Set(group.occurrences.map((token) => spellingOf(token.text))).size <= 1
}

/** For a name the gazetteer does not know: the one spelling given with a first name or else with a title, else the one used most. */
function preferred(occurrences: readonly Token[], attested: ReadonlySet<string>): string | undefined {
  if (attested.size === 1) return [...attested][0]
  const counts = new Map<string, number>()
  for (const token of occurrences) counts.set(token.text, (counts.get(token.text) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  return ranked.length > 1 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined
}
