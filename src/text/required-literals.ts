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
  private readonly found = new Map<string, boolean>()

  constructor(text: string) {
    const size = Math.min(21, Math.max(12, Math.ceil(Math.log2(8 * text.length + 1))))
    this.bits = new Uint32Array((1 << size) / 32)
    this.shift = 32 - size
    // ſ is the one letter that /s/iu matches and toLowerCase keeps (the Kelvin sign becomes k).
    const lower = (this.lower = text.toLowerCase().replaceAll('ſ', 's'))
    for (let index = 0; index + 2 < lower.length; index++) {
      const gram = this.bitOf(lower, index)
      if (gram >= 0) this.bits[gram >>> 5]! |= 1 << (gram & 31)
    }
  }

  /** False only when no match of a pattern with these needs can be in the text. Loops, not some/every: a thousand patterns a lint. */
  mayMatch(needs: Needs): boolean {
    if (needs.length === 0) return true
    for (const clauses of needs) if (this.holdsAll(clauses)) return true
    return false
  }

  private holdsAll(clauses: readonly Clause[]): boolean {
    for (const clause of clauses) if (!this.holdsOne(clause)) return false
    return true
  }

  private holdsOne(clause: Clause): boolean {
    for (const literal of clause) if (this.mayContain(literal)) return true
    return false
  }

  /**
   * The bitmap rules most literals out; one whose three-letter runs are all in
   * the text ("since ever" in a text with "since" and "ever") is then looked
   * for whole, which rules out three in four of those. Only an ASCII literal:
   * lowercasing and /iu agree on ASCII letters, not on all others (ς, σ).
   */
  private mayContain(literal: string): boolean {
    let grams = LITERAL_GRAMS.get(literal)
    if (grams === undefined) LITERAL_GRAMS.set(literal, (grams = gramsOf(literal)))
    const {hashes} = grams
    for (let index = 0; index < hashes.length; index++) {
      const gram = hashes[index]! >>> this.shift
      if ((this.bits[gram >>> 5]! & (1 << (gram & 31))) === 0) return false
    }
    if (!grams.ascii) return true
    // Many patterns share a literal ("the", "said"): each is looked for once a text.
    let found = this.found.get(literal)
    if (found === undefined) this.found.set(literal, (found = this.lower.includes(literal)))
    return found
  }
  /** The bit of the three characters at `index`, or -1 when one is not ASCII. */
  private bitOf(text: string, index: number): number {
    const hash = gramHash(text, index)
    return hash === undefined ? -1 : hash >>> this.shift
  }
}

/** A multiplicative hash of the three characters at `index` (the bitmap's size picks its top bits), if all are ASCII. */
function gramHash(text: string, index: number): number | undefined {
  const a = text.charCodeAt(index)
  const b = text.charCodeAt(index + 1)
  const c = text.charCodeAt(index + 2)
  return (a | b | c) > 0x7f ? undefined : Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1)
}

/** Each literal's trigram hashes, worked out once per process: the same literals are asked about for every text. */
const LITERAL_GRAMS = new Map<string, {hashes: Int32Array; ascii: boolean}>()

function gramsOf(literal: string): {hashes: Int32Array; ascii: boolean} {
  const hashes: number[] = []
  for (let index = 0; index + 2 < literal.length; index++) {
    const hash = gramHash(literal, index)
    if (hash !== undefined) hashes.push(hash)
  }
  return {hashes: Int32Array.from(hashes), ascii: !NOT_ASCII.test(literal)}
}
