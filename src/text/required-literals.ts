/**
 * A prefilter for running many regular expressions over one text, as the
 * phrases check runs a thousand calques and renames over every draft: what
 * any match of a pattern must contain, read off its syntax tree
 * (@eslint-community/regexpp), and a bitmap of the text's three-letter
 * sequences that says cheaply when a pattern cannot match. Most patterns meet
 * no text that could match them; before this filter, running them anyway was
 * half the CPU of linting 400 articles.
 *
 * The filter only ever says "cannot match" when that is certain: a literal
 * it cannot check (shorter than three letters, or not ASCII) makes its clause
 * count as present.
 */
import {RegExpParser, type AST} from '@eslint-community/regexpp'

/**
 * What a match needs, as alternatives: a match satisfies every clause of one
 * of them, and a clause is a list of lowercase literals, one of which the
 * match contains. No alternatives: nothing is certain.
 */
export type Needs = readonly (readonly Clause[])[]
type Clause = readonly string[]

const parser = new RegExpParser({ecmaVersion: 2025})

/** What any match of `source` must contain (nothing certain when the pattern does not parse). */
export function requiredLiterals(source: string, flags: string): Needs {
  let pattern: AST.Pattern
  try {
    pattern = parser.parsePattern(source, 0, source.length, {unicode: flags.includes('u'), unicodeSets: flags.includes('v')})
  } catch {
    return []
  }
  // A phrase with many wordings ("exert efforts", "exert every effort", …) needs all the words of one of them.
  const alternatives = pattern.alternatives.map((alternative) => ofSequence(alternative).filter((clause) => clause.every(checkable)))
  return alternatives.some((clauses) => clauses.length === 0) ? [] : alternatives
}

/** A sequence needs every literal run in it and what each of its groups needs. */
function ofSequence(alternative: AST.Alternative): Clause[] {
  const clauses: Clause[] = []
  let run = ''
  const endRun = () => {
    if (run !== '') clauses.push([run])
    run = ''
  }
  for (const element of alternative.elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value).toLowerCase()
      continue
    }
    // A lookaround or \b takes no text: the letters on either side of it are adjacent in any match.
    if (element.type === 'Assertion') continue
    endRun()
    const inner = innerAlternatives(element)
    if (inner) {
      const clause = anyOf(inner)
      if (clause) clauses.push(clause)
    }
  }
  endRun()
  return clauses
}

/** The alternatives a group (or a group repeated at least once) must match one of. */
function innerAlternatives(element: AST.Element): AST.Alternative[] | undefined {
  if (element.type === 'Group' || element.type === 'CapturingGroup') return element.alternatives
  if (element.type === 'Quantifier' && element.min >= 1) return innerAlternatives(element.element)
  return undefined
}

/** A group's alternatives need one clause: the union of each alternative's most telling clause, or none when one has none. */
function anyOf(alternatives: readonly AST.Alternative[]): Clause | undefined {
  const union: string[] = []
  for (const alternative of alternatives) {
    const best = ofSequence(alternative)
      .filter((clause) => clause.every(checkable))
      .sort((a, b) => shortest(b) - shortest(a))[0]
    if (!best) return undefined
    union.push(...best)
  }
  return [...new Set(union)]
}

const NOT_ASCII = /[^\0-\x7f]/u

const shortest = (clause: readonly string[]) => Math.min(...clause.map((literal) => literal.length))

/** Whether the bitmap can rule a literal out: it has a three-character run of ASCII. */
function checkable(literal: string): boolean {
  return /[\u0000-\u007f]{3}/u.test(literal)
}

/**
 * Set bits for the text's three-character ASCII sequences, hashed into a
 * bitmap about eight bits a character of text (4 KB for a short article,
 * at most 256 KB): made for every lint and fix pass, it should not feed the
 * garbage collector more than the text does. A collision only makes the
 * filter say "maybe".
 */
export class TextGrams {
  private readonly bits: Uint32Array
  /** 32 less the bitmap's size in bits as a power of two: the hash's top bits pick the bit. */
  private readonly shift: number
  /** The text lowercased, as the literals are. */
  private readonly lower: string

  constructor(text: string) {
    const size = Math.min(21, Math.max(12, Math.ceil(Math.log2(8 * text.length + 1))))
    this.bits = new Uint32Array((1 << size) / 32)
    this.shift = 32 - size
    // ſ is the one letter that /s/iu matches and toLowerCase keeps (the Kelvin sign becomes k).
    const lower = (this.lower = text.toLowerCase().replaceAll('ſ', 's'))
    for (let index = 0; index + 2 < lower.length; index++) {
      const hash = gramHash(lower, index)
      if (hash === undefined) continue
      const gram = hash >>> this.shift
      this.bits[gram >>> 5]! |= 1 << (gram & 31)
    }
  }

  /**
   * False only when no match of a pattern with these needs can be in the text:
   * when each alternative has a clause none of whose literals can be there.
   * Loops, not some/every: the command runs without TurboFan's inlining, and
   * hundreds of patterns are asked about a lint.
   */
  mayMatch(needs: FilterNeeds): boolean {
    if (needs.length === 0) return true
    alternatives: for (const clauses of needs) {
      for (const clause of clauses) if (!this.holdsOne(clause)) continue alternatives
      return true
    }
    return false
  }

  /** Whether a trigram with this hash may be in the text. */
  hasGram(hash: number): boolean {
    const gram = hash >>> this.shift
    return (this.bits[gram >>> 5]! & (1 << (gram & 31))) !== 0
  }

  private holdsOne(clause: readonly Literal[]): boolean {
    for (const literal of clause) if (this.mayContain(literal)) return true
    return false
  }

  /**
   * The bitmap rules most literals out; one whose three-letter runs are all in
   * the text ("since ever" in a text with "since" and "ever") is then looked
   * for whole, which rules out three in four of those, once a text however
   * many patterns share it. Only an ASCII literal: lowercasing and /iu agree
   * on ASCII letters, not on all others (ς, σ).
   */
  private mayContain(literal: Literal): boolean {
    for (const hash of literal.hashes) if (!this.hasGram(hash)) return false
    if (!literal.ascii) return true
    if (literal.seenIn !== this) {
      literal.seenIn = this
      literal.found = this.lower.includes(literal.text)
    }
    return literal.found!
  }
}

/** A multiplicative hash of the three characters at `index` (the bitmap's size picks its top bits), if all are ASCII. */
function gramHash(text: string, index: number): number | undefined {
  const a = text.charCodeAt(index)
  const b = text.charCodeAt(index + 1)
  const c = text.charCodeAt(index + 2)
  return (a | b | c) > 0x7f ? undefined : Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1)
}

/**
 * A literal as the filter reads it: its trigram hashes, worked out once (the
 * same literals are asked about for every text), and whether the last text
 * asked about holds it.
 */
interface Literal {
  readonly text: string
  readonly hashes: Int32Array
  readonly ascii: boolean
  seenIn?: TextGrams
  found?: boolean
}

/** Needs as the filter reads them (see filterNeeds). */
export type FilterNeeds = readonly (readonly (readonly Literal[])[])[]

/**
 * The patterns a text may match, without asking each: every alternative of a
 * pattern has a gate (its clause with the fewest literals), and a pattern is
 * asked about only when, for a literal of one of its gates, one chosen
 * trigram is in the text's bitmap: the literal's rarest among all the
 * patterns' literals, as a stand-in for the rarest in text ("kyi" of "kyiv",
 * not "the" of "the"). A literal in the text has all its trigrams there, so
 * the patterns left out are ones mayMatch would rule out; the rest are asked.
 */
export class PatternFilter {
  /** Trigram hash → the patterns one of whose gates has a literal for which it is the chosen trigram. */
  private readonly byGram = new Map<number, number[]>()
  /** Patterns with no needs: always asked about. */
  private readonly always: number[] = []

  constructor(private readonly needs: readonly FilterNeeds[]) {
    const seen = new Map<number, number>()
    for (const literal of new Set(needs.flat(3))) for (const hash of literal.hashes) seen.set(hash, (seen.get(hash) ?? 0) + 1)
    const rarest = (literal: Literal) => literal.hashes.reduce((best, hash) => (seen.get(hash)! < seen.get(best)! ? hash : best))
    needs.forEach((alternatives, pattern) => {
      if (alternatives.length === 0 || alternatives.some((clauses) => clauses.length === 0)) return void this.always.push(pattern)
      // Every literal has a trigram: requiredLiterals keeps only literals with a run of three ASCII characters.
      const literals = alternatives.flatMap((clauses) => clauses.reduce((best, clause) => (clause.length < best.length ? clause : best)))
      for (const hash of new Set(literals.map(rarest))) {
        const patterns = this.byGram.get(hash)
        if (patterns === undefined) this.byGram.set(hash, [pattern])
        else if (patterns.at(-1) !== pattern) patterns.push(pattern)
      }
    })
  }

  /** The indices of the patterns the text may match, in order. */
  *mayMatch(grams: TextGrams): Generator<number> {
    const asked = new Uint8Array(this.needs.length)
    for (const pattern of this.always) asked[pattern] = 1
    for (const [hash, patterns] of this.byGram) if (grams.hasGram(hash)) for (const pattern of patterns) asked[pattern] = 1
    for (let pattern = 0; pattern < asked.length; pattern++) if (asked[pattern] === 1 && grams.mayMatch(this.needs[pattern]!)) yield pattern
  }
}

/** Patterns share literals: one Literal each, so a literal is looked for once a text whatever the patterns that need it. */
const LITERALS = new Map<string, Literal>()

/** A pattern's needs, ready for TextGrams.mayMatch. */
export function filterNeeds(needs: Needs): FilterNeeds {
  return needs.map((clauses) => clauses.map((clause) => clause.map(literalOf)))
}

function literalOf(text: string): Literal {
  let literal = LITERALS.get(text)
  if (literal === undefined) {
    const hashes: number[] = []
    for (let index = 0; index + 2 < text.length; index++) {
      const hash = gramHash(text, index)
      if (hash !== undefined) hashes.push(hash)
    }
    LITERALS.set(text, (literal = {text, hashes: Int32Array.from(hashes), ascii: !NOT_ASCII.test(text)}))
  }
  return literal
}
