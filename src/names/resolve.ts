/**
 * Decide what a mention is: a correct spelling of a listed person, a style
 * alternate ("Zelensky"), a misspelling with one confident correction, a
 * misspelling with several plausible people, or a name the gazetteer does not
 * know. Evidence: spelling distance, Double Metaphone agreement, first-name
 * agreement, the title before the name, and the person's other mentions.
 */
import {doubleMetaphone} from 'double-metaphone'
import {distance} from 'fastest-levenshtein'
import {fold} from './fold.js'
import type {Person} from './gazetteer.js'
import type {NameIndex} from './index.js'
import type {Mention, Token} from './mentions.js'

export type Kind = 'correct' | 'alternate' | 'misspelled' | 'ambiguous' | 'unknown'

export interface Replacement {
  start: number
  end: number
  text: string
}

export interface Resolution {
  mention: Mention
  kind: Kind
  /** The person meant (correct, alternate, misspelled). */
  person?: Person
  /** Plausible people, best first (misspelled: one; ambiguous: several). */
  candidates: Person[]
  replacement?: Replacement
  /** Mention words paired with the person's canonical words (for consistency). */
  pairs: Array<{token: Token; canonical: string}>
}

type Match = 'exact' | 'close' | 'initial' | 'different'

interface Scored {
  person: Person
  score: number
  form: 'canonical' | 'alternate' | 'mangle'
  pairs: Array<{token: Token; word: string; canonical: string; match: Match}>
}

/** Confidence needed to fix, and the lead it needs over the next person. */
const CONFIDENT = 3
const MARGIN = 1.5

export function resolveAll(mentions: readonly Mention[], index: NameIndex): Resolution[] {
  const first = mentions.map((mention) => ({mention, scored: score(mention, index, new Set())}))
  const present = new Set<number>()
  const unknownSurnames = new Set<string>()
  for (const {mention, scored} of first) {
    const exact = scored.find((s) => s.form !== 'mangle' && s.pairs.every((pair) => pair.match === 'exact'))
    if (exact) present.add(exact.person.id)
    else if (mention.tokens.length > 1 && scored.every((s) => s.score < CONFIDENT)) unknownSurnames.add(fold(mention.tokens.at(-1)!.text))
  }
  return first.map(({mention}) => decide(mention, score(mention, index, present), unknownSurnames))
}

function decide(mention: Mention, scored: Scored[], unknownSurnames: ReadonlySet<string>): Resolution {
  const exact = scored.filter((s) => s.pairs.every((pair) => pair.match === 'exact'))
  const canonical = exact.find((s) => s.form === 'canonical')
  if (canonical) return {mention, kind: 'correct', person: canonical.person, candidates: [canonical.person], pairs: pairsOf(canonical)}
  const alternate = exact.find((s) => s.form === 'alternate')
  if (alternate) return {mention, kind: 'alternate', person: alternate.person, candidates: [alternate.person], pairs: pairsOf(alternate), replacement: replacement(alternate)}
  const mangle = exact.find((s) => s.form === 'mangle')
  if (mangle) return misspelled(mention, mangle)
  // A bare surname already used with a first name the gazetteer does not know ("Martin Schulz … Schulz").
  if (mention.tokens.length === 1 && unknownSurnames.has(fold(mention.tokens[0]!.text))) return unknown(mention)
  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score)
  const [best, second] = ranked
  if (!best) return unknown(mention)
  if (best.score >= CONFIDENT && (!second || best.score - second.score >= MARGIN)) return misspelled(mention, best)
  if (best.score >= 1.5) return {mention, kind: 'ambiguous', candidates: ranked.slice(0, 3).map((s) => s.person), pairs: []}
  return unknown(mention)
}

function misspelled(mention: Mention, best: Scored): Resolution {
  return {mention, kind: 'misspelled', person: best.person, candidates: [best.person], pairs: pairsOf(best), replacement: replacement(best)}
}

function unknown(mention: Mention): Resolution {
  return {mention, kind: 'unknown', candidates: [], pairs: []}
}

function pairsOf(scored: Scored): Resolution['pairs'] {
  return scored.pairs.map(({token, canonical}) => ({token, canonical}))
}

/** Replace the wrong words (from the first to the last) with the canonical ones. */
function replacement(scored: Scored): Replacement | undefined {
  const wrong = scored.pairs.filter((pair) => pair.match !== 'exact' && pair.match !== 'initial')
  if (wrong.length === 0) return undefined
  const first = scored.pairs.indexOf(wrong[0]!)
  const last = scored.pairs.indexOf(wrong.at(-1)!)
  const span = scored.pairs.slice(first, last + 1)
  const text = span.map((pair) => (pair.match === 'exact' ? pair.token.text : pair.canonical)).join(' ')
  return {start: span[0]!.token.start, end: span.at(-1)!.token.end, text}
}

function score(mention: Mention, index: NameIndex, present: ReadonlySet<number>): Scored[] {
  const people = new Map<number, Person>()
  for (const token of mention.tokens) for (const person of index.candidates(token.text)) people.set(person.id, person)
  const results: Scored[] = []
  for (const person of people.values()) {
    const best = forms(person, mention.tokens.length)
      .map(({words, form}) => align(mention, person, words, form, present))
      .filter((s): s is Scored => s !== undefined)
      .sort((a, b) => b.score - a.score)[0]
    if (best) results.push(best)
  }
  return results
}

/** The spellings a mention of n words can be compared with, each paired with canonical words. */
function forms(person: Person, n: number): Array<{words: string[]; form: Scored['form']}> {
  // A one-word alternate or mangle stands for the surname, also inside the full name.
  const withGiven = (name: string) => {
    const words = name.split(/\s+/)
    return words.length === 1 ? [[...person.words.slice(0, -1), words[0]!], words] : [words]
  }
  const all: Array<{words: string[]; form: Scored['form']}> = [
    {words: person.words, form: 'canonical'},
    {words: person.surname, form: 'canonical'},
    ...person.alternates.flatMap(withGiven).map((words) => ({words, form: 'alternate' as const})),
    ...person.mangles.flatMap(withGiven).map((words) => ({words, form: 'mangle' as const}))
  ]
  return all.filter(({words}) => (n === 1 ? true : words.length >= Math.min(n, 2)))
}

function align(mention: Mention, person: Person, words: readonly string[], form: Scored['form'], present: ReadonlySet<number>): Scored | undefined {
  const tokens = mention.tokens
  const count = Math.min(tokens.length, words.length)
  if (tokens.length > 1 && count < 2) return undefined
  const canonicalWords = canonicalFor(person, words, form)
  const pairs: Scored['pairs'] = []
  for (let offset = 1; offset <= count; offset++) {
    const token = tokens[tokens.length - offset]!
    const word = words[words.length - offset]!
    pairs.unshift({token, word, canonical: canonicalWords[canonicalWords.length - offset] ?? word, match: compare(token.text, word)})
  }
  const last = pairs.at(-1)!
  if (last.match === 'different' || last.match === 'initial') return undefined
  const given = pairs.slice(0, -1)
  if (given.some((pair) => pair.match === 'different')) return undefined
  let points = 0
  if (mention.title?.people.has(person.id)) points += mention.title.generic ? 1.5 : 3
  else if (mention.title && !mention.title.generic) points -= 2
  if (given.some((pair) => pair.match === 'exact')) points += 2
  else if (given.some((pair) => pair.match === 'close')) points += 1
  if (present.has(person.id)) points += 2
  if (last.match === 'exact') points += 3
  else {
    if (distance(fold(last.token.text), fold(last.word)) === 1) points += 1
    if (sharesCode(last.token.text, last.word)) points += 1
  }
  return {person, score: points, form, pairs}
}

/** Canonical words matching a form's words position by position (alternates may differ in length). */
function canonicalFor(person: Person, words: readonly string[], form: Scored['form']): readonly string[] {
  if (form === 'canonical') return words
  return words.length === 1 ? person.surname.slice(-1) : person.words
}

function compare(text: string, word: string): Match {
  const a = fold(text)
  const b = fold(word)
  if (a === b) return 'exact'
  if (/^\p{L}\.?$/u.test(text) && a[0] === b[0]) return 'initial'
  const edits = distance(a, b)
  const longest = Math.max(a.length, b.length)
  if ((edits <= 1 && longest >= 3) || (edits <= 2 && longest >= 6) || (edits <= 3 && longest >= 9)) return 'close'
  if (sharesCode(a, b) && edits <= Math.ceil(longest / 2)) return 'close'
  return 'different'
}

function sharesCode(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(fold(a))
  const [b1, b2] = doubleMetaphone(fold(b))
  return a1 === b1 || a1 === b2 || a2 === b1
}
