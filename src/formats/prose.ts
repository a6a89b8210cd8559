/**
 * The prose of a draft: what every check reads. For plain text it is the
 * draft itself. For markup it is the text of the prose blocks only, decoded
 * (no tags, URLs, code, front-matter keys, escapes or character references),
 * each block a paragraph of its own, with a map from its offsets back to the
 * draft's (textlint's StringSource is the model).
 *
 * The map is made of pieces: a verbatim piece is a run of the draft copied
 * as it is; any other piece (a decoded text with an escape or a reference in
 * it, a break standing for markup between blocks) maps only approximately,
 * and a fix may not touch it. So a fix is applied only where the draft
 * between its offsets is exactly the prose the check saw.
 */
import {firstIndex} from '../sorted.js'

/** U+FFFC OBJECT REPLACEMENT CHARACTER: parse-latin reads it as a symbol, which no check takes for a word or for space. */
export const OBJECT = '\uFFFC'

interface Piece {
  /** Where the piece starts in the prose. */
  start: number
  /** Where it starts in the draft. */
  source: number
  /** Its length in the draft. */
  sourceLength: number
  verbatim: boolean
  /** For a decoded piece: the draft offset of each of its characters (and of its end). */
  map?: readonly number[]
}

/** What a markup draft's syntax says of its prose blocks, by where each starts in the prose. */
export interface Structure {
  headings: ReadonlySet<number>
  listItems: ReadonlySet<number>
  /** The block quotes, as quotations (`open` just before the first character). */
  quotations: ReadonlyArray<{open: number; end: number}>
}

export class Prose {
  private constructor(
    readonly text: string,
    private readonly pieces: readonly Piece[],
    /** Whether the prose is the draft itself (plain text). */
    readonly isDraft = false,
    /** For markup: its headings, list items and block quotes. */
    private readonly structure?: Structure
  ) {}

  /** For markup: where each heading starts (its syntax says it is one). */
  get headings(): ReadonlySet<number> | undefined {
    return this.structure?.headings
  }

  /** For markup: where each list item starts. */
  get listItems(): ReadonlySet<number> | undefined {
    return this.structure?.listItems
  }

  /** For markup: the block quotes, as quotations. */
  get quotations(): Structure['quotations'] | undefined {
    return this.structure?.quotations
  }

  /** Plain text: the prose is the draft, offset for offset. */
  static of(text: string): Prose {
    return new Prose(text, [{start: 0, source: 0, sourceLength: text.length, verbatim: true}], true)
  }

  /** The draft offset of a prose offset; an end offset (`end`) is mapped as the end of the character before it. */
  toSource(offset: number, end = false): number {
    if (this.isDraft) return offset
    if (end && offset === 0) return 0
    const index = this.pieceAt(end ? offset - 1 : offset)
    const piece = this.pieces[index]
    if (piece === undefined) return offset
    const within = offset - piece.start
    if (piece.map) return piece.map[Math.min(within, piece.map.length - 1)]!
    return piece.source + Math.min(within, piece.sourceLength)
  }

  /** Whether the prose from `start` to `end` lies in one verbatim piece: the draft there is exactly this text. */
  isVerbatim(start: number, end: number): boolean {
    if (this.isDraft) return true
    const index = this.pieceAt(start)
    const piece = this.pieces[index]
    // An empty range at a piece's end (an insertion) belongs to it too.
    return piece !== undefined && piece.verbatim && end <= (this.pieces[index + 1]?.start ?? this.text.length)
  }

  /** Whether any of the draft from `start` to `end` is prose (plain text: all of it). Pieces lie in draft order: bisect. */
  holdsProse(start: number, end: number): boolean {
    if (this.isDraft) return true
    const first = firstIndex(this.pieces.length, (index) => this.pieces[index]!.source + this.pieces[index]!.sourceLength > start)
    for (let index = first; index < this.pieces.length && this.pieces[index]!.source < end; index++) if (this.pieces[index]!.sourceLength > 0) return true
    return false
  }

  /** The draft ranges that hold prose, in order (plain text: all of it): what `holdsProse` answers from, kept with a stored result (src/batch/stored-result.ts). */
  proseSpans(): Array<[start: number, end: number]> | 'all' {
    if (this.isDraft) return 'all'
    return this.pieces.filter((piece) => piece.sourceLength > 0).map((piece) => [piece.source, piece.source + piece.sourceLength])
  }

  /** The index of the piece that holds a prose offset. */
  private pieceAt(offset: number): number {
    return Math.max(0, firstIndex(this.pieces.length, (index) => this.pieces[index]!.start > offset) - 1)
  }

  /** Build the prose of a draft piece by piece, in the draft's order. */
  static builder(draft: string): ProseBuilder {
    return new ProseBuilder(draft, (text, pieces, structure) => new Prose(text, pieces, false, structure))
  }
}

export class ProseBuilder {
  private text = ''
  private readonly pieces: Piece[] = []
  private readonly headings = new Set<number>()
  private readonly listItems = new Set<number>()
  /** Where the last piece ended in the draft. */
  private last = 0

  constructor(
    private readonly draft: string,
    private readonly make: (text: string, pieces: Piece[], structure: Structure) => Prose
  ) {}

  private readonly quotations: Array<{open: number; end: number}> = []

  /** The prose added while `inside` runs is a quotation (a block quote). */
  quotation(inside: () => void): void {
    const from = this.text.length
    inside()
    const start = from + (this.text.slice(from).length - this.text.slice(from).trimStart().length)
    if (this.text.length > start) this.quotations.push({open: start - 1, end: this.text.length})
  }

  /** The next text added starts a heading. */
  heading(): void {
    this.headingNext = true
  }

  /** The next text added starts a list item. */
  listItem(): void {
    this.listItemNext = true
  }

  private headingNext = false
  private listItemNext = false

  /**
   * A text of the draft at `start … end`: verbatim where `value` is the draft
   * there; a decoded text ("Dudar&rsquo;s") is cut into its verbatim runs and
   * the characters the draft spells otherwise.
   */
  add(value: string, start: number, end: number): void {
    if (value === '') return
    if (this.headingNext) this.headings.add(this.text.length)
    if (this.listItemNext) this.listItems.add(this.text.length)
    this.headingNext = this.listItemNext = false
    const raw = this.draft.slice(start, end)
    if (raw === value) this.verbatim(value, start)
    else this.decoded(value, align(value, raw, start))
    this.last = end
  }

  /**
   * Something at `start … end` that is not prose but stands in a sentence as
   * a word does: one OBJECT character in the prose, so the checks see no
   * space before the full stop of "run `npm test`." and no sentence without
   * its object. `gap` is what stands before it, as for a text.
   */
  object(start: number, end: number, gap: '' | ' ' | '\n' | '\n\n'): void {
    this.between(start, gap)
    this.push({start: this.text.length, source: start, sourceLength: end - start, verbatim: false, map: [start, end]}, OBJECT)
    this.last = end
  }

  private verbatim(value: string, source: number): void {
    this.push({start: this.text.length, source, sourceLength: value.length, verbatim: true}, value)
  }

  private decoded(value: string, map: readonly number[]): void {
    // A character the draft has as it is, right after the one before it (when that is in the same run).
    const literal = (at: number) => this.draft[map[at]!] === value[at] && map[at + 1] === map[at]! + 1
    let from = 0
    while (from < value.length) {
      let to = from
      while (to < value.length && literal(to)) to++
      if (to > from) this.verbatim(value.slice(from, to), map[from]!)
      else {
        to = from + 1
        while (to < value.length && !literal(to)) to++
        this.push({start: this.text.length, source: map[from]!, sourceLength: map[to]! - map[from]!, verbatim: false, map: map.slice(from, to + 1)}, value.slice(from, to))
      }
      from = to
    }
  }

  /**
   * What stands between the last text and the next, which starts at `next`
   * in the draft: the draft's own white space when only white space lies
   * between (verbatim, unless blocks need a blank line it lacks), else `gap`:
   * nothing where markup joins a word ("Hel**lo**"), a space where something
   * not prose stood (code, an image), a blank line between blocks.
   */
  between(next: number, gap: '' | ' ' | '\n' | '\n\n'): void {
    if (this.text === '' || next < this.last) return
    const raw = this.draft.slice(this.last, next)
    const white = raw !== '' && /^\s*$/u.test(raw)
    if (white && (gap !== '\n\n' || /\n[ \t]*\r?\n/.test(raw))) {
      this.verbatim(raw, this.last)
      this.last = next
    }
    else if (gap !== '' && !(gap === ' ' && /\s$/u.test(this.text))) this.push({start: this.text.length, source: this.last, sourceLength: 0, verbatim: false}, gap)
  }

  build(): Prose {
    return this.make(this.text, this.pieces, {headings: this.headings, listItems: this.listItems, quotations: this.quotations})
  }

  private push(piece: Piece, value: string): void {
    this.pieces.push(piece)
    this.text += value
  }
}

/**
 * The draft offset of each UTF-16 unit of a decoded text (and of its end),
 * read off the draft text beside it: a unit the draft has as it is maps to
 * itself; an escaped one ("\*", a quoted string's "\t" or "\u00e9") to its
 * escape; a character reference ("&rsquo;", "&#8217;") stands for one
 * character, whose units map to the reference's start. What the value leaves
 * out is passed over: after a line break, the line's container prefix (a
 * list item's indentation, a block quote's "> "); a line-ending backslash
 * and the white space after it (TOML's).
 */
function align(value: string, raw: string, base: number): number[] {
  const map: number[] = []
  let at = 0
  for (let unit = 0; unit < value.length; unit++) {
    const char = value[unit]!
    if (value[unit - 1] === '\n') while ((raw[at] === ' ' || raw[at] === '\t' || raw[at] === '>') && raw[at] !== char) at++
    LINE_ESCAPE.lastIndex = at
    if (char !== '\\' && LINE_ESCAPE.test(raw)) at = LINE_ESCAPE.lastIndex
    map.push(base + at)
    const length = encodedLength(raw, at, value.codePointAt(unit)!)
    // A character outside the BMP, written as one reference or escape, stands for two units.
    if (length > 1 && value.codePointAt(unit)! > 0xffff) map.push(base + at), unit++
    at += length
  }
  map.push(base + raw.length)
  return map
}

/** How many characters of `raw` at `at` spell the code point: a reference, an escape, or the character as it is (one for one where this knows no spelling, so the map stays in step). */
function encodedLength(raw: string, at: number, codePoint: number): number {
  if (raw[at] === '&') {
    REFERENCE.lastIndex = at
    const reference = REFERENCE.exec(raw)
    if (reference) return reference[0].length
  }
  if (raw[at] !== '\\') return 1
  if (raw.codePointAt(at + 1) === codePoint) return 2
  ESCAPE.lastIndex = at
  const escape = ESCAPE.exec(raw)
  if (!escape) return 1
  const hex = escape[1] ?? escape[2] ?? escape[3]
  const code = hex !== undefined ? Number.parseInt(hex, 16) : ESCAPED[escape[4]!]
  return code === codePoint ? escape[0].length : 1
}

const REFERENCE = /&(?:#x[\da-f]+|#\d+|[a-z][a-z\d]*);/iy
/** A quoted string's escapes (YAML's, TOML's): a code point in hex, or one of the named ones. */
const ESCAPE = /\\(?:u([\da-fA-F]{4})|U([\da-fA-F]{8})|x([\da-fA-F]{2})|([tnrbfe0av]))/y
const ESCAPED: Record<string, number> = {t: 9, n: 10, r: 13, b: 8, f: 12, e: 27, 0: 0, a: 7, v: 11}
const LINE_ESCAPE = /\\[ \t]*\r?\n[ \t\r\n]*/y
