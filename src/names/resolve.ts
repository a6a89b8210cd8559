/**
 * Decide what a mention is: a correct spelling of a listed person, a style
 * alternate ("Zelensky"), a misspelling with one confident correction, a
 * misspelling with several plausible people, or a name the gazetteer does not
 * know. Evidence: spelling distance, Double Metaphone agreement, first-name
 * agreement, the title before the name, and the person's other mentions.
 */
import {distance} from 'fastest-levenshtein'
import {fold, phoneticCodes} from './fold.js'
import {osaDistance} from '../text/suggest.js'
import type {Ground} from './about.js'
import type {Person} from './gazetteer.js'
import type {NameIndex} from './index.js'
import type {Confidence} from '../messages.js'
import {memoised} from '../memo.js'
import type {Mention, Token} from './mentions.js'
import type {Readings} from './transliteration.js'

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
  /** Plausible people, best first (misspelled: one; ambiguous: several; unknown: the nearest listed, where the article gives no ground for them). */
  candidates: Person[]
  replacement?: Replacement
  /** Mention words paired with the person's canonical words (for consistency). */
  pairs: Array<{token: Token; canonical: string}>
  /** The best candidate's score and its lead over the next (misspelled, ambiguous). */
  confidence?: Confidence
}

/** `transliterated`: the same name in another language's romanisation ("Lawrow" for "Lavrov"). */
type Match = 'exact' | 'transliterated' | 'close' | 'near' | 'initial' | 'different'

/** What a mention is compared with: the gazetteer, the dictionary, and other languages' romanisations. */
export interface Lookup {
  index: NameIndex
  /** The English dictionary: a dictionary word is never a misspelled surname. */
  isWord: (word: string) => boolean
  readings: Readings
  /** A place's name, whole ("London", "Santa Cruz"). */
  isPlace: (text: string) => boolean
  /** A first name many listed people share ("Michael"). */
  isCommonGivenName: (word: string) => boolean
}

interface Scored {
  person: Person
  score: number
  form: 'canonical' | 'alternate' | 'nickname' | 'mangle'
  pairs: Array<{token: Token; word: string; canonical: string; match: Match}>
}

/** Confidence needed to fix (the default of the config's names.confident), and the lead it needs over the next person. */
export const CONFIDENT = 3
const MARGIN = 1.5
/** Least score for a misspelling with several candidates (suggestions); a lone untitled word needs more ("Praga" is not "Prak"). */
const PLAUSIBLE = 1.5
const LONE_WORD_PLAUSIBLE = 2.5

/**
 * Scores kept for later mentions and later lints: a name recurs through an
 * article, and the fixer lints it again. A score depends only on the
 * mention's words, title and possessive, and on who else is present.
 */
export class ScoreMemo {
  private readonly scores = new Map<string, {mention: Mention; scored: Scored[]}>()

  /** Score mentions with `make`, knowing these people are present. */
  scorer(present: ReadonlySet<number>, make: (mention: Mention) => Scored[]): (mention: Mention) => Scored[] {
    const who = [...present].sort((a, b) => a - b).join(',')
    return (mention) => {
      const key = `${mention.tokens.map((token) => token.text).join(' ')}|${mention.titleText ?? ''}|${mention.possessive}|${who}`
      const kept = this.scores.get(key)
      if (kept) return kept.mention === mention ? kept.scored : rebase(kept.scored, mention)
      if (this.scores.size >= MAX_SCORES) this.scores.clear()
      const scored = make(mention)
      this.scores.set(key, {mention, scored})
      return scored
    }
  }
}

const MAX_SCORES = 20_000

export interface ResolveOptions {
  /** Scores kept across mentions and lints. */
  memo?: ScoreMemo
  /** The score a fix needs (with a clear lead over the next person). */
  confident?: number
  /** Whether and how the article is on a person's ground (see about.ts); a person it neither names nor is about is not fixed. */
  about?: (person: Person) => Ground
}

export function resolveAll(mentions: readonly Mention[], lookup: Lookup, {memo = new ScoreMemo(), confident = CONFIDENT, about = () => 'field'}: ResolveOptions = {}): Resolution[] {
  const scoreAlone = memo.scorer(NOBODY, (mention) => scoreAll(mention, lookup))
  // A place named without a title is a person only where it is spelled as that person is, to the letter:
  // "London" is not "Londoño", "Berkeley" not "Berkley".
  const places = new Set(mentions.filter((mention) => isPlaceMention(mention, lookup)))
  // A person the article names elsewhere may be meant by a place's spelling without accents ("Sanchez" after "Pedro
  // Sánchez"), not by a place a letter away ("in Rome" is not Justin Rose, named before it) unless the place speaks
  // ("Metz added", after Friedrich Merz): then that person is suggested (below), never fixed.
  const asWritten = (mention: Mention, scored: Scored[], named: ReadonlySet<number> = new Set()) =>
    places.has(mention) ? scored.filter((s) => s.form !== 'mangle' && (s.pairs.every((pair) => pair.token.text === pair.canonical) || (named.has(s.person.id) && (allExact(s) || mention.speaks)))) : scored
  const first = mentions.map((mention) => ({mention, scored: asWritten(mention, scoreAlone(mention))}))
  const present = new Set<number>()
  const unknownSurnames = new Set<string>()
  /** How the article itself spells each person's words: a fix keeps to it. */
  const used = new Map<string, string>()
  // Who the article names: by full name or title first; then by a surname alone, unless it is one letter off
  // someone named so ("Subiyanto" after "Prabowo Subianto") or several listed people share it ("Herzog").
  const byName = (mention: Mention, exacts: Scored[]) => (mention.tokens.length > 1 ? exacts[0] : exacts.filter((s) => mention.title?.people.has(s.person.id)).length === 1 ? exacts.find((s) => mention.title?.people.has(s.person.id)) : undefined)
  const exactsOf = (scored: Scored[]) => scored.filter((s) => s.form !== 'mangle' && allExact(s))
  const namedWords = new Set<string>()
  for (const {mention, scored} of first) for (const word of byName(mention, exactsOf(scored))?.person.words ?? []) namedWords.add(fold(word))
  const nearNamed = (word: string) => [...namedWords].some((named) => named !== word && distance(named, word) <= 1)
  for (const {mention, scored} of first) {
    const exacts = exactsOf(scored)
    const exact = byName(mention, exacts) ?? (exacts.length === 1 && !mention.title && !nearNamed(fold(mention.tokens[0]!.text)) ? exacts[0] : undefined)
    if (exact) {
      present.add(exact.person.id)
      for (const pair of exact.pairs) if (!used.has(`${exact.person.id}:${pair.canonical}`)) used.set(`${exact.person.id}:${pair.canonical}`, pair.token.text)
    }
    else if (mention.tokens.length > 1 && scored.every((s) => s.score < confident)) unknownSurnames.add(fold(mention.tokens.at(-1)!.text))
  }
  const spell = (person: Person, canonical: string) => used.get(`${person.id}:${canonical}`) ?? canonical
  // A surname the article spells the same way three times or more is how it spells someone, not a slip (see vouched).
  const counts = new Map<string, number>()
  for (const mention of mentions) {
    const surname = fold(mention.tokens.at(-1)!.text)
    counts.set(surname, (counts.get(surname) ?? 0) + 1)
  }
  const steady = new Set([...counts].filter(([, count]) => count >= STEADY).map(([surname]) => surname))
  const evidence: Evidence = {unknownSurnames, steady, present, about, isCommonGivenName: lookup.isCommonGivenName}
  // A person confidently recognised under a misspelling ("Antonio Guteres" after a title) is in the article too.
  for (const {mention, scored} of first) {
    const decided = decide(mention, scored, evidence, spell, confident)
    if (decided.kind === 'misspelled' && decided.person) present.add(decided.person.id)
  }
  // A mention already spelled as someone present needs no second look; the rest are scored knowing who is present.
  const scoreKnowing = memo.scorer(present, (mention) => rescore(scoreAlone(mention), mention, lookup, present))
  const settled = (scored: Scored[]) => scored.some((s) => allExact(s) && present.has(s.person.id))
  return first.map(({mention, scored}) => {
    const decided = decide(mention, settled(scored) ? scored : asWritten(mention, scoreKnowing(mention), present), evidence, spell, confident)
    return places.has(mention) && decided.kind === 'misspelled' ? {mention, kind: 'ambiguous', candidates: decided.candidates, pairs: [], confidence: decided.confidence} : decided
  })
}

/** A mention that is a place as a whole, named without a title ("London", "Santa Cruz"). */
export function isPlaceMention(mention: Mention, lookup: Pick<Lookup, 'isPlace'>): boolean {
  return !mention.title && lookup.isPlace(mention.tokens.map((token) => token.text).join(' '))
}

/** Scores made for another mention (elsewhere in the text, or in another text) carry its tokens: point them at this mention's. */
function rebase(scored: Scored[], mention: Mention): Scored[] {
  const byText = (offset: number) => mention.tokens[mention.tokens.length - offset]!
  return scored.map((s) => ({
    ...s,
    pairs: s.pairs.map((pair, i) => {
      if (pair.token.text.includes(' ')) return {...pair, token: {text: pair.token.text, start: mention.tokens[0]!.start, end: mention.tokens.at(-1)!.end, gap: mention.tokens[0]!.gap}}
      return {...pair, token: byText(s.pairs.length - i)}
    })
  }))
}

type Spell = (person: Person, canonical: string) => string

/** What the article itself says: surnames used with unknown first names, surnames spelled alike three times, people named. */
interface Evidence {
  unknownSurnames: ReadonlySet<string>
  steady: ReadonlySet<string>
  present: ReadonlySet<number>
  about: (person: Person) => Ground
  isCommonGivenName: (word: string) => boolean
}

function decide(mention: Mention, scored: Scored[], {unknownSurnames, steady, present, about, isCommonGivenName}: Evidence, spell: Spell, confident: number): Resolution {
  const exact = scored.filter(allExact)
  // A nickname is how the press writes the person ("Jokowi"): correct as it stands.
  // Of several people spelled so ("Herzog"), the one the title names, else the one the article names.
  const rank = (s: Scored) => (mention.title?.people.has(s.person.id) ? 2 : 0) + (present.has(s.person.id) ? 1 : 0)
  const presentFirst = (list: Scored[]) => list.sort((a, b) => rank(b) - rank(a))
  const canonical = presentFirst(exact.filter((s) => s.form === 'canonical' || s.form === 'nickname'))[0]
  const named = canonical && lonelyNamesake(mention, canonical, scored, present)
  if (named) return {mention, kind: 'ambiguous', candidates: [named.person, canonical.person], pairs: []}
  if (canonical) return {mention, kind: 'correct', person: canonical.person, candidates: [canonical.person], pairs: pairsOf(canonical)}
  const alternate = presentFirst(exact.filter((s) => s.form === 'alternate'))[0]
  if (alternate) return {mention, kind: 'alternate', person: alternate.person, candidates: [alternate.person], pairs: pairsOf(alternate), replacement: replacement(alternate, (_, word) => word, true)}
  const mangle = exact.find((s) => s.form === 'mangle')
  if (mangle) return misspelled(mention, mangle, spell)
  // A bare surname already used with a first name the gazetteer does not know ("Martin Schulz … Schulz").
  if (mention.tokens.length === 1 && unknownSurnames.has(fold(mention.tokens[0]!.text))) return unknown(mention)
  const own = steady.has(fold(mention.tokens.at(-1)!.text))
  const ranked = scored.filter((s) => s.score > 0 && !differentPerson(mention, s) && !(own && s.pairs.at(-1)?.match !== 'exact' && !vouched(mention, s, present))).sort((a, b) => b.score - a.score)
  const [best, second] = ranked
  if (!best) return unknown(mention)
  // A fix to someone the article neither names nor is about needs their own rare first name and a surname a slip from
  // theirs ("Kamala Haris"; "Michael Chong" is not "Michael Chang", nor "Alex Caruso" "Alex Chriss").
  const slip = (pair: Scored['pairs'][number]) => pair.match === 'exact' || pair.match === 'transliterated' || osaDistance(fold(pair.token.text), fold(pair.word)) <= SLIP
  const rareGiven = (s: Scored) => s.pairs.length > 1 && s.pairs[0]!.match === 'exact' && !isCommonGivenName(s.pairs[0]!.token.text) && slip(s.pairs.at(-1)!)
  // The article's ground: their field (a role word, an organisation), or their country alone, which grounds only a slip
  // in the surname ("Olaf Sholtz" in an article on Germany). Every American is on an American article's ground: the
  // guard Alex Caruso is not Alex Chriss, PayPal's chief executive.
  const onGround = (s: Scored) => {
    const ground = about(s.person)
    return ground === 'field' || (ground === 'nationality' && slip(s.pairs.at(-1)!))
  }
  // A name learned from the newsroom's own articles has no roles to be about: only the article itself vouches for it.
  const grounded = (s: Scored) => present.has(s.person.id) || (!s.person.learned && ((mention.title?.people.has(s.person.id) && !mention.title.generic) || onGround(s) || rareGiven(s)))
  const confidence = {score: best.score, lead: second ? best.score - second.score : null}
  if (best.score >= confident && (!second || best.score - second.score >= MARGIN) && grounded(best)) return {...misspelled(mention, best, spell), confidence}
  // A lone word with no title has only its spelling to go on: it must be close to count as a misspelling of someone.
  const plausible = ranked.slice(0, 3).filter((s) => s.score >= (mention.tokens.length === 1 && !mention.title ? LONE_WORD_PLAUSIBLE : PLAUSIBLE))
  // People the article gives no ground are only the nearest listed to a name to verify: "Senator Cory Booker" is not
  // "perhaps Kerry Packer", in an article with no business in it. The newsroom's own published names are its ground.
  if (plausible.some((s) => grounded(s) || s.person.learned)) return {mention, kind: 'ambiguous', candidates: plausible.map((s) => s.person), pairs: [], confidence}
  // The nearest listed is for the editor to look at: of the near, one on the article's ground first ("BERLIN — Scholtz"
  // is nearer Olaf Scholz than Howard Schultz, whose name it sounds like).
  const nearest = ranked.slice(0, 3).find((s) => s.score >= PLAUSIBLE && grounded(s)) ?? plausible[0]
  return {...unknown(mention), candidates: nearest ? [nearest.person] : []}
}

/**
 * A surname alone, spelled as someone the article never names, one letter off
 * someone it does ("Jolie" after "Mélanie Joly"): the person named is likely
 * meant, but a listed person's name is never changed, so both are suggested.
 */
function lonelyNamesake(mention: Mention, exact: Scored, scored: readonly Scored[], present: ReadonlySet<number>): Scored | undefined {
  if (mention.tokens.length > 1 || mention.title || present.has(exact.person.id)) return undefined
  return scored.find((s) => present.has(s.person.id) && s.pairs.length === 1 && s.pairs[0]!.match === 'close' && distance(fold(s.pairs[0]!.token.text), fold(s.pairs[0]!.word)) === 1)
}

/** Edits (a letter added, dropped or changed, two swapped) that a surname may be off and still be a slip, not another name. */
const SLIP = 2

/** Times an article spells a surname alike before that spelling is taken as its own (see resolveAll). */
const STEADY = 3

/**
 * A steady spelling is someone's misspelling only when the article vouches
 * for that person: named elsewhere, given with their own first name ("Andrzej
 * Dudar", three times over), or with a title of theirs. "Mohamed Salah", three
 * times, is not "Ibrahim Mohamed Solih": his first name is not Mohamed.
 */
function vouched(mention: Mention, scored: Scored, present: ReadonlySet<number>): boolean {
  if (present.has(scored.person.id)) return true
  if (mention.title?.people.has(scored.person.id) && !mention.title.generic) return true
  return scored.pairs.length >= 2 && scored.pairs.length === scored.person.words.length && scored.pairs[0]!.match === 'exact'
}

/**
 * A full name whose surname is right but whose given name is another name,
 * not a slip of it ("Amit Shah" for "… Ahmad Shah", "Zhang Yuxin" for "Zhang
 * Youxia"), is a different person, wherever the surname stands.
 */
function differentPerson(mention: Mention, scored: Scored): boolean {
  if (mention.tokens.length < 2 || scored.pairs.length < 2) return false
  const surname = new Set(scored.person.surname)
  const family = scored.pairs.filter((pair) => surname.has(pair.canonical))
  const given = scored.pairs.filter((pair) => !surname.has(pair.canonical))
  if (family.length === 0 || given.length === 0 || family.some((pair) => pair.match !== 'exact')) return false
  return given.some((pair) => pair.match !== 'exact' && pair.match !== 'transliterated' && pair.match !== 'initial' && distance(fold(pair.token.text), fold(pair.canonical)) > 1)
}

function allExact(scored: Scored): boolean {
  return scored.pairs.every((pair) => pair.match === 'exact')
}

function misspelled(mention: Mention, best: Scored, spell: Spell): Resolution {
  return {mention, kind: 'misspelled', person: best.person, candidates: [best.person], pairs: pairsOf(best), replacement: replacement(best, spell)}
}

function unknown(mention: Mention): Resolution {
  return {mention, kind: 'unknown', candidates: [], pairs: []}
}

function pairsOf(scored: Scored): Resolution['pairs'] {
  return scored.pairs.map(({token, canonical}) => ({token, canonical}))
}

/**
 * Replace the wrong words (from the first to the last) with the right ones,
 * spelled as `spell` says (the article's own accepted spelling, else the
 * canonical one), keeping a capital the text had ("El-Sissi" → "El-Sisi").
 */
function replacement(scored: Scored, spell: Spell, toCanonical = false): Replacement | undefined {
  const misspelt = (pair: Scored['pairs'][number]) => pair.match !== 'exact' && pair.match !== 'initial'
  const styled = (pair: Scored['pairs'][number]) => fold(pair.token.text) !== fold(pair.canonical)
  if (!scored.pairs.some(toCanonical ? styled : misspelt)) return undefined
  // Once a name is being fixed, it is written in full as the article (else the gazetteer) spells it:
  // an alternate's words become canonical ("Georgiy Tikhiy" → "Heorhiy Tykhyi"), and a word that only
  // lacks its diacritics gets them back ("Antonio Gutierrez" → "António Guterres").
  const isWrong = (pair: Scored['pairs'][number]) =>
    toCanonical || scored.form === 'alternate' ? styled(pair) || misspelt(pair) : misspelt(pair) || (pair.token.text !== pair.canonical && spell(scored.person, pair.canonical) === pair.canonical)
  const wrong = scored.pairs.filter(isWrong)
  const first = scored.pairs.indexOf(wrong[0]!)
  const last = scored.pairs.indexOf(wrong.at(-1)!)
  const span = scored.pairs.slice(first, last + 1)
  const words = span.map((pair) => (isWrong(pair) ? keepCapital(pair.token.text, spell(scored.person, pair.canonical)) : pair.token.text))
  return {start: span[0]!.token.start, end: span.at(-1)!.token.end, text: words.map((word, index) => (index === 0 ? word : span[index]!.token.gap + word)).join('')}
}

function keepCapital(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word
}

/** No one named yet: the first scoring of every mention. */
const NOBODY: ReadonlySet<number> = new Set()

function scoreAll(mention: Mention, lookup: Lookup): Scored[] {
  const people = new Map<number, Person>()
  // The surname decides (see align): it is looked up by spelling, sound and shared letters; the other words only as
  // written, which finds a name split differently ("Yoon Suk-yeol") without the thousands who share a first name's sound.
  mention.tokens.forEach((token, index) => {
    const surname = index === mention.tokens.length - 1
    for (const spelling of [token.text, ...lookup.readings(token.text)]) for (const person of lookup.index.candidates(spelling, !surname)) people.set(person.id, person)
  })
  return [...people.values()].flatMap((person) => scoreOne(mention, person, lookup, NOBODY) ?? [])
}

/**
 * The scores knowing who the article names. Those people are candidates for
 * every mention, whatever letters they share ("Novoa" for "Noboa"), and come
 * first. Everyone else scores as with no one named, since scoring a person
 * asks only whether that person is named: only the named are scored again.
 */
function rescore(alone: readonly Scored[], mention: Mention, lookup: Lookup, present: ReadonlySet<number>): Scored[] {
  const named = lookup.index.people(present).flatMap((person) => scoreOne(mention, person, lookup, present) ?? [])
  return [...named, ...alone.filter((s) => !present.has(s.person.id))]
}

/** A person's best score for a mention, over the person's spellings: an exact one first. */
function scoreOne(mention: Mention, person: Person, lookup: Lookup, present: ReadonlySet<number>): Scored | undefined {
  // A word alone is a surname: compared with a whole name's last word only where the surname ends it, or where the
  // article names the person ("Jannik" is not "He Jiankui", whose surname comes first; "Subiyanto" after "Prabowo Subianto" is him).
  const alone = mention.tokens.length === 1 && !surnameLast(person) && !present.has(person.id)
  return forms(person, mention.tokens.length)
    .filter(({words}) => !alone || words.length === 1)
    .map(({words, form}) => align(mention, person, words, form, present, lookup))
    .filter((s): s is Scored => s !== undefined)
    .sort((a, b) => Number(allExact(b)) - Number(allExact(a)) || b.score - a.score)[0]
}

type Form = {words: string[]; form: Scored['form']}

/** Each gazetteer person's spellings, worked out the first time a mention is compared with them. */
const formsOf = new Map<Person, Form[]>()

/** The spellings a mention of n words can be compared with, each paired with canonical words. */
function forms(person: Person, n: number): Form[] {
  let all = formsOf.get(person)
  if (all === undefined) formsOf.set(person, (all = allForms(person)))
  return all.filter(({words}) => (n === 1 ? true : words.length >= Math.min(n, 2)))
}

function surnameLast(person: Person): boolean {
  return person.surname.every((word, i) => person.words[person.words.length - person.surname.length + i] === word)
}

function allForms(person: Person): Form[] {
  // A one-word alternate or mangle stands for the surname, also inside the full name.
  const withGiven = (name: string) => {
    const words = name.split(/\s+/)
    return words.length === 1 ? [[...person.words.slice(0, -1), words[0]!], words] : [words]
  }
  return [
    {words: person.words, form: 'canonical'},
    {words: person.surname, form: 'canonical'},
    ...(person.bareSurname ? [{words: [person.bareSurname], form: 'canonical' as const}] : []),
    ...person.alternates.flatMap(withGiven).map((words) => ({words, form: 'alternate' as const})),
    ...person.nicknames.map((name) => ({words: name.split(/\s+/), form: 'nickname' as const})),
    ...person.mangles.flatMap(withGiven).map((words) => ({words, form: 'mangle' as const}))
  ]
}

function align(
  mention: Mention,
  person: Person,
  words: readonly string[],
  form: Scored['form'],
  present: ReadonlySet<number>,
  {isWord, readings}: Lookup
): Scored | undefined {
  const compare = matcherOf(readings)
  const tokens = mention.tokens
  // A nickname is taken only as written: nothing is corrected towards it.
  if (form === 'nickname') return tokens.length === words.length && tokens.every((token, i) => fold(token.text) === fold(words[i]!)) ? {person, score: 6, form, pairs: tokens.map((token, i) => ({token, word: words[i]!, canonical: words[i]!, match: 'exact'}))} : undefined
  const count = Math.min(tokens.length, words.length)
  const canonicalWords = canonicalFor(person, words, form)
  const whole = (): Token => ({text: tokens.map((t) => t.text).join(' '), start: tokens[0]!.start, end: tokens.at(-1)!.end, gap: tokens[0]!.gap})
  const joined = (list: readonly string[]) => fold(list.join('')).replace(/-/g, '')
  if (tokens.length !== words.length && joined(tokens.map((t) => t.text)) === joined(words)) {
    // "Suk-yeol" for "Suk Yeol": the same letters, split differently.
    return {person, score: 6, form, pairs: [{token: whole(), word: words.join(' '), canonical: canonicalWords.join(' '), match: 'exact'}]}
  }
  if (words.length !== canonicalWords.length && tokens.length === words.length) {
    // An alternate split differently from the canonical name ("Yoon Suk-yeol"): compare whole names.
    const span = whole()
    const matched = compare(span.text, words.join(' '))
    return matched === 'exact' || matched === 'close' ? {person, score: matched === 'exact' ? 6 : 3, form, pairs: [{token: span, word: words.join(' '), canonical: canonicalWords.join(' '), match: matched}]} : undefined
  }
  if (tokens.length > 1 && count < 2) return undefined
  // The surname decides first: most candidates (a shared sound, three shared letters) fail on it.
  const surnameMatch = compare(tokens.at(-1)!.text, words.at(-1)!)
  if (surnameMatch === 'different' || surnameMatch === 'initial') return undefined
  const pairs: Scored['pairs'] = []
  for (let offset = 1; offset <= count; offset++) {
    const token = tokens[tokens.length - offset]!
    const word = words[words.length - offset]!
    pairs.unshift({token, word, canonical: canonicalWords[canonicalWords.length - offset] ?? word, match: offset === 1 ? surnameMatch : compare(token.text, word)})
  }
  const last = pairs.at(-1)!
  const given = pairs.slice(0, -1)
  // Name words before the person's whole name are another person's ("Amna Haroun Idriss" is not "Haruna Iddrisu"),
  // unless the surname is theirs to the letter; dictionary words there are a title's remnants ("Foreign Affairs").
  const before = tokens.slice(0, tokens.length - words.length)
  if (words.length > 1 && last.match !== 'exact' && before.some((token) => !isWord(token.text))) return undefined
  if (given.some((pair) => pair.match === 'different' || pair.match === 'near')) return undefined
  const titled = Boolean(mention.title?.people.has(person.id))
  const givenExact = given.some((pair) => pair.match === 'exact' || pair.match === 'transliterated')
  // A surname the dictionary knows ("Stammer") or two edits off a short one ("Fitzo")
  // is a misspelling only with a first name that matches and a title or earlier mention.
  const strong = givenExact && ((titled && !mention.title!.generic) || present.has(person.id))
  if (last.match === 'near' && !strong) return undefined
  if (last.match !== 'exact' && isWord(last.token.text) && !(givenExact && (titled || present.has(person.id))) && !possessiveOfPresent(mention, person, last, present)) return undefined
  let points = 0
  if (titled) points += mention.title!.generic ? 1.5 : 3
  else if (mention.title && !mention.title.generic) points -= 2
  if (givenExact) points += 2
  else if (given.some((pair) => pair.match === 'close')) points += 1
  // Every word of a full name close to the same person's: strong together, whatever each alone.
  if (given.length > 0 && given.every((pair) => pair.match !== 'initial')) points += 1
  if (present.has(person.id)) points += 2
  points += last.match === 'exact' ? 3 : spellingPoints(last.token.text, last.word, readings)
  return {person, score: points, form, pairs}
}

/** "Taper's questions" after "Jake Tapper": a possessive one letter off a person already named. */
function possessiveOfPresent(mention: Mention, person: Person, last: Scored['pairs'][number], present: ReadonlySet<number>): boolean {
  return mention.possessive && mention.tokens.length === 1 && present.has(person.id) && distance(fold(last.token.text), fold(last.word)) === 1
}

/**
 * Closeness of a misspelled surname: share of letters right, and whether it
 * sounds the same; read in another romanisation, it counts a little less
 * than the same spelling would ("Rublow", read "Rublov", for "Rublev").
 */
function spellingPoints(text: string, word: string, readings: Readings): number {
  const b = fold(word)
  return Math.max(closeness(fold(text), b), ...readings(text).map((reading) => Math.min(TRANSLITERATED, closeness(reading, b))))
}

const TRANSLITERATED = 2.5

function closeness(a: string, b: string): number {
  const similarity = 1 - distance(a, b) / Math.max(a.length, b.length)
  const letters = similarity >= 0.85 ? 2 : similarity >= 0.75 ? 1 : similarity >= 0.6 ? 0.5 : 0
  return letters + (sharesCode(a, b) ? 1 : 0)
}

/** Canonical words matching a form's words position by position (alternates may differ in length). */
function canonicalFor(person: Person, words: readonly string[], form: Scored['form']): readonly string[] {
  if (form === 'canonical' || form === 'nickname') return words
  return words.length === 1 ? person.surname.slice(-1) : person.words
}

/**
 * match() with its answers kept, one table per linter's readings: an archive's
 * mentions meet the same candidates' words again and again (comparing them
 * was 441 of the names check's 1,947 ms in a CPU profile of 400 articles).
 * A table per mention word, keyed by the gazetteer's words: no key is built
 * per comparison, and a mention word's table holds a few hundred answers.
 */
const matchers = new WeakMap<Readings, (text: string, word: string) => Match>()
function matcherOf(readings: Readings): (text: string, word: string) => Match {
  let matcher = matchers.get(readings)
  if (matcher === undefined) {
    const answersFor = memoised((text) => memoised((word) => match(text, word, readings)), MENTION_WORDS_KEPT)
    matchers.set(readings, (matcher = (text, word) => answersFor(text)(word)))
  }
  return matcher
}

/** How many mention words' tables are kept: each holds an answer per candidate word it met. */
const MENTION_WORDS_KEPT = 5_000

/** How a mention's word matches a name word: as written, else as read in another romanisation. */
function match(text: string, word: string, readings: Readings): Match {
  const a = fold(text)
  const b = fold(word)
  if (a === b) return 'exact'
  if (/^\p{L}\.?$/u.test(text) && a[0] === b[0]) return 'initial'
  const written = spelling(a, b)
  if (written === 'close') return written
  const read = readings(text)
  if (read.includes(b)) return 'transliterated'
  // Read in another romanisation, a slip more is allowed, but not a mere likeness of sound ("Nawas", read "Navas", is not "Neves").
  return read.some((reading) => nearlySpelled(reading, b)) ? 'close' : written
}

function nearlySpelled(a: string, b: string): boolean {
  const edits = distance(a, b)
  const longest = Math.max(a.length, b.length)
  return (edits <= 1 && longest >= 4) || (edits <= 2 && longest >= 8)
}

function spelling(a: string, b: string): Match {
  const edits = distance(a, b)
  const longest = Math.max(a.length, b.length)
  if ((edits <= 1 && longest >= 3) || (edits <= 2 && longest >= 6) || (edits <= 3 && longest >= 9)) return 'close'
  if (sharesCode(a, b) && edits <= Math.ceil(longest / 2)) return 'close'
  if (edits <= 2 && longest >= 4) return 'near'
  return 'different'
}

/** Whether two folded words share a Double Metaphone code. */
function sharesCode(a: string, b: string): boolean {
  const [a1, a2] = phoneticCodes(a)
  const [b1, b2] = phoneticCodes(b)
  return a1 === b1 || a1 === b2 || a2 === b1
}
