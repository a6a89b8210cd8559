/**
 * Regular expressions over Unicode letters that compile cheaply. V8 compiles
 * a class such as `[\p{L}\p{N}_]` into hundreds of ranges, about a third of a
 * millisecond each time one appears in a pattern, and it compiles a pattern
 * again after a few garbage collections: the phrases check's patterns hold
 * thousands of such classes, and compiling them was most of its time.
 *
 * So a pattern runs over a folded view of the text, the same length, in which
 * each letter or number beyond ASCII stands as one private-use character for
 * the classes it is in (\p{L}, \p{N}, \p{Lu}, \p{Ll}, under the pattern's
 * flags), and the pattern's property escapes become small classes of ASCII
 * and those stand-ins. A match's offsets in the view are its offsets in the
 * text.
 *
 * Exact by construction: a pattern is folded only when nothing else in it can
 * tell two folded characters apart (no backreference, no inline flags, no
 * literal beyond ASCII that folding changes or that matches another character
 * ignoring case, no range reaching one), and a text only when it has no
 * surrogate (a character beyond the Basic Multilingual Plane, or a lone one)
 * and no stand-in of its own. Otherwise the pattern runs as written, over the
 * text as written.
 */
import {RegExpParser, type AST} from '@eslint-community/regexpp'

/** The classes a character can be in, as bits; a stand-in is STAND_IN + its bits. */
const CLASS_BITS = {L: 1, N: 2, Lu: 4, Ll: 8} as const
type ClassName = keyof typeof CLASS_BITS
const STAND_IN = 0xe000

/** The values regexpp gives a General_Category property (`\p{L}`, `\p{Letter}`, `\p{gc=L}`), by class. */
const PROPERTY_CLASS = new Map<string, ClassName>([
  ['L', 'L'], ['Letter', 'L'], ['N', 'N'], ['Number', 'N'], ['Lu', 'Lu'], ['Uppercase_Letter', 'Lu'], ['Ll', 'Ll'], ['Lowercase_Letter', 'Ll']
])
const ASCII_OF_CLASS: Record<ClassName, string> = {L: 'A-Za-z', N: '0-9', Lu: 'A-Z', Ll: 'a-z'}

const probesFor = (ignoreCase: boolean) =>
  (Object.keys(CLASS_BITS) as ClassName[]).map((name) => [CLASS_BITS[name], new RegExp(`^\\p{${name}}$`, ignoreCase ? 'iu' : 'u')] as const)
const probes = {false: probesFor(false), true: probesFor(true)}

/** The classes a character is in, under the flags: what its stand-in must be in. */
function classBits(char: string, ignoreCase: boolean): number {
  let bits = 0
  for (const [bit, probe] of probes[`${ignoreCase}`]) if (probe.test(char)) bits |= bit
  return bits
}

/** Under the `i` flag, ſ matches "s" and the Kelvin sign "k": they fold to those letters, not to a stand-in. */
function asciiFold(char: string): string | undefined {
  if (!/^[a-z]$/iu.test(char)) return undefined
  for (let code = 0x61; code <= 0x7a; code++) if (new RegExp(String.fromCharCode(code), 'iu').test(char)) return String.fromCharCode(code)
  return undefined
}

const folds = {false: new Map<string, string>(), true: new Map<string, string>()}

function foldChar(char: string, ignoreCase: boolean): string {
  const known = folds[`${ignoreCase}`]
  let folded = known.get(char)
  if (folded === undefined) {
    const bits = classBits(char, ignoreCase)
    folded = (ignoreCase ? asciiFold(char) : undefined) ?? (bits === 0 ? char : String.fromCharCode(STAND_IN + bits))
    known.set(char, folded)
  }
  return folded
}

/** Surrogates (an astral character is two code units in the view but one in a `u` pattern) and the stand-ins themselves. */
const NOT_FOLDABLE = /[\ud800-\udfff\ue000-\ue00f]/

/** A text, with its folded views made on first need (one for patterns with the `i` flag, one without). */
export class PatternText {
  private foldable?: boolean
  private readonly views = new Map<boolean, string>()

  constructor(readonly text: string) {}

  /** The folded view, or undefined when the text cannot be folded (it then runs unfolded patterns). */
  view(ignoreCase: boolean): string | undefined {
    if (!(this.foldable ??= !NOT_FOLDABLE.test(this.text))) return undefined
    let view = this.views.get(ignoreCase)
    if (view === undefined) this.views.set(ignoreCase, (view = this.text.replace(/[^\0-\x7f]/gu, (char) => foldChar(char, ignoreCase))))
    return view
  }
}

const parser = new RegExpParser({ecmaVersion: 2025})

/**
 * The pattern with its property escapes as classes of ASCII and stand-ins, or
 * undefined when something else in it could tell folded characters apart.
 */
export function foldPattern(source: string, flags: string): string | undefined {
  if (!flags.includes('u') || flags.includes('v')) return undefined
  let pattern: AST.Pattern
  try {
    pattern = parser.parsePattern(source, 0, source.length, {unicode: true})
  } catch {
    return undefined
  }
  const edits: Array<{start: number; end: number; text: string}> = []
  let foldable = true
  const visit = (node: AST.Node): void => {
    if (!foldable) return
    switch (node.type) {
      case 'Backreference':
        foldable = false
        return
      case 'Group':
        // Inline flags, (?i:…) and (?-i:…) (Node 23 and later): the group would need the view of other flags.
        if ('modifiers' in node && node.modifiers) foldable = false
        break
      case 'Character':
        if (!inert(node.value)) foldable = false
        return
      case 'CharacterClassRange':
        if (!inertRange(node.min.value, node.max.value)) foldable = false
        return
      case 'CharacterSet': {
        if (node.kind !== 'property') return
        const name = (node.key === 'General_Category' || node.key === 'gc') && node.value !== null ? PROPERTY_CLASS.get(node.value) : undefined
        if (name === undefined || node.negate) {
          foldable = false
          return
        }
        const members = `${ASCII_OF_CLASS[name]}${standInsOf(name)}`
        edits.push({start: node.start, end: node.end, text: node.parent.type === 'CharacterClass' ? members : `[${members}]`})
        return
      }
    }
    for (const child of childrenOf(node)) visit(child)
  }
  visit(pattern)
  if (!foldable) return undefined
  let folded = source
  for (const {start, end, text} of edits.sort((a, b) => b.start - a.start)) folded = folded.slice(0, start) + text + folded.slice(end)
  return folded
}

function childrenOf(node: AST.Node): readonly AST.Node[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
    case 'Assertion':
      return 'alternatives' in node ? node.alternatives : []
    case 'Alternative':
      return node.elements
    case 'Quantifier':
      return [node.element]
    case 'CharacterClass':
      return node.elements
    default:
      return []
  }
}

/** Every stand-in whose class bits include the class (some combinations, such as Lu without L, never occur: harmless). */
function standInsOf(name: ClassName): string {
  let members = ''
  for (let bits = 1; bits < 16; bits++) if (bits & CLASS_BITS[name]) members += `\\u${(STAND_IN + bits).toString(16)}`
  return members
}

/**
 * A character the folding leaves alone under both flags and that no other
 * character matches ignoring case: a literal of it in a pattern matches the
 * view where it matches the text.
 */
function inert(code: number): boolean {
  if (code < 0x80) return true
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff) || (code >= STAND_IN && code <= STAND_IN + 15)) return false
  const char = String.fromCharCode(code)
  return foldChar(char, false) === char && foldChar(char, true) === char && char.toLowerCase() === char && char.toUpperCase() === char
}

/** A range is safe when every character in it beyond ASCII is inert (a wide range is not checked, and not folded). */
function inertRange(min: number, max: number): boolean {
  if (max < 0x80) return true
  if (max - Math.max(min, 0x80) > 512) return false
  for (let code = Math.max(min, 0x80); code <= max; code++) if (!inert(code)) return false
  return true
}

/** A pattern over a PatternText: folded when both can be, as written otherwise. Each RegExp is compiled on first use. */
export class TextPattern {
  private exact?: RegExp
  private foldedRegex?: RegExp
  private readonly ignoreCase: boolean

  constructor(
    readonly source: string,
    readonly flags: string,
    /** foldPattern(source, flags), computed ahead (it is cached with the rules). */
    private readonly folded: string | undefined
  ) {
    this.ignoreCase = flags.includes('i')
  }

  /** The matches' offsets in the text, as `text.matchAll` with the pattern (it needs the `g` flag) gives them. */
  *spans(text: PatternText): Generator<{start: number; end: number}> {
    const view = this.folded === undefined ? undefined : text.view(this.ignoreCase)
    const regex = view === undefined ? (this.exact ??= new RegExp(this.source, this.flags)) : (this.foldedRegex ??= new RegExp(this.folded!, this.flags))
    for (const match of (view ?? text.text).matchAll(regex)) yield {start: match.index, end: match.index + match[0].length}
  }
}
